package dev.capex.engine.turn;

import dev.capex.engine.model.AiState;
import java.util.List;

/**
 * Meta's lab's {@link AiState} while a game is played: the same components, read by the same names, written
 * in place by the steps that move them every quarter (compute, AI progress), so a quarter makes no record.
 * {@link #record()} makes the record when the state is built or a rule wants a snapshot, and keeps it until
 * the next write. Rules that change the lab rarely hand a whole record to {@link #set}.
 */
public final class WorkingAi {
    private double runCompute;
    private int runQuarters;
    private int runNumber;
    private double dataQuality;
    private double inferenceEfficiency;
    private boolean reasoning;
    private double bestElo;
    private String bestModel;
    private int rank;
    private double morale;
    private long gpusOnline;
    private long gpusIdle;
    private double h100eOnline;
    private double trainingH100e;
    private boolean holdNext;
    private List<AiState.HeldModel> held;
    /** The record of the components as they are now, or null after a write (made again when asked). */
    private AiState record;

    WorkingAi(AiState a) {
        set(a);
    }

    /** Takes every component from {@code a} (a rule that made a whole new record). */
    public void set(AiState a) {
        runCompute = a.runCompute();
        runQuarters = a.runQuarters();
        runNumber = a.runNumber();
        dataQuality = a.dataQuality();
        inferenceEfficiency = a.inferenceEfficiency();
        reasoning = a.reasoning();
        bestElo = a.bestElo();
        bestModel = a.bestModel();
        rank = a.rank();
        morale = a.morale();
        gpusOnline = a.gpusOnline();
        gpusIdle = a.gpusIdle();
        h100eOnline = a.h100eOnline();
        trainingH100e = a.trainingH100e();
        holdNext = a.holdNext();
        held = a.held();
        record = a;
    }

    /** The record of the lab as it is now (the same object until the next write). */
    public AiState record() {
        AiState r = record;
        if (r == null) {
            r = new AiState(runCompute, runQuarters, runNumber, dataQuality, inferenceEfficiency, reasoning, bestElo,
                    bestModel, rank, morale, gpusOnline, gpusIdle, h100eOnline, trainingH100e, holdNext, held);
            held = r.held(); // the record's own (immutable) copy: the next record takes it as it is
            record = r;
        }
        return r;
    }

    /** Morale: as {@link AiState#withMorale}. */
    public void setMorale(double newMorale) {
        if (Double.doubleToRawLongBits(newMorale) != Double.doubleToRawLongBits(morale)) {
            morale = newMorale;
            record = null;
        }
    }

    /** Data quality and inference efficiency: as {@link AiState#withData}. */
    public void setData(double newDataQuality, double newInferenceEfficiency) {
        dataQuality = newDataQuality;
        inferenceEfficiency = newInferenceEfficiency;
        record = null;
    }

    /** This quarter's compute: as {@link AiState#withCompute}. */
    public void setCompute(long online, long idle, double newH100eOnline, double newTrainingH100e) {
        gpusOnline = online;
        gpusIdle = idle;
        h100eOnline = newH100eOnline;
        trainingH100e = newTrainingH100e;
        record = null;
    }

    /** A quarter of training: the run, reasoning, the best model so far, the rank, and the held models. */
    public void setProgress(double newRunCompute, int newRunQuarters, int newRunNumber, boolean newReasoning,
            double newBestElo, String newBestModel, int newRank, boolean newHoldNext, List<AiState.HeldModel> newHeld) {
        runCompute = newRunCompute;
        runQuarters = newRunQuarters;
        runNumber = newRunNumber;
        reasoning = newReasoning;
        bestElo = newBestElo;
        bestModel = newBestModel;
        rank = newRank;
        holdNext = newHoldNext;
        held = newHeld;
        record = null;
    }

    public double runCompute() {
        return runCompute;
    }

    public int runQuarters() {
        return runQuarters;
    }

    public int runNumber() {
        return runNumber;
    }

    public double dataQuality() {
        return dataQuality;
    }

    public double inferenceEfficiency() {
        return inferenceEfficiency;
    }

    public boolean reasoning() {
        return reasoning;
    }

    public double bestElo() {
        return bestElo;
    }

    public String bestModel() {
        return bestModel;
    }

    public int rank() {
        return rank;
    }

    public double morale() {
        return morale;
    }

    public long gpusOnline() {
        return gpusOnline;
    }

    public long gpusIdle() {
        return gpusIdle;
    }

    public double h100eOnline() {
        return h100eOnline;
    }

    public double trainingH100e() {
        return trainingH100e;
    }

    public boolean holdNext() {
        return holdNext;
    }

    public List<AiState.HeldModel> held() {
        return held;
    }
}
