package dev.capex.engine.rules;

import dev.capex.engine.math.FdlibmLog;
import dev.capex.engine.turn.Compute;
import dev.capex.engine.turn.CreditMeasures;
import dev.capex.engine.turn.ScenarioIndex;
import dev.capex.engine.turn.Turn;
import dev.capex.engine.turn.WorkingMarket;
import dev.capex.engine.model.*;
import dev.capex.engine.model.Scenario.*;
import java.util.ArrayList;
import java.util.List;

/**
 * The market's view: enterprise value = a multiple x trailing EBITDA, with compute resale EBITDA counted at
 * only valuation.resaleValueShare of an advertising dollar; market cap = enterprise value minus net debt
 * (lease obligations included). The EV/EBITDA multiple is a base multiple moved by
 * <ul>
 * <li>the discount rate: (r0 - g) / (r - g), r = base rate + equity risk premium, g the terminal growth
 * (a Gordon growth model's sensitivity of value to the cost of equity);</li>
 * <li>persistent growth: the smoothed year-on-year growth of core revenue (ads and Reality Labs, not resale);</li>
 * <li>capital intensity: the value driver (1 - g / ROIC) / (1 - g / ROIC0), ROIC the after-tax EBITDA return on
 * invested capital (servers, buildings, construction in progress, GPU deposits), so idle GPUs, buildings
 * without chips and capex that earns nothing lower the value; and the market's impatience with capex that
 * outruns revenue;</li>
 * <li>the AI narrative (arena rank, compute online), leverage and rating, market mood and cards.</li>
 * </ul>
 * A calibration constant fixed at the start makes the opening market cap match the scenario's share price.
 * See docs/model.md for the formula and its sources.
 */
public final class ValuationRules {
    private ValuationRules() {
    }

    public static double startH100e(Scenario sc) {
        return ScenarioIndex.startingFleetH100e(sc);
    }

    public static int startRatingIndex(Scenario sc) {
        return ratingIndex(sc, sc.finance().startRating());
    }

    /** The position of a notch on the rating ladder (0 when the name is not on it). */
    public static int ratingIndex(Scenario sc, String name) {
        List<RatingNotch> ladder = sc.finance().ratings();
        for (int i = 0; i < ladder.size(); i++) {
            if (ladder.get(i).name().equals(name)) {
                return i;
            }
        }
        return 0;
    }

    /** The discount-rate factor: (r0 - g) / (r - g) with r = base rate + equity risk premium. */
    public static double rateFactor(Scenario sc, double baseRate) {
        Valuation v = sc.valuation();
        if (v.equityRiskPremium() <= 0) {
            return 1.0;
        }
        double r0 = sc.macro().baseRate() + v.equityRiskPremium() - v.terminalGrowth();
        double r = baseRate + v.equityRiskPremium() - v.terminalGrowth();
        return Math.max(0.01, r0) / Math.max(0.01, r);
    }

    /**
     * The capital-intensity factor: the value driver (1 - g / ROIC) relative to the start's, times
     * (1 - idleCapitalPenalty x the rise since the start in the share of invested capital standing idle).
     */
    public static double capitalFactor(Scenario sc, double capitalReturn, double idleCapitalShare,
            double startCapitalReturn, double startIdleShare) {
        Valuation v = sc.valuation();
        double f = 1.0;
        if (v.reinvestmentGrowth() > 0 && startCapitalReturn > 0) {
            double now = 1 - v.reinvestmentGrowth() / Math.max(1e-6, capitalReturn);
            double start = 1 - v.reinvestmentGrowth() / startCapitalReturn;
            f = now / start;
        }
        f *= 1 - v.idleCapitalPenalty() * Math.max(0, idleCapitalShare - startIdleShare);
        return Turn.clamp(f, v.minCapitalFactor(), 1 / Math.max(v.minCapitalFactor(), 0.01));
    }

    /**
     * The share of invested capital standing idle: the book value of GPUs that have no power (the fleet's book
     * in proportion to the idle units) and of buildings whose powered capacity runs no GPUs.
     */
    public static double idleCapitalShare(Turn w, Compute compute, long investedCapitalM) {
        long gpuBook = w.fleet.cohortsBook(); // the books now (a record's may lag: PendingBooks)
        return idleCapitalShare(gpuBook, w.lab.ai.gpusOnline(), w.lab.ai.gpusIdle(), w.gwOnlineNow(), compute.gwUsed(),
                w.balance(Account.BUILDINGS), investedCapitalM);
    }

    public static double idleCapitalShare(List<GpuCohort> cohorts, long gpusOnline, long gpusIdle, double gwOnline,
            double gwUsed, long buildingsBookM, long investedCapitalM) {
        long gpuBook = 0;
        for (int kC = 0; kC < cohorts.size(); kC++) { // indexed: no iterator
            GpuCohort c = cohorts.get(kC);
            gpuBook += c.bookValueM();
        }
        return idleCapitalShare(gpuBook, gpusOnline, gpusIdle, gwOnline, gwUsed, buildingsBookM, investedCapitalM);
    }

    private static double idleCapitalShare(long gpuBook, long gpusOnline, long gpusIdle, double gwOnline,
            double gwUsed, long buildingsBookM, long investedCapitalM) {
        long units = gpusOnline + gpusIdle;
        double idleGpus = units <= 0 ? 0 : gpuBook * (double) gpusIdle / units;
        double emptyBuildings = gwOnline <= 0 ? 0 : buildingsBookM * Math.max(0, gwOnline - gwUsed) / gwOnline;
        return investedCapitalM <= 0 ? 0 : Math.min(1, (idleGpus + emptyBuildings) / investedCapitalM);
    }

    /** The EV/EBITDA multiple for the inputs. */
    public static double multiple(Scenario sc, ValuationInputs in, double startCapitalReturn, double startIdleShare) {
        return multiple(sc, in.growth(), in.rank(), in.h100e(), in.netLeverage(), in.ratingIndex(), in.capexToRevenue(),
                in.capitalReturn(), in.idleCapitalShare(), in.baseRate(), in.impatience(), in.marketEffect(), in.noise(),
                startCapitalReturn, startIdleShare, startRatingIndex(sc), ScenarioIndex.of(sc).startH100e());
    }

    /**
     * The EV/EBITDA multiple for the inputs given one by one ({@link ValuationInputs}' fields: the quarter's
     * valuation reads them from the working market without a record), the starting rating's position and the
     * starting fleet's H100 equivalents as the scenario gives them.
     */
    static double multiple(Scenario sc, double growth, int rank, double h100e, double netLeverage, int ratingIndex,
            double capexToRevenue, double capitalReturn, double idleCapitalShare, double baseRate, double impatience,
            double marketEffect, double noise, double startCapitalReturn, double startIdleShare, int startRatingIndex,
            double startH100e) {
        Valuation v = sc.valuation();
        double m = v.baseMultiple();
        m *= 1 + v.growthSensitivity() * (growth - v.referenceGrowth());
        m *= 1 + v.rankWeight() * (v.rankReference() - Math.min(rank, 2 * v.rankReference())) / v.rankReference();
        m *= 1 + v.computeGrowthWeight() * FdlibmLog.log(Math.max(0.1, h100e / startH100e));
        double cap = v.maxPenalty();
        m *= 1 - Math.min(cap, v.leveragePenalty() * Math.max(0, netLeverage - v.leverageFree()));
        m *= 1 - Math.min(cap, v.ratingPenaltyPerNotch() * Math.max(0, ratingIndex - startRatingIndex));
        m *= 1 - Math.min(cap, v.capexImpatienceSensitivity() * Math.max(0, capexToRevenue
                - v.capexImpatienceThreshold()) * (1 + impatience));
        m *= rateFactor(sc, baseRate);
        m *= capitalFactor(sc, capitalReturn, idleCapitalShare, startCapitalReturn, startIdleShare);
        m *= Math.max(v.minMarketFactor(), 1 + marketEffect);
        m *= StrictMath.exp(noise);
        return Turn.clamp(m, v.minMultiple(), v.maxMultiple());
    }

    /** EBITDA as the market values it: resale EBITDA counts at resaleValueShare of an ad dollar. */
    public static double valuedEbitda(Scenario sc, long ebitdaM, long resaleRevenueM) {
        return ebitdaM - (1 - sc.valuation().resaleValueShare()) * resaleRevenueM;
    }

    /**
     * Market cap from the multiple, the valued EBITDA (never below the scenario's minValuedEbitdaM) and net debt;
     * never below a floor share of enterprise value.
     */
    public static long marketCap(Scenario sc, double calibration, double multiple, double valuedEbitdaM, double netDebtM) {
        double ev = calibration * multiple * Math.max(sc.valuation().minValuedEbitdaM(), valuedEbitdaM);
        return Turn.round(Math.max(sc.valuation().evFloorShare() * ev, ev - netDebtM));
    }

    /** The share price the inputs give: what {@link #value} sets, worked out again from the inputs alone. */
    public static double price(Scenario sc, MarketState ms, ValuationInputs in) {
        double m = multiple(sc, in, ms.startCapitalReturn(), ms.startIdleShare());
        double calibration = ms.calibration();
        long cap = marketCap(sc, calibration, m, valuedEbitda(sc, in.ebitdaM(), in.resaleRevenueM()), in.netDebtM());
        return cap * 1e6 / in.shares();
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

    /** Invested capital: servers, buildings, construction in progress and GPU deposits at book value. */
    public static long investedCapitalM(Balances b) {
        return b.natural(Account.SERVERS) + b.natural(Account.BUILDINGS) + b.natural(Account.CONSTRUCTION_IN_PROGRESS)
                + b.natural(Account.GPU_DEPOSITS);
    }

    /** After-tax EBITDA return on invested capital. */
    public static double capitalReturn(Scenario sc, long ttmEbitdaM, long investedCapitalM) {
        return ttmEbitdaM * (1 - sc.costs().taxRate()) / Math.max(1.0, investedCapitalM);
    }

    /**
     * The quarter's valuation, at the close: the multiple from this quarter's inputs, the market cap and share
     * price; {@code credit} is the quarter's credit metrics (net leverage, trailing EBITDA and net debt as the
     * covenants measured them: see {@link CreditMeasures}).
     */
    public static void value(Turn w, Compute compute, long revenueNow, long resaleNow, long capexNow, CreditMeasures credit) {
        double netLeverage = credit.netLeverage();
        Valuation v = w.sc.valuation();
        WorkingMarket ms = w.market;
        // Core revenue (without resale) now and four quarters ago: the growth the market believes persists.
        long resaleYearAgo = ms.resaleYearAgoM();
        long coreNow = revenueNow - resaleNow;
        long coreYearAgo = w.trailing.revenueYearAgoM() - resaleYearAgo;
        double gNow = coreYearAgo <= 0 ? 0 : coreNow / (double) coreYearAgo - 1;
        double smoothed;
        if (v.growthSmoothing() > 0) {
            smoothed = v.growthSmoothing() * gNow + (1 - v.growthSmoothing()) * ms.smoothedGrowth();
        } else {
            // No smoothing (older scenarios): the year-on-year growth of all revenue, averaged over two quarters.
            List<Long> revenues = new ArrayList<>(6);
            for (int i = Math.max(0, w.books.history.size() - 5); i < w.books.history.size(); i++) {
                revenues.add(w.books.history.get(i).revenueM());
            }
            revenues.add(revenueNow);
            smoothed = growth(revenues);
        }
        long resaleTtm = ms.addResale(resaleNow); // the last four quarters' resale revenue, this one's in
        long capex = w.trailing.capexWithCurrentM(capexNow); // Trailing.withCurrentM over the history
        long rev = w.trailing.revenueWithCurrentM(revenueNow);
        long ebitda = credit.ttmEbitdaM(); // w.ttmEbitda(w.ebitdaSoFar()): nothing posted to income since
        double netDebt = credit.netDebtM(); // debt + lease adjustment - cash: step 10 moves debt and cash alike
        long invested = w.balance(Account.SERVERS) + w.balance(Account.BUILDINGS)
                + w.balance(Account.CONSTRUCTION_IN_PROGRESS) + w.balance(Account.GPU_DEPOSITS); // investedCapitalM
        // the inputs (ValuationInputs' fields), kept in the working market: its record is made when the state is built
        int rank = w.lab.ai.rank();
        double h100e = compute.h100eOnline();
        int ratingIndex = w.financing.credit.ratingIndex();
        double capexToRevenue = rev <= 0 ? 0 : (double) capex / rev;
        double capitalReturn = capitalReturn(w.sc, ebitda, invested);
        double idle = idleCapitalShare(w, compute, invested);
        double baseRate = w.baseRate();
        double impatience = w.effect(EffectType.impatience);
        double marketEffect = w.effect(EffectType.market);
        double noise = w.world.macro.marketNoise();
        long shares = w.books.shares;
        double m = multiple(w.sc, smoothed, rank, h100e, netLeverage, ratingIndex, capexToRevenue, capitalReturn, idle,
                baseRate, impatience, marketEffect, noise, ms.startCapitalReturn(), ms.startIdleShare(),
                ms.startRatingIndex(), w.ix.startH100e());
        long cap = marketCap(w.sc, ms.calibration(), m, valuedEbitda(w.sc, ebitda, resaleTtm), netDebt);
        double price = cap * 1e6 / shares;
        ms.valued(cap, price, m, smoothed, smoothed, rank, h100e, netLeverage, ratingIndex, capexToRevenue,
                capitalReturn, idle, baseRate, impatience, marketEffect, noise, ebitda, resaleTtm, netDebt, shares);
    }

    // ------------------------------------------------------------------ the valuation bridge

    /** One step of the bridge: a named factor and what it moved the share price by ($ per share). */
    public record BridgeStep(String factor, double dollarsPerShare) {
    }

    /** The factors of the bridge, in the order they are changed from last quarter's value to this one's. */
    public static final List<String> BRIDGE_FACTORS = List.of("earnings", "growth", "rates", "AI narrative and rank",
            "leverage and rating", "capital intensity", "net debt and share count", "market mood and cards");

    /**
     * The share price change from {@code before} to {@code after} (two consecutive market states of one game)
     * split into named factors that add up to it: each factor's inputs are changed from before to after in the
     * order of {@link #BRIDGE_FACTORS} and the price worked out again after each (sequential substitution);
     * each step is the price change that factor's change made. The last step takes what floating-point rounding
     * leaves, so that the steps summed in order give exactly after's price minus before's.
     */
    public static List<BridgeStep> bridge(Scenario sc, MarketState before, MarketState after) {
        ValuationInputs a = before.inputs();
        ValuationInputs b = after.inputs();
        double total = after.sharePrice() - before.sharePrice();
        List<BridgeStep> out = new ArrayList<>();
        double prev = before.sharePrice();
        double sum = 0;
        for (int k = 1; k <= BRIDGE_FACTORS.size(); k++) {
            double step;
            if (k < BRIDGE_FACTORS.size()) {
                double p = price(sc, after, mix(a, b, k));
                step = p - prev;
                prev = p;
            } else {
                step = total - sum;
            }
            sum += step;
            out.add(new BridgeStep(BRIDGE_FACTORS.get(k - 1), step));
        }
        return out;
    }

    /** The inputs with the first {@code k} factor groups taken from {@code b}, the rest from {@code a}. */
    static ValuationInputs mix(ValuationInputs a, ValuationInputs b, int k) {
        ValuationInputs earnings = k >= 1 ? b : a;
        ValuationInputs growth = k >= 2 ? b : a;
        ValuationInputs rates = k >= 3 ? b : a;
        ValuationInputs ai = k >= 4 ? b : a;
        ValuationInputs lev = k >= 5 ? b : a;
        ValuationInputs capital = k >= 6 ? b : a;
        ValuationInputs debt = k >= 7 ? b : a;
        ValuationInputs mood = k >= 8 ? b : a;
        return new ValuationInputs(growth.growth(), ai.rank(), ai.h100e(), lev.netLeverage(), lev.ratingIndex(),
                capital.capexToRevenue(), capital.capitalReturn(), capital.idleCapitalShare(), rates.baseRate(), mood.impatience(),
                mood.marketEffect(), mood.noise(), earnings.ebitdaM(), earnings.resaleRevenueM(), debt.netDebtM(),
                debt.shares());
    }
}
