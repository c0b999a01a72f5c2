package dev.capex.analysis.batch;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts of values rounded to a fixed resolution: a sparse histogram whose size is bounded by the
 * range of the values over the resolution, never by how many values are counted, so a million worlds
 * take the memory of a thousand. Counts are integers, so merging the histograms of several threads
 * gives the same result in any order.
 */
final class Histogram {
    private final Metric metric;
    private final Map<Long, long[]> counts = new HashMap<>();
    private long total;

    Histogram(Metric metric) {
        this.metric = metric;
    }

    void add(double value) {
        if (Double.isNaN(value)) {
            return;
        }
        long bin = metric.bin(value);
        long[] c = bin == lastBin ? lastCounts : null; // worlds fall in the same bin often: no boxed key, no lookup
        if (c == null) {
            c = counts.get(bin);
            if (c == null) {
                c = new long[1];
                counts.put(bin, c);
            }
            lastBin = bin;
            lastCounts = c;
        }
        c[0]++;
        total++;
    }

    /** The bin {@link #add} last counted in and its counter (null before the first). */
    private long lastBin;
    private long[] lastCounts;

    void merge(Histogram other) {
        for (Map.Entry<Long, long[]> e : other.counts.entrySet()) {
            long[] c = counts.get(e.getKey());
            if (c == null) {
                counts.put(e.getKey(), new long[] {e.getValue()[0]});
            } else {
                c[0] += e.getValue()[0];
            }
        }
        total += other.total;
    }

    long total() {
        return total;
    }

    int bins() {
        return counts.size();
    }

    /**
     * The nearest-rank percentile: the smallest value with at least p% of the values at or below it
     * (the rank ceil(p/100 * n), 1-based). NaN when nothing was counted.
     */
    double percentile(double p) {
        return percentiles(new double[] {p})[0];
    }

    double[] percentiles(double[] ps) {
        double[] out = new double[ps.length];
        if (total == 0) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        long[] bins = new long[counts.size()];
        int i = 0;
        for (Long b : counts.keySet()) {
            bins[i++] = b;
        }
        Arrays.sort(bins);
        for (int k = 0; k < ps.length; k++) {
            long rank = Math.max(1, (long) Math.ceil(ps[k] / 100.0 * total - 1e-9));
            long seen = 0;
            for (long b : bins) {
                seen += counts.get(b)[0];
                if (seen >= rank) {
                    out[k] = metric.valueOf(b);
                    break;
                }
            }
        }
        return out;
    }
}
