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

    public AiState withMorale(double newMorale) {
        return new AiState(runCompute, runQuarters, runNumber, dataQuality, inferenceEfficiency, reasoning, bestElo,
                bestModel, rank, newMorale, gpusOnline, gpusIdle, h100eOnline, trainingH100e, holdNext, held);
    }

    /** The same lab with other data quality and inference efficiency (what a stake's target brings or takes). */
    public AiState withData(double newDataQuality, double newInferenceEfficiency) {
        return new AiState(runCompute, runQuarters, runNumber, newDataQuality, newInferenceEfficiency, reasoning,
                bestElo, bestModel, rank, morale, gpusOnline, gpusIdle, h100eOnline, trainingH100e, holdNext, held);
    }

    /** The same lab with this quarter's compute: GPUs online and idle, H100-equivalents online and training. */
    public AiState withCompute(long online, long idle, double newH100eOnline, double newTrainingH100e) {
        return new AiState(runCompute, runQuarters, runNumber, dataQuality, inferenceEfficiency, reasoning, bestElo,
                bestModel, rank, morale, online, idle, newH100eOnline, newTrainingH100e, holdNext, held);
    }

    /** The same lab after a quarter of training: the run, the best model so far and the arena rank. */
    public AiState withProgress(double newRunCompute, int newRunQuarters, int newRunNumber, boolean newReasoning,
            double newBestElo, String newBestModel, int newRank) {
        return new AiState(newRunCompute, newRunQuarters, newRunNumber, dataQuality, inferenceEfficiency, newReasoning,
                newBestElo, newBestModel, newRank, morale, gpusOnline, gpusIdle, h100eOnline, trainingH100e, holdNext,
                held);
    }
}
