package dev.capex.engine.levers;

import static dev.capex.engine.levers.Checks.require;

import dev.capex.engine.decision.Decision.Dividend;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.event.Reason;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Policy;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.turn.Turn;

/** The dividend per share per quarter (paid from this quarter on, while it is not changed). */
public final class DividendRule extends LeverRule<Dividend, Void> {
    public DividendRule() {
        super(Dividend.class);
    }

    /** About what the dividend pays a quarter. */
    public record Done(long perQuarterM) implements GameEvent.Outcome {
    }

    @Override
    public Void check(Turn w, Dividend d) throws Refusal {
        double max = w.sc.finance().maxDividendPerShare();
        if (!(d.perShare() >= 0 && d.perShare() <= max)) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.DIVIDEND_RANGE,
                new Reason.Dollars(max));
        }
        return null;
    }

    @Override
    public Done apply(Turn w, Dividend d, Void terms) {
        Policy p = w.policy;
        w.policy = p.withDividend(d.perShare());
        return new Done(Turn.round(w.books.shares * d.perShare() / 1e6));
    }

    @Override
    public Decision random(Scenario sc, GameState s, RandomStream r) {
        return new Dividend(r.nextDouble());
    }
}
