package dev.capex.engine.levers;

import static dev.capex.engine.levers.Checks.m;
import static dev.capex.engine.levers.Checks.needCash;
import static dev.capex.engine.levers.Checks.require;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.decision.Decision.Restructure;
import dev.capex.engine.model.Account;
import dev.capex.engine.model.CashLine;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.model.Scenario.Costs;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.rules.WorkforceRules;
import dev.capex.engine.turn.Turn;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Lay off a share of the workforce: fixed costs fall from now on, severance now, the lab's morale and product
 * velocity fall; within a yearly cap and above a floor under fixed costs (WorkforceRules).
 */
public final class RestructureRule extends LeverRule<Restructure, RestructureRule.Terms> {
    public RestructureRule() {
        super(Restructure.class);
    }

    /** The saving a quarter and the severance paid now. */
    public record Terms(long savingM, long severanceM) {
    }

    @Override
    public Terms check(Turn w, Restructure r) throws Refusal {
        Costs c = w.sc.costs();
        require(!w.restructuredThisQuarter, "one restructuring a quarter");
        require(r.percent() > 0 && r.percent() <= c.restructuringMaxPercent(), () -> String.format(Locale.ROOT,
                "a restructuring cuts between 1%% and %.0f%% of the workforce", c.restructuringMaxPercent()));
        long[] terms;
        try {
            terms = WorkforceRules.check(w, r.percent());
        } catch (WorkforceRules.Limit e) {
            throw new Refusal(e.getMessage());
        }
        needCash(w, terms[1], "severance");
        return new Terms(terms[0], terms[1]);
    }

    @Override
    public Supplier<String> apply(Turn w, Restructure r, Terms t) {
        long saving = t.savingM();
        long severance = t.severanceM();
        w.post(Account.RESTRUCTURING, Account.CASH, severance, CashLine.OPERATING_PAYMENTS);
        double[] after = WorkforceRules.cut(w, r.percent());
        w.restructuredThisQuarter = true;
        return () -> String.format(Locale.ROOT, "saves %s a quarter from now on; severance %s now; lab morale falls to "
                + "%.0f%%, product velocity to %.0f%%", m(saving), m(severance), after[0] * 100, after[1] * 100);
    }

    @Override
    public Decision random(Scenario sc, GameState s, RandomStream r) {
        return new Restructure(1 + r.nextInt(15));
    }
}
