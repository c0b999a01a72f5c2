package dev.capex.engine.rules;

import dev.capex.engine.turn.Turn;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.*;
import dev.capex.engine.model.Scenario.Ai;
import java.util.Locale;

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
        return (1 + tal.factorK() * StrictMath.log(1 + WorkforceRules.productiveStars(w) / tal.factorScale())) * w.lab.ai.morale()
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
        return ai.eloBase() + ai.eloPerDecade() * StrictMath.log10(c / ai.referenceCompute())
                + (reasoning ? ai.reasoningElo() : 0);
    }

    public static void progress(Turn w) {
        Ai ai = w.sc.ai();
        AiState a = w.lab.ai;
        boolean reasoning = a.reasoning();
        if (!reasoning && w.lab.stars >= ai.reasoningStarsRequired() && a.dataQuality() >= ai.reasoningDataRequired()) {
            reasoning = true;
            w.event(new GameEvent.Milestone(String.format(Locale.ROOT,
                    "Research milestone: with %d stars and data quality %.0f%%, Meta's lab can train reasoning (RL) "
                            + "models: +%.0f Elo on the next release", w.lab.stars, a.dataQuality() * 100, ai.reasoningElo())));
        }
        double compute = a.runCompute() + a.trainingH100e() * efficiency(w);
        int quarters = a.runQuarters() + 1;
        int runNumber = a.runNumber();
        double best = a.bestElo();
        String bestModel = a.bestModel();
        // The release noise is drawn every quarter from Meta's own stream so that its position never shifts.
        double noise = w.random.stream(w.q, META_RELEASE_STREAM).nextGaussian() * ai.eloNoiseSd();
        if (quarters >= ai.runLengthQuarters()) {
            double elo = elo(ai, compute, reasoning) + noise;
            String name = runNumber < ai.modelNames().size() ? ai.modelNames().get(runNumber)
                    : "Llama run " + (runNumber + 1);
            double previousBest = best;
            if (elo > best) {
                best = elo;
                bestModel = name;
                w.world.arena.removeIf(ArenaModel::meta);
                w.world.arena.add(new ArenaModel("Meta", name, elo, w.q, true));
            }
            w.event(new GameEvent.ModelReleased("Meta", name, elo, rankAmongOthers(w, Math.max(elo, previousBest)),
                    true, previousBest));
            compute = 0;
            quarters = 0;
            runNumber++;
        }
        retire(w, ai);
        int rank = rankAmongOthers(w, best);
        w.lab.ai = a.withProgress(compute, quarters, runNumber, reasoning, best, bestModel, rank);
    }

    private static void retire(Turn w, Ai ai) {
        w.world.arena.removeIf(m -> !m.meta() && w.q.minus(m.released()) > ai.retireAfterQuarters());
    }

    /** 1 + the number of other labs' models above this Elo. */
    public static int rankAmongOthers(Turn w, double elo) {
        return ArenaRank.ofMeta(w.world.arena, elo);
    }
}
