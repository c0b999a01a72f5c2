package dev.capex.engine.rules;

import dev.capex.engine.turn.Turn;
import dev.capex.engine.model.*;
import dev.capex.engine.model.Scenario.*;
import java.util.List;

/**
 * The market's view: enterprise value = trailing EBITDA x a multiple that reacts to revenue growth, the
 * AI narrative (arena rank, compute online), leverage and rating, and to capex that outruns revenue
 * (the ROI impatience), times a market mood drawn from the common world; market cap = enterprise value
 * minus net debt (lease obligations included). An EBITDA multiple rather than a P/E, so that heavy
 * depreciation does not by itself crush the value, while debt-financed spending lowers it one for one
 * unless it raises EBITDA or the narrative. A calibration constant, fixed at the start, makes the
 * opening market cap match the scenario's share price.
 */
public final class ValuationRules {
    private ValuationRules() {
    }

    /** Inputs of the multiple, so that the start and every quarter use one formula. */
    public record Inputs(double growth, int rank, double h100e, double netLeverage, int ratingIndex,
            double capexToRevenue, double impatience, double marketEffect, double noise) {
    }

    public static double startH100e(Scenario sc) {
        double h = 0;
        for (CohortSpec c : sc.startingFleet()) {
            h += c.units() * sc.generation(c.generation()).h100Equivalent();
        }
        return Math.max(1, h);
    }

    public static int startRatingIndex(Scenario sc) {
        List<RatingNotch> ladder = sc.finance().ratings();
        for (int i = 0; i < ladder.size(); i++) {
            if (ladder.get(i).name().equals(sc.finance().startRating())) {
                return i;
            }
        }
        return 0;
    }

    public static double pe(Scenario sc, Inputs in) {
        Valuation v = sc.valuation();
        double pe = v.baseMultiple();
        pe *= 1 + v.growthSensitivity() * (in.growth() - v.referenceGrowth());
        pe *= 1 + v.rankWeight() * (v.rankReference() - Math.min(in.rank(), 2 * v.rankReference())) / v.rankReference();
        pe *= 1 + v.computeGrowthWeight() * StrictMath.log(Math.max(0.1, in.h100e() / startH100e(sc)));
        double cap = v.maxPenalty();
        pe *= 1 - Math.min(cap, v.leveragePenalty() * Math.max(0, in.netLeverage() - v.leverageFree()));
        pe *= 1 - Math.min(cap, v.ratingPenaltyPerNotch() * Math.max(0, in.ratingIndex() - startRatingIndex(sc)));
        pe *= 1 - Math.min(cap, v.capexImpatienceSensitivity() * Math.max(0, in.capexToRevenue()
                - v.capexImpatienceThreshold()) * (1 + in.impatience()));
        pe *= Math.max(v.minMarketFactor(), 1 + in.marketEffect());
        pe *= StrictMath.exp(in.noise());
        return Turn.clamp(pe, v.minMultiple(), v.maxMultiple());
    }

    /**
     * The multiple's factors, grouped as a player reads them (the same formula as {@link #pe}, factor by
     * factor), with the enterprise value's other terms: the {@link ValuationParts} of a price.
     */
    public static ValuationParts parts(Scenario sc, Inputs in, double calibration, long ttmEbitda, double shares,
            double sharePrice) {
        Valuation v = sc.valuation();
        double growth = 1 + v.growthSensitivity() * (in.growth() - v.referenceGrowth());
        double rank = 1 + v.rankWeight() * (v.rankReference() - Math.min(in.rank(), 2 * v.rankReference()))
                / v.rankReference();
        double compute = 1 + v.computeGrowthWeight() * StrictMath.log(Math.max(0.1, in.h100e() / startH100e(sc)));
        double cap = v.maxPenalty();
        double leverage = 1 - Math.min(cap, v.leveragePenalty() * Math.max(0, in.netLeverage() - v.leverageFree()));
        double rating = 1 - Math.min(cap, v.ratingPenaltyPerNotch() * Math.max(0, in.ratingIndex()
                - startRatingIndex(sc)));
        double capex = 1 - Math.min(cap, v.capexImpatienceSensitivity() * Math.max(0, in.capexToRevenue()
                - v.capexImpatienceThreshold()) * (1 + in.impatience()));
        double mood = Math.max(v.minMarketFactor(), 1 + in.marketEffect()) * StrictMath.exp(in.noise());
        double raw = v.baseMultiple() * growth * rank * compute * leverage * rating * capex * mood;
        double clamped = Turn.clamp(raw, v.minMultiple(), v.maxMultiple());
        return new ValuationParts(calibration, v.baseMultiple(), Math.max(1000.0, ttmEbitda), growth, 1.0,
                rank * compute, leverage * rating, capex, mood, raw > 0 ? clamped / raw : 1.0, shares, sharePrice);
    }

    /** Year-on-year revenue growth, averaged over the last two quarters of the figures given. */
    public static double growth(List<Long> revenues) {
        int n = revenues.size();
        if (n < 6) {
            return 0;
        }
        double g1 = revenues.get(n - 1) / (double) revenues.get(n - 5) - 1;
        double g2 = revenues.get(n - 2) / (double) revenues.get(n - 6) - 1;
        return (g1 + g2) / 2;
    }

    /** Market cap from the multiple, trailing EBITDA and net debt; never below a floor share of enterprise value. */
    public static long marketCap(Scenario sc, double calibration, double multiple, long ttmEbitda, double netDebtM) {
        double ev = calibration * multiple * Math.max(1000.0, ttmEbitda);
        return Turn.round(Math.max(sc.valuation().evFloorShare() * ev, ev - netDebtM));
    }

    public static void value(Turn w, long revenueNow, long netIncomeNow, long capexNow, double netLeverage) {
        // growth() reads only the last six quarters: those are all it is given.
        List<Long> revenues = new java.util.ArrayList<>(6);
        for (int i = Math.max(0, w.history.size() - 5); i < w.history.size(); i++) {
            revenues.add(w.history.get(i).revenueM());
        }
        revenues.add(revenueNow);
        long ni = netIncomeNow;
        long capex = capexNow;
        long rev = revenueNow;
        for (int i = w.history.size() - 3; i < w.history.size(); i++) {
            ni += w.history.get(i).netIncomeM();
            capex += w.history.get(i).capexM();
            rev += w.history.get(i).revenueM();
        }
        long ebitda = w.ttmEbitda(w.ebitdaSoFar());
        Inputs in = new Inputs(growth(revenues), w.ai.rank(), w.h100eOnline, netLeverage, w.credit.ratingIndex(),
                rev <= 0 ? 0 : (double) capex / rev, w.effect(EffectType.impatience), w.effect(EffectType.market),
                w.macro.marketNoise());
        double pe = pe(w.sc, in);
        double netDebt = w.debt() + w.leaseAdjustmentM() - w.cash();
        long cap = marketCap(w.sc, w.market.peCalibration(), pe, ebitda, netDebt);
        double price = cap * 1e6 / w.shares;
        w.market = new MarketState(cap, price, w.market.startSharePrice(), w.market.dividendsPerShare(),
                w.market.peCalibration(), pe);
        w.valuation = parts(w.sc, in, w.market.peCalibration(), ebitda, w.shares, price);
    }
}
