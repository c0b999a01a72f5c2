package dev.capex.analysis.batch;

/**
 * The measures a batch run reports percentiles of, each with the resolution its histogram keeps.
 * Values are rounded to the nearest multiple of the resolution before they are counted, so a reported
 * percentile is within half a resolution step of the exact percentile of the raw values (rounding is
 * monotone, so the k-th smallest rounded value is the rounded k-th smallest value). Final rank and
 * minimum cash (whole $M in the engine) are exact.
 */
public enum Metric {
    /** Total shareholder return, as a fraction (0.25 = +25%): kept to 0.01 percentage point. */
    TSR("tsr", "TSR", 1e-4),
    /** The scorecard total: kept to 0.01 point. */
    SCORE("score", "score", 1e-2),
    /** The arena rank at the end (1 = best): exact. */
    FINAL_RANK("final_rank", "final rank", 1),
    /** The lowest quarter-end cash, $M: exact (the engine keeps whole millions). */
    MIN_CASH("min_cash_m", "minimum cash $M", 1),
    /** The highest quarter-end net leverage (net debt / TTM EBITDA, the engine clamps it to ±99): kept to 0.001x. */
    PEAK_NET_LEVERAGE("peak_net_leverage", "peak net leverage", 1e-3);

    private final String key;
    private final String label;
    private final double resolution;

    Metric(String key, String label, double resolution) {
        this.key = key;
        this.label = label;
        this.resolution = resolution;
    }

    /** The column name in CSV and the field name in JSON. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public double resolution() {
        return resolution;
    }

    /** The histogram bin of a value: the nearest multiple of the resolution. */
    long bin(double v) {
        return StrictMath.round(v / resolution);
    }

    double valueOf(long bin) {
        return bin * resolution;
    }
}
