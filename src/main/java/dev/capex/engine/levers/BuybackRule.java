package dev.capex.engine.levers;

import static dev.capex.engine.levers.Checks.require;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.decision.Decision.Buyback;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Policy;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.turn.Turn;
import java.util.function.Supplier;

/** Share buybacks per quarter (they stay until changed, while cash stays above the operating minimum). */
public final class BuybackRule extends LeverRule<Buyback, Void> {
    public BuybackRule() {
        super(Buyback.class);
    }

    @Override
    public Void check(Turn w, Buyback b) throws Refusal {
        require(b.amountM() >= 0 && b.amountM() <= 50_000, "buybacks must be between $0 and $50.0B a quarter");
        return null;
    }

    @Override
    public Supplier<String> apply(Turn w, Buyback b, Void terms) {
        Policy p = w.policy;
        w.policy = new Policy(p.trainingShare(), p.resaleShare(), p.realityLabsBudgetM(), p.dividendPerShare(),
                b.amountM(), p.workforceFactor());
        return () -> "from this quarter, while cash stays above the operating minimum";
    }

    @Override
    public Decision random(Scenario sc, GameState s, RandomStream r) {
        return new Buyback((long) (r.nextDouble() * 15000));
    }
}
