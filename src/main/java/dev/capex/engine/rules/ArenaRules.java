package dev.capex.engine.rules;

import dev.capex.engine.math.FdlibmLog;
import dev.capex.engine.turn.Turn;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.*;
import dev.capex.engine.model.Scenario.Ai;

/**
 * Step 6: AI progress. The running training run accumulates effective compute = training H100e x
 * efficiency, efficiency = talent factor x data factor x technique (industry-wide algorithmic progress);
 * a finished run releases a model whose Elo = a + k log10(compute / reference) (+ the reasoning step)
 * + noise. Rank = 1 + the number of other labs' models with a higher Elo. Old models retire.
 */
public final class ArenaRules {
    private static final long META_RELEASE_STREAM = dev.capex.engine.random.RandomStreams.nameHash("meta.release");

    private ArenaRules() {
    }

    public static double talentFactor(Turn w) {
        var tal = w.sc.talent();
        return (1 + tal.factorK() * FdlibmLog.log(1 + WorkforceRules.productiveStars(w) / tal.factorScale())) * w.lab.ai.morale()
                * WorkforceRules.labPace(w);
    }

    public static double dataFactor(Ai ai, double dataQuality) {
        return ai.dataFactorBase() + ai.dataFactorSlope() * dataQuality;
    }

    public static double efficiency(Turn w) {
        return talentFactor(w) * dataFactor(w.sc.ai(), w.lab.ai.dataQuality()) * w.world.macro.techniqueIndex();
    }

    /** Elo of a model trained on this effective compute, before noise. */
    public static double elo(Ai ai, double compute, boolean reasoning) {
        double c = Math.max(compute, ai.referenceCompute() * 1e-3);
        return ai.eloBase() + ai.eloPerDecade() * FdlibmLog.log10(c / ai.referenceCompute())
                + (reasoning ? ai.reasoningElo() : 0);
    }

    public static void progress(Turn w) {
        Ai ai = w.sc.ai();
        var a = w.lab.ai;
        boolean reasoning = a.reasoning();
        if (!reasoning && w.lab.stars >= ai.reasoningStarsRequired() && a.dataQuality() >= ai.reasoningDataRequired()) {
            reasoning = true;
            w.event(GameEvent.Milestone.reasoning(w.lab.stars, a.dataQuality(), ai.reasoningElo()));
        }
        double compute = a.runCompute() + a.trainingH100e() * efficiency(w);
        int quarters = a.runQuarters() + 1;
        int runNumber = a.runNumber();
        double best = a.bestElo();
        String bestModel = a.bestModel();
        // The release noise is drawn every quarter from Meta's own stream so that its position never shifts.
        double noise = w.random.reuse(w.q, META_RELEASE_STREAM).nextGaussian() * ai.eloNoiseSd();
        boolean holdNext = a.holdNext();
        java.util.List<AiState.HeldModel> held = a.held();
        if (quarters >= ai.runLengthQuarters()) {
            double elo = elo(ai, compute, reasoning) + noise;
            String name = modelName(ai, runNumber);
            if (holdNext) {
                // Held back (as Meta held back Behemoth): its compute is spent, it enters no arena and
                // changes no rank until the player releases it.
                held = new java.util.ArrayList<>(held);
                held.add(new AiState.HeldModel(name, elo, w.q));
                holdNext = false;
                w.event(new GameEvent.ModelHeld(name, elo, rankAmongOthers(w, elo)));
            } else {
                double previousBest = best;
                if (elo > best) {
                    best = elo;
                    bestModel = name;
                    w.world.arena.removeMeta();
                    w.world.arena.add("Meta", name, elo, w.q, true);
                }
                w.event(new GameEvent.ModelReleased("Meta", name, elo, rankAmongOthers(w, Math.max(elo, previousBest)),
                        true, previousBest));
            }
            compute = 0;
            quarters = 0;
            runNumber++;
        }
        retire(w, ai);
        int rank = rankAmongOthers(w, best);
        a.setProgress(compute, quarters, runNumber, reasoning, best, bestModel, rank, holdNext, held);
    }

    /** The name of Meta's run number {@code runNumber} (0 = the first run of the game). */
    public static String modelName(Ai ai, int runNumber) {
        return runNumber < ai.modelNames().size() ? ai.modelNames().get(runNumber) : "Llama run " + (runNumber + 1);
    }

    /** The Elo a held model scores if released now: what it scored when it finished, less its staleness. */
    public static double releaseElo(Turn w, AiState.HeldModel m) {
        return m.elo() - w.sc.ai().heldEloLossPerQuarter() * w.q.minus(m.finished());
    }

    /**
     * Releases a held model now: it enters the arena at its {@link #releaseElo} if that beats Meta's best, and
     * leaves the held list. Returns the event that says so.
     */
    public static GameEvent.ModelReleased release(Turn w, AiState.HeldModel m) {
        AiState a = w.lab.ai.record();
        double elo = releaseElo(w, m);
        double previousBest = a.bestElo();
        double best = previousBest;
        String bestModel = a.bestModel();
        if (elo > best) {
            best = elo;
            bestModel = m.name();
            w.world.arena.removeMeta();
            w.world.arena.add("Meta", m.name(), elo, w.q, true);
        }
        java.util.List<AiState.HeldModel> held = new java.util.ArrayList<>(a.held());
        held.remove(m);
        w.lab.ai.set(new AiState(a.runCompute(), a.runQuarters(), a.runNumber(), a.dataQuality(), a.inferenceEfficiency(),
                a.reasoning(), best, bestModel, rankAmongOthers(w, best), a.morale(), a.gpusOnline(), a.gpusIdle(),
                a.h100eOnline(), a.trainingH100e(), a.holdNext(), held));
        GameEvent.ModelReleased e = new GameEvent.ModelReleased("Meta", m.name(), elo,
                rankAmongOthers(w, Math.max(elo, previousBest)), true, previousBest);
        w.event(e);
        return e;
    }

    private static void retire(Turn w, Ai ai) {
        if (w.oldestRivalModelAge() > ai.retireAfterQuarters()) { // else none to retire: no scan
            w.world.arena.retireOthersReleasedBefore(w.q.ordinal() - ai.retireAfterQuarters()); // released more than that many quarters ago
        }
    }

    /** 1 + the number of other labs' models above this Elo. */
    public static int rankAmongOthers(Turn w, double elo) {
        return w.metaRank(elo); // ArenaRank.ofMeta over the arena's Elos as an array
    }
}
