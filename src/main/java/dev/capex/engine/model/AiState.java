package dev.capex.engine.model;

/** Meta's lab: the running training run, data, talent effects and the best model so far. */
public record AiState(double runCompute, int runQuarters, int runNumber, double dataQuality,
        double inferenceEfficiency, boolean reasoning, double bestElo, String bestModel, int rank,
        double morale, long gpusOnline, long gpusIdle, double h100eOnline, double trainingH100e) {
}
