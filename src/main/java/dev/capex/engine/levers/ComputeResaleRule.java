package dev.capex.engine.levers;

import static dev.capex.engine.levers.Checks.require;

import dev.capex.engine.decision.Decision.ComputeResale;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.event.Reason;
import dev.capex.engine.model.Frictions;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Policy;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.rules.ResaleRules;
import dev.capex.engine.turn.Turn;

/** The share of online compute rented out to others. */
public final class ComputeResaleRule extends LeverRule<ComputeResale, Void> {
    public ComputeResaleRule() {
        super(ComputeResale.class);
    }

    /** The share of compute rented out. */
    public record Done(double resale, int contractQuarters, double marketPricePerH100eQuarter, double boundH100e,
            Quarter boundUntil) implements GameEvent.Outcome {
    }

    @Override
    public Void check(Turn w, ComputeResale s) throws Refusal {
        double max = w.sc.finance().maxResaleShare();
        if (!(s.share() >= 0 && s.share() <= max)) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.RESALE_RANGE, max * 100);
        }
        require(s.share() + w.policy.trainingShare() <= 1.0 + 1e-9, Reason.Kind.OVER_COMPUTE);
        return null;
    }

    @Override
    public Done apply(Turn w, ComputeResale s, Void terms) {
        Policy p = w.policy;
        w.policy = p.withResaleShare(s.share());
        int term = w.sc.economics().resale().contractQuarters();
        Frictions book = w.lab.frictions;
        boolean bound = term > 0 && book.resaleH100e() > 0 && w.q.isBefore(book.resaleUntil());
        double price = ResaleRules.marketPrice(w.sc, w.q, w.lab.ai.h100eOnline() * s.share());
        return new Done(s.share(), term, price, bound ? book.resaleH100e() : 0, bound ? book.resaleUntil() : null);
    }

    @Override
    public Decision random(Scenario sc, GameState s, RandomStream r) {
        return new ComputeResale(0.3 * r.nextDouble());
    }
}
