package dev.capex.engine.levers;

import static dev.capex.engine.levers.Checks.needCash;
import static dev.capex.engine.levers.Checks.require;

import dev.capex.engine.decision.Decision.Restructure;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.event.Reason;
import dev.capex.engine.model.Account;
import dev.capex.engine.model.CashLine;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario.Costs;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.rules.WorkforceRules;
import dev.capex.engine.turn.Turn;

/** Lay off a share of the workforce: fixed costs fall from now on, severance now, the lab's morale falls. */
public final class RestructureRule extends LeverRule<Restructure, RestructureRule.Terms> {
    public RestructureRule() {
        super(Restructure.class);
    }

    /** The saving a quarter and the severance paid now. */
    public record Terms(long savingM, long severanceM) {
    }

    /** The saving a quarter from now on, the severance paid now, and the lab's morale and product velocity after. */
    public record Done(long savingM, long severanceM, double morale, double velocity) implements GameEvent.Outcome {
    }

    @Override
    public Terms check(Turn w, Restructure r) throws Refusal {
        Costs c = w.sc.costs();
        require(!w.financing.restructuredThisQuarter, Reason.Kind.ONE_RESTRUCTURING);
        if (!(r.percent() > 0 && r.percent() <= c.restructuringMaxPercent())) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(
                Reason.Kind.RESTRUCTURE_RANGE, c.restructuringMaxPercent());
        }
        long[] terms;
        try {
            terms = WorkforceRules.check(w, r.percent());
        } catch (WorkforceRules.Limit e) {
            throw new Refusal(e.reason());
        }
        needCash(w, terms[1], Reason.Spending.SEVERANCE);
        return new Terms(terms[0], terms[1]);
    }

    @Override
    public Done apply(Turn w, Restructure r, Terms t) {
        long saving = t.savingM();
        long severance = t.severanceM();
        w.post(Account.RESTRUCTURING, Account.CASH, severance, CashLine.OPERATING_PAYMENTS);
        double[] after = WorkforceRules.cut(w, r.percent());
        w.financing.restructuredThisQuarter = true;
        return new Done(saving, severance, after[0], after[1]);
    }

    @Override
    public Decision random(Scenario sc, GameState s, RandomStream r) {
        return new Restructure(1 + r.nextInt(15));
    }
}
