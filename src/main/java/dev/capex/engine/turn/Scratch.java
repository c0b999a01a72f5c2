package dev.capex.engine.turn;

import dev.capex.engine.model.GpuCohort;
import dev.capex.engine.model.Scenario;

/**
 * Working arrays a step reuses from quarter to quarter in one game (grown when too small, never shrunk):
 * what step 5 sorts the cohorts in. Their contents mean nothing between two uses.
 */
public final class Scratch {
    public GpuCohort[] cohorts = new GpuCohort[16];
    public Scenario.GpuGeneration[] generations = new Scenario.GpuGeneration[16];
    public double[] efficiency = new double[16];
    public int[] order = new int[16];
    /**
     * The cohorts' ids and generations (the very strings) {@link #generations}, {@link #efficiency} and
     * {@link #order} were last worked out for, and how many: while the same cohorts stand in the same
     * places (depreciation writes new records with the same strings), those arrays still hold.
     */
    private String[] madeForIds = new String[16];
    private String[] madeForGenerations = new String[16];
    private int madeForCount = -1;

    /** Makes room for {@code n} cohorts. */
    public void cohorts(int n) {
        if (n > cohorts.length) {
            int m = Math.max(n, cohorts.length * 2);
            cohorts = new GpuCohort[m];
            // the order made so far is kept with what it was made for: the cohorts appended since are only inserted
            generations = java.util.Arrays.copyOf(generations, m);
            efficiency = java.util.Arrays.copyOf(efficiency, m);
            order = java.util.Arrays.copyOf(order, m);
            madeForIds = java.util.Arrays.copyOf(madeForIds, m);
            madeForGenerations = java.util.Arrays.copyOf(madeForGenerations, m);
        }
    }

    /**
     * How many of the first {@code n} of {@link #cohorts} the order was last made for and still stand in the same
     * places: all of those it was made for, or none. An insertion sort of positions that has ordered the first k
     * goes on from k exactly as a sort from scratch does, so cohorts appended since are only inserted.
     */
    public int orderHoldsFor(int n) {
        int k = madeForCount;
        if (k < 0 || k > n) {
            return 0;
        }
        for (int i = 0; i < k; i++) {
            if (cohorts[i].id() != madeForIds[i] || cohorts[i].generation() != madeForGenerations[i]) {
                return 0;
            }
        }
        return k;
    }

    /** Remembers that the order was made for the first {@code n} of {@link #cohorts}. */
    public void orderMade(int from, int n) {
        for (int i = from; i < n; i++) {
            madeForIds[i] = cohorts[i].id();
            madeForGenerations[i] = cohorts[i].generation();
        }
        madeForCount = n;
    }
}
