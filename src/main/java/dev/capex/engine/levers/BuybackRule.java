package dev.capex.engine.levers;

import static dev.capex.engine.levers.Checks.money;
import static dev.capex.engine.levers.Checks.require;

import dev.capex.engine.decision.Decision.Buyback;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.event.Reason;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Policy;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.turn.Turn;

/** Share buybacks per quarter (they stay until changed, while cash stays above the operating minimum). */
public final class BuybackRule extends LeverRule<Buyback, Void> {
    public BuybackRule() {
        super(Buyback.class);
    }

    /** Buybacks set: they run from this quarter while cash stays above the operating minimum. */
    public record Done() implements GameEvent.Outcome {
    }

    @Override
    public Void check(Turn w, Buyback b) throws Refusal {
        long max = w.sc.finance().maxBuybackPerQuarterM();
        if (!(b.amountM() >= 0 && b.amountM() <= max)) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.BUYBACK_RANGE, money(max));
        }
        return null;
    }

    @Override
    public Done apply(Turn w, Buyback b, Void terms) {
        Policy p = w.policy;
        w.policy = p.withBuyback(b.amountM());
        return new Done();
    }

    @Override
    public Decision random(Scenario sc, GameState s, RandomStream r) {
        return new Buyback((long) (r.nextDouble() * 15000));
    }
}
