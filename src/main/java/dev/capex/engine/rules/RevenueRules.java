package dev.capex.engine.rules;

import dev.capex.engine.turn.Compute;
import dev.capex.engine.turn.Turn;
import dev.capex.engine.turn.WorkingMacro;
import dev.capex.engine.model.*;
import dev.capex.engine.model.Scenario.Revenue;

/**
 * Step 7: users and revenue. Ad revenue = underlying level x season x (1 + AI uplift) x engagement.
 * The level grows organically at a rate that slows year by year (plus world shocks and AI demand
 * cards); the uplift grows with inference compute (better ranking and ads tools) and model quality;
 * engagement falls as consumer AI spreads and Meta's model falls behind the frontier. Revenue is
 * received in cash in the quarter (no receivables: a simplification, see docs/model.md).
 */
public final class RevenueRules {
    private RevenueRules() {
    }

    /** Organic growth per year this quarter. */
    public static double organicGrowth(Turn w) {
        Revenue r = w.sc.revenue();
        double g = Math.max(r.growthFloor(), r.organicGrowth() - r.growthDecayPerYear() * w.t / 4.0);
        return g + w.world.macro.growthShock() + w.effect(EffectType.aiDemand) - WorkforceRules.growthDrag(w);
    }

    /**
     * Reality Labs revenue relative to the start, for a budget: (budget / starting budget) ^ elasticity.
     * Exactly 1 at the starting budget.
     */
    public static double realityLabsFactor(Scenario sc, long budgetM) {
        long base = sc.company().realityLabsBudgetM();
        if (base <= 0 || budgetM == base) {
            return 1.0;
        }
        return StrictMath.pow(Math.max(0, budgetM) / (double) base, sc.revenue().realityLabsRevenueElasticity());
    }

    public static double aiUplift(Turn w, Compute c) {
        Revenue r = w.sc.revenue();
        double compute = r.aiUpliftMax() * (1 - StrictMath.exp(-c.inferenceH100e() / r.aiUpliftScaleH100e()));
        double quality = r.aiUpliftPerEloAboveStart() * Math.max(0, w.lab.ai.bestElo() - w.sc.ai().startingElo()) / 100.0;
        return (compute + quality) * (1 - w.effect(EffectType.priceWar) * r.priceWarUpliftShare());
    }

    public static double engagement(Turn w) {
        Revenue r = w.sc.revenue();
        double users = w.ix.usersSum(w.q); // Paths.value(c.consumerUsersM(), q) summed over competitors, once a quarter
        double atStart = w.ix.usersAtStart();
        // Time spent on Meta's apps still rose in 2024-25 (CALIBRATION.md), so the opening revenue level already
        // holds the consumer AI of the start: the loss grows with rivals' users gained since then.
        users = Math.max(0, users - r.adoptionFromStartShare() * atStart);
        double adoption = Math.min(r.maxAdoption(), users / r.consumerAiUsersScaleM()) + w.effect(EffectType.consumerAi);
        double gap = Math.max(0, CompetitorRules.frontier(w) - w.lab.ai.bestElo());
        double loss = r.engagementMaxLoss() * (1 - StrictMath.exp(-gap / r.engagementGapScaleElo())) * adoption;
        return Turn.clamp(1 - loss, r.minEngagement(), 1.0);
    }

    public static void book(Turn w, Compute compute) {
        Revenue r = w.sc.revenue();
        WorkingMacro m = w.world.macro;
        double level = m.adLevelM() * (1 + organicGrowth(w) / 4);
        m.setAdLevel(level);
        double season = r.seasonality().get(w.q.q() - 1);
        long ads = Turn.round(level * season * (1 + aiUplift(w, compute)) * engagement(w));
        w.post(Account.CASH, Account.AD_REVENUE, ads, CashLine.RECEIPTS_FROM_CUSTOMERS);
        long rl = Turn.round(r.realityLabsRevenueM() * season * realityLabsFactor(w.sc, w.policy.realityLabsBudgetM()));
        w.post(Account.CASH, Account.REALITY_LABS_REVENUE, rl, CashLine.RECEIPTS_FROM_CUSTOMERS);
        long resale = ResaleRules.revenueM(w, compute);
        w.post(Account.CASH, Account.COMPUTE_RESALE_REVENUE, resale, CashLine.RECEIPTS_FROM_CUSTOMERS);
    }
}
