package dev.capex.engine.levers;

import static dev.capex.engine.levers.Checks.require;

import dev.capex.engine.decision.Decision.ModelRelease;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.event.Reason;
import dev.capex.engine.model.AiState;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Ids;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.rules.ArenaRules;
import dev.capex.engine.turn.Turn;
import java.util.ArrayList;
import java.util.List;

/**
 * Hold back the run in training when it finishes, release a held model, or cancel a hold. A held model has
 * cost its compute and buys nothing (no arena entry, rank, revenue or valuation effect) until released; released
 * later, it scores what it scored when it finished less {@code ai.heldEloLossPerQuarter} per quarter held (the
 * frontier moves on). The default, without a decision, is today's: every finished run is released at once.
 */
public final class ModelReleaseRule extends LeverRule<ModelRelease, ModelReleaseRule.Terms> {
    public ModelReleaseRule() {
        super(ModelRelease.class);
    }

    /** What the decision does: hold the run in training, cancel that hold, or release a held model. */
    public enum Kind { HOLD, CANCEL_HOLD, RELEASE }

    public record Terms(Kind kind, String model, AiState.HeldModel held) {
    }

    /**
     * What was done: the model, and for a release the Elo it scored when it finished, the Elo it is released at
     * (after staleness), the quarters it was held, its arena rank and whether it is Meta's best.
     */
    public record Done(Kind kind, String model, double finishedElo, double releasedElo, int quartersHeld, int rank,
            boolean best, int quartersToFinish) implements GameEvent.Outcome {
    }

    @Override
    public Terms check(Turn w, ModelRelease d) throws Refusal {
        String action = d.action() == null ? "" : d.action().trim();
        String model = d.model() == null ? "" : d.model().trim();
        AiState a = w.lab.ai.record();
        String training = ArenaRules.modelName(w.sc.ai(), a.runNumber());
        boolean namesTraining = model.isEmpty() || Ids.same(model, training);
        if ("hold".equalsIgnoreCase(action)) {
            if (!(namesTraining)) { // (no lambda made: C1 allocates each through a method handle)
                throw new Refusal(find(a, model) != null ? Reason.Kind.ONLY_TRAINING_HELD
                    : Reason.Kind.ONLY_TRAINING_NOT, training, model);
            }
            if (a.holdNext()) { // (no lambda made: C1 allocates each through a method handle)
                throw new Refusal(Reason.Kind.ALREADY_HOLD, training);
            }
            return new Terms(Kind.HOLD, training, null);
        }
        if (!("release".equalsIgnoreCase(action))) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.ACTION, action);
        }
        AiState.HeldModel h = find(a, model);
        if (h != null) {
            return new Terms(Kind.RELEASE, h.name(), h);
        }
        if (namesTraining && a.holdNext()) {
            return new Terms(Kind.CANCEL_HOLD, training, null);
        }
        List<String> names = new ArrayList<>();
        a.held().forEach(x -> names.add(x.name()));
        throw names.isEmpty()
                ? namesTraining ? new Refusal(Reason.Kind.NO_HELD_TRAINING, training) : new Refusal(Reason.Kind.NO_HELD, model)
                : new Refusal(Reason.Kind.HELD_NOT, model, names);
    }

    private static AiState.HeldModel find(AiState a, String model) {
        for (AiState.HeldModel h : a.held()) {
            if (Ids.same(h.name(), model)) {
                return h;
            }
        }
        return null;
    }

    @Override
    public Done apply(Turn w, ModelRelease d, Terms t) {
        AiState a = w.lab.ai.record();
        int left = Math.max(0, w.sc.ai().runLengthQuarters() - a.runQuarters() - 1);
        switch (t.kind()) {
            case HOLD, CANCEL_HOLD -> {
                boolean hold = t.kind() == Kind.HOLD;
                w.lab.ai.set(new AiState(a.runCompute(), a.runQuarters(), a.runNumber(), a.dataQuality(),
                        a.inferenceEfficiency(), a.reasoning(), a.bestElo(), a.bestModel(), a.rank(), a.morale(),
                        a.gpusOnline(), a.gpusIdle(), a.h100eOnline(), a.trainingH100e(), hold, a.held()));
                return new Done(t.kind(), t.model(), 0, 0, 0, a.rank(), false, left);
            }
            default -> {
                GameEvent.ModelReleased e = ArenaRules.release(w, t.held());
                return new Done(Kind.RELEASE, t.model(), t.held().elo(), e.elo(), w.q.minus(t.held().finished()),
                        e.rank(), e.elo() > e.previousBest(), left);
            }
        }
    }

    @Override
    public Decision random(Scenario sc, GameState s, RandomStream r) {
        List<AiState.HeldModel> held = s.lab().ai().held();
        if (!held.isEmpty() && r.nextDouble() < 0.6) {
            return new ModelRelease("release", held.get(r.nextInt(held.size())).name());
        }
        return new ModelRelease(r.nextDouble() < 0.8 ? "hold" : "release", "");
    }
}
