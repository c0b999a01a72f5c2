package dev.capex.engine.turn;

import dev.capex.engine.model.MarketState;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.model.ValuationInputs;
import java.util.List;

/**
 * The market while quarters are played ({@link MarketState}, open for writing): the share price, market cap
 * and dividends, the quarter's multiple and smoothed growth, the last four quarters' resale revenue (an
 * array) and the inputs of the quarter's valuation (fields). The records are made only when the state is
 * built ({@link #close}), and made again only when something was written since: a quarter played on a live
 * game whose state nobody asks for makes no {@link MarketState} and no {@link ValuationInputs}. Every write
 * goes through a method here that forgets the records made ({@link #addDividends}, {@link #valued}).
 */
public final class WorkingMarket {
    private static final int RESALE_QUARTERS = 4;

    private final double startSharePrice;
    private final double calibration;
    private final double startCapitalReturn;
    private final double startIdleShare;
    private final ScenarioIndex ix;
    /** The starting rating's position on the ladder (as {@code ValuationRules.startRatingIndex}), -1 until asked. */
    private int startRatingIndex = -1;

    private long marketCapM;
    private double sharePrice;
    private double dividendsPerShare;
    private double multiple;
    private double smoothedGrowth;
    /** The last (up to) four quarters' resale revenue, oldest first: the first {@code resaleCount} used. */
    private final long[] resale = new long[RESALE_QUARTERS];
    private int resaleCount;

    // the inputs of the last valuation (ValuationInputs' fields)
    private double growth;
    private int rank;
    private double h100e;
    private double netLeverage;
    private int ratingIndex;
    private double capexToRevenue;
    private double capitalReturn;
    private double idleCapitalShare;
    private double baseRate;
    private double impatience;
    private double marketEffect;
    private double noise;
    private long ebitdaM;
    private long resaleRevenueM;
    private double netDebtM;
    private long shares;

    /** The record of the fields as they stand (the state's own until written), or null once written since. */
    private MarketState built;
    /** The inputs' record as they stand, or null once the inputs were written since. */
    private ValuationInputs inputs;
    /** The resale list as it stands, or null once a quarter's resale was added since. */
    private List<Long> resaleList;

    WorkingMarket(ScenarioIndex ix, MarketState m) {
        this.ix = ix;
        this.startSharePrice = m.startSharePrice();
        this.calibration = m.calibration();
        this.startCapitalReturn = m.startCapitalReturn();
        this.startIdleShare = m.startIdleShare();
        this.marketCapM = m.marketCapM();
        this.sharePrice = m.sharePrice();
        this.dividendsPerShare = m.dividendsPerShare();
        this.multiple = m.multiple();
        this.smoothedGrowth = m.smoothedGrowth();
        List<Long> r = m.resaleRevenues();
        for (int i = Math.max(0, r.size() - RESALE_QUARTERS); i < r.size(); i++) { // the last four (all there are)
            resale[resaleCount++] = r.get(i);
        }
        ValuationInputs in = m.inputs();
        this.growth = in.growth();
        this.rank = in.rank();
        this.h100e = in.h100e();
        this.netLeverage = in.netLeverage();
        this.ratingIndex = in.ratingIndex();
        this.capexToRevenue = in.capexToRevenue();
        this.capitalReturn = in.capitalReturn();
        this.idleCapitalShare = in.idleCapitalShare();
        this.baseRate = in.baseRate();
        this.impatience = in.impatience();
        this.marketEffect = in.marketEffect();
        this.noise = in.noise();
        this.ebitdaM = in.ebitdaM();
        this.resaleRevenueM = in.resaleRevenueM();
        this.netDebtM = in.netDebtM();
        this.shares = in.shares();
        this.built = m;
        this.inputs = in;
        this.resaleList = r;
    }

    /** The position of a notch on the rating ladder, 0 when absent (as {@code ValuationRules.ratingIndex}). */
    private static int ratingIndex(Scenario sc, String name) {
        List<Scenario.RatingNotch> ladder = sc.finance().ratings();
        for (int i = 0; i < ladder.size(); i++) {
            if (ladder.get(i).name().equals(name)) {
                return i;
            }
        }
        return 0;
    }

    /** The market's record as it stands: made now if anything was written since it was last made. */
    public MarketState close() {
        MarketState m = built;
        if (m == null) {
            built = m = new MarketState(marketCapM, sharePrice, startSharePrice, dividendsPerShare, calibration,
                    multiple, smoothedGrowth, resaleRevenues(), startCapitalReturn, startIdleShare, inputs());
        }
        return m;
    }

    /** The inputs of the last valuation as a record (made when asked). */
    public ValuationInputs inputs() {
        ValuationInputs in = inputs;
        if (in == null) {
            inputs = in = new ValuationInputs(growth, rank, h100e, netLeverage, ratingIndex, capexToRevenue,
                    capitalReturn, idleCapitalShare, baseRate, impatience, marketEffect, noise, ebitdaM,
                    resaleRevenueM, netDebtM, shares);
        }
        return in;
    }

    /** The last (up to) four quarters' resale revenue, oldest first, as a list (made when asked). */
    public List<Long> resaleRevenues() {
        List<Long> l = resaleList;
        if (l == null) {
            Long[] boxed = new Long[resaleCount];
            for (int i = 0; i < resaleCount; i++) {
                boxed[i] = resale[i];
            }
            resaleList = l = List.of(boxed);
        }
        return l;
    }

    public long marketCapM() {
        return marketCapM;
    }

    public double sharePrice() {
        return sharePrice;
    }

    public double startSharePrice() {
        return startSharePrice;
    }

    public double dividendsPerShare() {
        return dividendsPerShare;
    }

    public double calibration() {
        return calibration;
    }

    public double smoothedGrowth() {
        return smoothedGrowth;
    }

    public double startCapitalReturn() {
        return startCapitalReturn;
    }

    public double startIdleShare() {
        return startIdleShare;
    }

    /** The starting rating's position on the ladder: from the scenario's tables, found on first asking. */
    public int startRatingIndex() {
        int r = startRatingIndex;
        if (r < 0) {
            r = ix.financeTables().startRating();
            if (r < 0) {
                r = ratingIndex(ix.sc, ix.sc.finance().startRating()); // fails here as ValuationRules would
            }
            startRatingIndex = r;
        }
        return r;
    }

    /** Resale revenue four quarters ago: the oldest of the last four (0 while there are fewer). */
    public long resaleYearAgoM() {
        return resaleCount >= RESALE_QUARTERS ? resale[resaleCount - RESALE_QUARTERS] : 0;
    }

    /** Dividends paid this quarter, per share, join those paid since the start. */
    public void addDividends(double perShare) {
        dividendsPerShare = dividendsPerShare + perShare;
        built = null;
    }

    /**
     * This quarter's resale revenue joins the last four (the oldest leaves once there are four); returns their
     * sum, the trailing resale revenue.
     */
    public long addResale(long resaleNowM) {
        if (resaleCount == RESALE_QUARTERS) {
            if (resale[0] != resaleNowM || resale[1] != resaleNowM || resale[2] != resaleNowM || resale[3] != resaleNowM) {
                resale[0] = resale[1];
                resale[1] = resale[2];
                resale[2] = resale[3];
                resale[3] = resaleNowM;
                resaleList = null;
            } // else the same four quarters' figures: the list as it was
        } else {
            resale[resaleCount++] = resaleNowM;
            resaleList = null;
        }
        built = null;
        long s = 0;
        for (int i = 0; i < resaleCount; i++) {
            s += resale[i];
        }
        return s;
    }

    /** The quarter's valuation: its inputs, the multiple, market cap and share price they gave. */
    public void valued(long marketCapM, double sharePrice, double multiple, double smoothedGrowth,
            double growth, int rank, double h100e, double netLeverage, int ratingIndex, double capexToRevenue,
            double capitalReturn, double idleCapitalShare, double baseRate, double impatience, double marketEffect,
            double noise, long ebitdaM, long resaleRevenueM, double netDebtM, long shares) {
        this.marketCapM = marketCapM;
        this.sharePrice = sharePrice;
        this.multiple = multiple;
        this.smoothedGrowth = smoothedGrowth;
        this.growth = growth;
        this.rank = rank;
        this.h100e = h100e;
        this.netLeverage = netLeverage;
        this.ratingIndex = ratingIndex;
        this.capexToRevenue = capexToRevenue;
        this.capitalReturn = capitalReturn;
        this.idleCapitalShare = idleCapitalShare;
        this.baseRate = baseRate;
        this.impatience = impatience;
        this.marketEffect = marketEffect;
        this.noise = noise;
        this.ebitdaM = ebitdaM;
        this.resaleRevenueM = resaleRevenueM;
        this.netDebtM = netDebtM;
        this.shares = shares;
        built = null;
        inputs = null;
    }
}
