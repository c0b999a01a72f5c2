package dev.capex.analysis.batch;

import java.util.EnumMap;
import java.util.Map;

/**
 * The streaming statistics of a batch run: a histogram per {@link Metric}, the count of worlds with a
 * downgrade and with a default, refused decisions, and (when a reference outcome is given, for luck
 * versus skill) how many worlds did worse than, or as well as, the reference. Everything is an integer
 * count, so summaries of disjoint sets of worlds merge exactly and in any order: a run gives the same
 * result on one thread or on sixteen.
 */
public final class Summary {
    /** The percentiles every report shows. */
    public static final double[] PERCENTILES = {5, 25, 50, 75, 95};

    private final Map<Metric, Histogram> histograms = new EnumMap<>(Metric.class);
    private final WorldOutcome reference;
    private long worlds;
    private long downgraded;
    private long defaulted;
    private long refusedDecisions;
    private long worldsWithRefusals;
    private long tsrBelow;
    private long tsrEqual;
    private long scoreBelow;
    private long scoreEqual;

    public Summary() {
        this(null);
    }

    /** A summary that also counts how many worlds fall below or level with {@code reference}. */
    public Summary(WorldOutcome reference) {
        this.reference = reference;
        for (Metric m : Metric.values()) {
            histograms.put(m, new Histogram(m));
        }
    }

    public void add(WorldOutcome o) {
        worlds++;
        for (Metric m : Metric.values()) {
            histograms.get(m).add(o.value(m));
        }
        if (o.downgraded()) {
            downgraded++;
        }
        if (o.defaulted()) {
            defaulted++;
        }
        refusedDecisions += o.refusedDecisions();
        if (o.refusedDecisions() > 0) {
            worldsWithRefusals++;
        }
        if (reference != null) {
            if (o.tsr() < reference.tsr()) {
                tsrBelow++;
            } else if (o.tsr() == reference.tsr()) {
                tsrEqual++;
            }
            if (o.score() < reference.score()) {
                scoreBelow++;
            } else if (o.score() == reference.score()) {
                scoreEqual++;
            }
        }
    }

    /** Adds another summary's counts (of other worlds) to this one. */
    public void merge(Summary other) {
        worlds += other.worlds;
        for (Metric m : Metric.values()) {
            histograms.get(m).merge(other.histograms.get(m));
        }
        downgraded += other.downgraded;
        defaulted += other.defaulted;
        refusedDecisions += other.refusedDecisions;
        worldsWithRefusals += other.worldsWithRefusals;
        tsrBelow += other.tsrBelow;
        tsrEqual += other.tsrEqual;
        scoreBelow += other.scoreBelow;
        scoreEqual += other.scoreEqual;
    }

    /** An empty summary with the same reference, for a worker thread. */
    Summary emptyCopy() {
        return new Summary(reference);
    }

    public long worlds() {
        return worlds;
    }

    /** The nearest-rank p-th percentile of a measure, to the metric's resolution. */
    public double percentile(Metric m, double p) {
        return histograms.get(m).percentile(p);
    }

    /** The report's percentiles (5, 25, 50, 75, 95) of a measure. */
    public double[] percentiles(Metric m) {
        return histograms.get(m).percentiles(PERCENTILES);
    }

    /** Distinct histogram bins kept for a measure: what the memory of the run grows with. */
    public int bins(Metric m) {
        return histograms.get(m).bins();
    }

    public long downgraded() {
        return downgraded;
    }

    public long defaulted() {
        return defaulted;
    }

    public double downgradeShare() {
        return worlds == 0 ? 0 : (double) downgraded / worlds;
    }

    public double defaultShare() {
        return worlds == 0 ? 0 : (double) defaulted / worlds;
    }

    /** Decisions refused across all worlds (a replayed plan asking for what a world does not allow). */
    public long refusedDecisions() {
        return refusedDecisions;
    }

    public long worldsWithRefusals() {
        return worldsWithRefusals;
    }

    /** Share of worlds whose TSR was strictly below the reference's (ties count half). */
    public double tsrBeatenShare() {
        return worlds == 0 ? 0 : (tsrBelow + tsrEqual / 2.0) / worlds;
    }

    /** Share of worlds whose score was strictly below the reference's (ties count half). */
    public double scoreBeatenShare() {
        return worlds == 0 ? 0 : (scoreBelow + scoreEqual / 2.0) / worlds;
    }
}
