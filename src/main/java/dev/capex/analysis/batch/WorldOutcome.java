package dev.capex.analysis.batch;

/**
 * What one world's game came to, in the measures a batch run reports: total shareholder return, the
 * scorecard total, the final arena rank, the lowest quarter-end cash, the highest quarter-end net
 * leverage, whether the rating was ever cut, whether Meta defaulted, and how many decisions the world
 * refused (a replayed plan can ask for what this world does not allow; bots never send refused ones).
 */
public record WorldOutcome(long seed, int quarters, double tsr, double score, int finalRank, long minCashM,
        double peakNetLeverage, boolean downgraded, boolean defaulted, int refusedDecisions) {

    /** The value of a measure, as the batch statistics read it. */
    public double value(Metric m) {
        switch (m) {
            case TSR:
                return tsr;
            case SCORE:
                return score;
            case FINAL_RANK:
                return finalRank;
            case MIN_CASH:
                return minCashM;
            case PEAK_NET_LEVERAGE:
                return peakNetLeverage;
            default:
                throw new IllegalArgumentException("unknown metric " + m);
        }
    }
}
