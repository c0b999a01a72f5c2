package dev.capex.engine.rules;

import dev.capex.engine.turn.Turn;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.*;
import dev.capex.engine.model.Scenario.StakeTarget;

/**
 * Stakes after the deal: integration brings the data and efficiency gains; the target's value drifts
 * (from the player's own stream) and is impaired when it falls well below cost; an antitrust probe costs
 * legal fees each quarter and may force a divestiture at a discount.
 */
public final class StakeRules {
    private StakeRules() {
    }

    /**
     * The share of a target's data, efficiency and team that a stake brings: all of it with control; below,
     * finance.nonVotingEffectShare x (share / economics.stakes.fullBenefitShare) ^ benefitExponent, at most
     * the non-voting share; with control, economics.stakes.controlBenefitShare (1 in older scenarios).
     */
    public static double benefitShare(Scenario sc, double share, boolean control) {
        var b = sc.economics().stakes();
        if (control) {
            return b.controlBenefitShare();
        }
        double nonVoting = sc.finance().nonVotingEffectShare();
        if (b.fullBenefitShare() <= 0) {
            return nonVoting;
        }
        return nonVoting * Math.min(1.0, StrictMath.pow(share / b.fullBenefitShare(), b.benefitExponent()));
    }

    /** The leader's team that joins with a stake: all of it with control, in proportion to the benefit below. */
    public static int starsJoining(Scenario sc, Scenario.StakeTarget t, double share, boolean control) {
        if (control || sc.economics().stakes().fullBenefitShare() <= 0 || sc.finance().nonVotingEffectShare() <= 0) {
            return t.leaderStars();
        }
        return (int) StrictMath.round(t.leaderStars() * benefitShare(sc, share, false) / sc.finance().nonVotingEffectShare());
    }

    public static void update(Turn w) {
        for (int i = 0; i < w.books.stakes.size(); i++) {
            StakeHolding s = w.books.stakes.get(i);
            if (s.divested()) {
                continue;
            }
            StakeTarget t = w.sc.target(s.targetId());
            double effectShare = benefitShare(w.sc, s.share(), s.control());
            if (s.integrated().equals(w.q)) {
                var a = w.lab.ai;
                double dq = Math.min(1.0, a.dataQuality() + t.dataQualityGain() * effectShare);
                double eff = a.inferenceEfficiency() * (1 + t.inferenceEfficiencyGain() * effectShare);
                w.lab.ai.setData(dq, eff);
                w.event(GameEvent.StakeNews.integrated(t.id(), t.name(), dq, t.inferenceEfficiencyGain() > 0,
                        t.inferenceEfficiencyGain() * effectShare));
            }
            var r = w.random.stream(w.q, "stake.value." + t.id());
            double value = s.targetValueM() * StrictMath.exp(t.impairmentSd() * r.nextGaussian() - 0.5 * t.impairmentSd()
                    * t.impairmentSd());
            long fair = Turn.round(value * s.share());
            long carrying = s.carryingM();
            if (fair < carrying * w.sc.finance().impairmentThreshold()) {
                long loss = carrying - fair;
                w.post(Account.IMPAIRMENT, Account.INVESTMENTS, loss);
                carrying = fair;
                w.event(GameEvent.StakeNews.impaired(t.id(), t.name(), loss, Turn.round(value)));
            }
            boolean probe = s.probe();
            if (probe) {
                w.post(Account.LEGAL, Account.CASH, Turn.round(w.sc.costs().legalCostPerProbeQuarterM()),
                        CashLine.OPERATING_PAYMENTS);
                if (!s.bought().equals(w.q) && r.chance(t.divestitureProbability())) {
                    long proceeds = Turn.round(fair * (1 - w.sc.finance().forcedSaleDiscount()));
                    w.post(Account.CASH, Account.INVESTMENTS, carrying, CashLine.STAKES);
                    w.post(Account.CASH, Account.GAIN_ON_SALE, proceeds - carrying, CashLine.STAKES);
                    w.books.stakes.set(i, s.with(0, value, false, true));
                    var a = w.lab.ai;
                    boolean integrated = !w.q.isBefore(s.integrated());
                    double eff = integrated ? a.inferenceEfficiency() / (1 + t.inferenceEfficiencyGain() * effectShare)
                            : a.inferenceEfficiency();
                    double dq = integrated ? Math.max(0, a.dataQuality() - t.dataQualityGain() * effectShare / 2)
                            : a.dataQuality();
                    w.lab.ai.setData(dq, eff);
                    w.event(GameEvent.StakeNews.forcedSale(t.id(), t.name(), proceeds));
                    continue;
                }
            }
            w.books.stakes.set(i, s.with(carrying, value, probe, false));
        }
    }
}
