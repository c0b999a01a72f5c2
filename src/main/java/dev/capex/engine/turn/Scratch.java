package dev.capex.engine.turn;

import dev.capex.engine.model.GpuCohort;
import dev.capex.engine.model.Scenario;
import java.util.List;

/**
 * Working arrays a step reuses from quarter to quarter in one game (grown when too small, never shrunk):
 * what step 5 orders the fleet's cohorts by (their positions in the fleet's list, read there: the cohorts are not
 * copied, which under G1 would cost a card-marking write barrier per cohort a quarter). Their contents mean nothing
 * between two uses.
 */
public final class Scratch {
    /**
     * Room for this many cohorts at first: the baseline's engine-alone game ends with 17 (two at the start, one a
     * quarter from maintenance capex), read once more by the live scorecard; at 16 the arrays grew then, 0.8 KB.
     */
    private static final int FIRST_ROOM = 20;
    public Scenario.GpuGeneration[] generations = new Scenario.GpuGeneration[FIRST_ROOM];
    public double[] efficiency = new double[FIRST_ROOM];
    public int[] order = new int[FIRST_ROOM];
    /**
     * The cohorts' ids and generations (the very strings) {@link #generations}, {@link #efficiency} and
     * {@link #order} were last worked out for, and how many: while the same cohorts stand in the same
     * places (depreciation writes new records with the same strings), those arrays still hold.
     */
    private String[] madeForIds = new String[FIRST_ROOM];
    private String[] madeForGenerations = new String[FIRST_ROOM];
    private int madeForCount = -1;

    /** Makes room for {@code n} cohorts. */
    public void cohorts(int n) {
        if (n > order.length) {
            int m = Math.max(n, order.length * 2);
            // the order made so far is kept with what it was made for: the cohorts appended since are only inserted
            generations = java.util.Arrays.copyOf(generations, m);
            efficiency = java.util.Arrays.copyOf(efficiency, m);
            order = java.util.Arrays.copyOf(order, m);
            madeForIds = java.util.Arrays.copyOf(madeForIds, m);
            madeForGenerations = java.util.Arrays.copyOf(madeForGenerations, m);
        }
    }

    /**
     * How many of the first {@code n} of {@code cohorts} the order was last made for and still stand in the same
     * places: all of those it was made for, or none. An insertion sort of positions that has ordered the first k
     * goes on from k exactly as a sort from scratch does, so cohorts appended since are only inserted.
     */
    public int orderHoldsFor(List<GpuCohort> cohorts, int n) {
        int k = madeForCount;
        if (k < 0 || k > n) {
            return 0;
        }
        for (int i = 0; i < k; i++) {
            GpuCohort c = cohorts.get(i);
            if (c.id() != madeForIds[i] || c.generation() != madeForGenerations[i]) {
                return 0;
            }
        }
        return k;
    }

    /** Remembers that the order was made for the first {@code n} of {@code cohorts}. */
    public void orderMade(List<GpuCohort> cohorts, int from, int n) {
        for (int i = from; i < n; i++) {
            GpuCohort c = cohorts.get(i);
            madeForIds[i] = c.id();
            madeForGenerations[i] = c.generation();
        }
        madeForCount = n;
    }
}
