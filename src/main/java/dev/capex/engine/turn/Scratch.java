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

    /** Makes room for {@code n} cohorts. */
    public void cohorts(int n) {
        if (n > cohorts.length) {
            int m = Math.max(n, cohorts.length * 2);
            cohorts = new GpuCohort[m];
            generations = new Scenario.GpuGeneration[m];
            efficiency = new double[m];
            order = new int[m];
        }
    }
}
