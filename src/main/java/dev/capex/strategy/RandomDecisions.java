package dev.capex.strategy;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.levers.LeverRules;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.random.RandomStream;

/** Draws one decision of any kind with plausible (not always valid) fields: for the random bot and for tests. */
public final class RandomDecisions {
    private RandomDecisions() {
    }

    /** A lever drawn uniformly from the registry, then a decision from that lever's own generator. */
    public static Decision any(Scenario sc, GameState s, RandomStream r) {
        return LeverRules.ALL.get(r.nextInt(LeverRules.ALL.size())).random(sc, s, r);
    }
}
