package dev.capex.engine.model;

import java.util.List;

/**
 * Meta's lab: the running training run, data, talent effects and the best model so far; whether the run in
 * training is to be held back when it finishes ({@code holdNext}) and the finished models held back, not
 * released (they cost their compute and buy nothing until released).
 */
public record AiState(double runCompute, int runQuarters, int runNumber, double dataQuality,
        double inferenceEfficiency, boolean reasoning, double bestElo, String bestModel, int rank,
        double morale, long gpusOnline, long gpusIdle, double h100eOnline, double trainingH100e, boolean holdNext,
        List<HeldModel> held) {
    public AiState {
        held = held == null ? List.of() : List.copyOf(held);
    }

    /** A finished model held back: its name, the Elo it scored when it finished, and when. */
    public record HeldModel(String name, double elo, Quarter finished) {
    }
}
