package dev.capex.engine.rules;

import dev.capex.engine.event.Reason;
import dev.capex.engine.model.*;
import dev.capex.engine.model.Scenario.Costs;
import dev.capex.engine.model.Scenario.Workforce;
import dev.capex.engine.turn.Turn;

/**
 * Layoffs and the organisation's pace. A restructuring cuts a share of the fixed core costs and pays
 * severance, within economics.workforce's limits: at most maxCutPercentPerYear over any four quarters, and
 * never below fixedCostFloorShare of the fixed costs (the company still has to run). Each cut lowers lab
 * morale and product velocity, the more so after other cuts in the last year (velocityCompounding); low
 * velocity slows ad growth (velocityGrowthPenalty) and the lab (velocityLabPenalty) until it recovers, a
 * share of the gap each quarter. Stars need training compute to pay off: the lab counts at most training
 * H100e / computePerStarH100e of them.
 */
public final class WorkforceRules {
    private WorkforceRules() {
    }

    /** A refused restructuring, with the reason a player reads. */
    public static final class Limit extends Exception {
        private final transient Reason reason;

        public Limit(Reason reason) {
            super(reason.kind().name(), null, false, false);
            this.reason = reason;
        }

        /** Why, as a fact (the shell writes the sentence). */
        public Reason reason() {
            return reason;
        }
    }

    /** Percent cut over the three quarters before this one and this one so far. */
    static double cutInYear(Turn w) {
        double s = w.lab.cutThisQuarter;
        var cuts = w.lab.frictions.recentCuts();
        for (int i = Math.max(0, cuts.size() - 3); i < cuts.size(); i++) {
            s += cuts.get(i);
        }
        return s;
    }

    /**
     * Refuses a cut that would take the last four quarters' cuts above the yearly cap ({@code realityLabsBudgetM}:
     * the new Reality Labs budget when the cut is one, else -1 for a restructuring).
     */
    public static void checkYearCap(Turn w, double percent, long realityLabsBudgetM) throws Limit {
        Workforce wf = w.sc.economics().workforce();
        double year = cutInYear(w);
        if (wf.maxCutPercentPerYear() > 0 && year + percent > wf.maxCutPercentPerYear() + 1e-9) {
            throw new Limit(realityLabsBudgetM >= 0
                    ? Reason.of(Reason.Kind.RL_CUT, new Reason.Money(realityLabsBudgetM), percent, wf.maxCutPercentPerYear(), year)
                    : Reason.of(Reason.Kind.RESTRUCTURE_CUT, percent, wf.maxCutPercentPerYear(), year));
        }
    }

    /**
     * The share of the workforce (percent) a cut in the Reality Labs budget lays off: the cut over the fixed
     * core costs and the Reality Labs budget together (both are mostly people).
     */
    public static double realityLabsCutPercent(Turn w, long newBudgetM) {
        long cut = Math.max(0, w.policy.realityLabsBudgetM() - newBudgetM);
        double base = CostRules.coreFixed(w) + w.policy.realityLabsBudgetM();
        return base <= 0 ? 0 : 100.0 * cut / base;
    }

    /** Checks the limits of a cut of {@code percent}; returns the saving per quarter and the severance. */
    public static long[] check(Turn w, double percent) throws Limit {
        Workforce wf = w.sc.economics().workforce();
        checkYearCap(w, percent, -1);
        double after = w.policy.workforceFactor() * (1 - percent / 100);
        if (after < wf.fixedCostFloorShare() - 1e-9) {
            throw new Limit(Reason.of(Reason.Kind.FIXED_COSTS, wf.fixedCostFloorShare() * 100,
                    w.policy.workforceFactor() * 100));
        }
        Costs c = w.sc.costs();
        double fixed = CostRules.coreFixed(w);
        long saving = Turn.round(fixed * percent / 100);
        long severance = Turn.round(saving * c.severanceQuartersOfSaving());
        return new long[] {saving, severance};
    }

    /** Applies a cut of {@code percent}: fixed costs, morale and velocity. Returns {morale, velocity} after. */
    public static double[] cut(Turn w, double percent) {
        Policy p = w.policy;
        w.policy = p.withWorkforceFactor(p.workforceFactor() * (1 - percent / 100));
        return hit(w, percent);
    }

    /** What a layoff of {@code percent} does to morale and velocity (more after other cuts in the year). */
    public static double[] hit(Turn w, double percent) {
        Workforce wf = w.sc.economics().workforce();
        double prior = cutInYear(w);
        double compounding = 1 + wf.velocityCompounding() * prior / Math.max(1, wf.maxCutPercentPerYear());
        double morale = Turn.clamp(w.lab.ai.morale() - w.sc.talent().moraleHitPerPercentLayoff() * percent * compounding,
                w.sc.talent().minMorale(), 1.0);
        w.lab.ai.setMorale(morale);
        Frictions f = w.lab.frictions;
        double velocity = Math.max(Math.min(wf.minVelocity(), f.velocity()),
                f.velocity() - wf.velocityHitPerPercent() * percent * compounding);
        w.lab.frictions = f.withVelocity(velocity);
        w.lab.cutThisQuarter += percent;
        return new double[] {morale, velocity};
    }

    /** Each quarter velocity recovers a share of the way back to 1. */
    public static void recover(Turn w) {
        Frictions f = w.lab.frictions;
        if (f.velocity() >= 1) {
            return;
        }
        double v = Math.min(1.0, f.velocity() + w.sc.economics().workforce().velocityRecoveryPerQuarter()
                * (1 - f.velocity()));
        w.lab.frictions = f.withVelocity(v);
    }

    /** Annual growth points lost to low product velocity. */
    public static double growthDrag(Turn w) {
        return w.sc.economics().workforce().velocityGrowthPenalty() * (1 - w.lab.frictions.velocity());
    }

    /** The lab's pace: 1 at full velocity. */
    public static double labPace(Turn w) {
        return Math.max(0, 1 - w.sc.economics().workforce().velocityLabPenalty() * (1 - w.lab.frictions.velocity()));
    }

    /** Stars the lab can put to work: at most training compute / compute a star needs. */
    public static double productiveStars(Turn w) {
        double per = w.sc.economics().workforce().computePerStarH100e();
        if (per <= 0) {
            return w.lab.stars;
        }
        return Math.min(w.lab.stars, w.lab.ai.trainingH100e() / per);
    }
}
