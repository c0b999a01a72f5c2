package dev.capex.engine.turn;

/**
 * This quarter's credit metrics (net leverage and interest cover on trailing twelve months, lease
 * obligations counted as debt) and what they are made of, measured once a quarter by
 * {@code FinanceRules.measureCredit} (step 9, the covenants) and read by the rating, step 10 and the close,
 * instead of measured again by each: between the covenants and the close nothing posts to an income
 * account (trailing EBITDA and interest stand), the leases and cloud contracts stand (the lease adjustment),
 * and what step 10 draws or repays moves cash and debt by the same amount (net debt, a long, stands); the
 * close's closing entries move income accounts into retained earnings only. Stamped with the quarter it was
 * measured in: read in another quarter, it is measured again.
 */
public final class CreditMeasures {
    /** The quarter's ordinal when measured (Integer.MIN_VALUE before). */
    int measuredAt = Integer.MIN_VALUE;
    private double netLeverage;
    private double cover;
    private long ttmEbitdaM;
    private long ttmInterestM;
    private long netDebtM;

    /** Whether these are this quarter's (measured in quarter {@code w.q}). */
    public boolean current(Turn w) {
        return measuredAt == w.q.ordinal();
    }

    public void set(Turn w, double netLeverage, double cover, long ttmEbitdaM, long ttmInterestM, long netDebtM) {
        this.measuredAt = w.q.ordinal();
        this.netLeverage = netLeverage;
        this.cover = cover;
        this.ttmEbitdaM = ttmEbitdaM;
        this.ttmInterestM = ttmInterestM;
        this.netDebtM = netDebtM;
    }

    /** Net debt (leases included) over trailing EBITDA. */
    public double netLeverage() {
        return netLeverage;
    }

    /** Trailing EBITDA over trailing interest. */
    public double cover() {
        return cover;
    }

    public long ttmEbitdaM() {
        return ttmEbitdaM;
    }

    public long ttmInterestM() {
        return ttmInterestM;
    }

    /** Debt plus lease obligations minus cash. */
    public long netDebtM() {
        return netDebtM;
    }
}
