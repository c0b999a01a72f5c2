package dev.capex.engine.levers;

import static dev.capex.engine.levers.Checks.require;

import dev.capex.engine.decision.Decision.TrainingShare;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.event.Reason;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Policy;
import dev.capex.engine.model.Scenario.Ai;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.turn.Turn;

/** The share of online compute that trains models; the rest serves ads and products (less what is resold). */
public final class TrainingShareRule extends LeverRule<TrainingShare, Void> {
    public TrainingShareRule() {
        super(TrainingShare.class);
    }

    /** The shares of compute that train and that serve. */
    public record Done(double training, double serving) implements GameEvent.Outcome {
    }

    @Override
    public Void check(Turn w, TrainingShare s) throws Refusal {
        Ai ai = w.sc.ai();
        if (!(s.share() >= ai.minTrainingShare() && s.share() <= ai.maxTrainingShare())) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(
                Reason.Kind.TRAINING_RANGE, ai.minTrainingShare() * 100, ai.maxTrainingShare() * 100);
        }
        require(s.share() + w.policy.resaleShare() <= 1.0 + 1e-9, Reason.Kind.OVER_COMPUTE);
        return null;
    }

    @Override
    public Done apply(Turn w, TrainingShare s, Void terms) {
        Policy p = w.policy;
        w.policy = p.withTrainingShare(s.share());
        return new Done(s.share(), 1 - s.share() - w.policy.resaleShare());
    }

    @Override
    public Decision random(Scenario sc, GameState s, RandomStream r) {
        return new TrainingShare(0.1 + 0.7 * r.nextDouble());
    }
}
