package dev.capex.engine.levers;

import static dev.capex.engine.levers.Checks.money;
import static dev.capex.engine.levers.Checks.needCash;
import static dev.capex.engine.levers.Checks.require;

import dev.capex.engine.decision.Decision.RealityLabs;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.event.Reason;
import dev.capex.engine.model.Account;
import dev.capex.engine.model.CashLine;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Policy;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.rules.RevenueRules;
import dev.capex.engine.rules.WorkforceRules;
import dev.capex.engine.turn.Turn;

/**
 * Reality Labs spending per quarter. Cutting it is not free: a one-off wind-down cost (severance,
 * write-offs, contracts) for the part of the budget cut, and its revenue shrinks with the budget. A cut lays
 * people off: it counts against the yearly layoff cap and hits morale and velocity (WorkforceRules).
 */
public final class RealityLabsRule extends LeverRule<RealityLabs, RealityLabsRule.Terms> {
    public RealityLabsRule() {
        super(RealityLabs.class);
    }

    /** The one-off wind-down cost of the part of the budget cut, and the share of the workforce it lays off. */
    public record Terms(long windDownM, double laidOffPercent) {
    }

    /** The wind-down cost paid now, and Reality Labs revenue as a share of its starting level. */
    public record Done(long windDownM, double revenueFactor) implements GameEvent.Outcome {
    }

    @Override
    public Terms check(Turn w, RealityLabs r) throws Refusal {
        long max = Turn.round(w.sc.costs().realityLabsMaxBudgetMultiple() * w.sc.company().realityLabsBudgetM());
        if (!(r.budgetM() >= 0 && r.budgetM() <= max)) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.RL_RANGE, money(max));
        }
        long cut = Math.max(0, w.policy.realityLabsBudgetM() - r.budgetM());
        long windDown = Turn.round(cut * w.sc.costs().realityLabsWindDownQuartersOfCut());
        // With a yearly layoff cap, a Reality Labs cut is a layoff too: it counts against the cap and hits morale
        // and velocity.
        double laidOff = w.sc.economics().workforce().maxCutPercentPerYear() > 0
                ? WorkforceRules.realityLabsCutPercent(w, r.budgetM()) : 0;
        try {
            WorkforceRules.checkYearCap(w, laidOff, r.budgetM());
        } catch (WorkforceRules.Limit e) {
            throw new Refusal(e.reason());
        }
        needCash(w, windDown, Reason.Spending.REALITY_LABS);
        return new Terms(windDown, laidOff);
    }

    @Override
    public Done apply(Turn w, RealityLabs r, Terms t) {
        long windDown = t.windDownM();
        w.post(Account.RESTRUCTURING, Account.CASH, windDown, CashLine.OPERATING_PAYMENTS);
        if (t.laidOffPercent() > 0) {
            WorkforceRules.hit(w, t.laidOffPercent());
        }
        Policy p = w.policy;
        w.policy = p.withRealityLabsBudget(r.budgetM());
        double revenueFactor = RevenueRules.realityLabsFactor(w.sc, r.budgetM());
        return new Done(windDown, revenueFactor);
    }

    @Override
    public Decision random(Scenario sc, GameState s, RandomStream r) {
        return new RealityLabs((long) (r.nextDouble() * 8000));
    }
}
