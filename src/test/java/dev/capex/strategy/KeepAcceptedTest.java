package dev.capex.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.Engine;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.random.RandomStreams;
import dev.capex.scenario.ScenarioLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bots' fast filter of refused decisions keeps exactly what previewing each one would keep. */
class KeepAcceptedTest {

    @Test
    void oneByOneAndOnePreviewPerRefusalKeepTheSameDecisions() throws Exception {
        Scenario sc = ScenarioLoader.resolve("meta-2025");
        int refusedSomewhere = 0;
        for (long seed = 1; seed <= 4; seed++) {
            GameState s = Engine.start(sc, seed);
            while (!s.isOver()) {
                // Random levers, many of them refused (too big, wrong site, not yet available...).
                RandomStream r = new RandomStreams(seed * 7919).stream(s.quarter(), "test.keepAccepted");
                List<Decision> wanted = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    wanted.add(RandomDecisions.any(sc, s, r));
                }
                List<Decision> slow = Bots.keepAcceptedOneByOne(sc, s, wanted);
                List<Decision> fast = Bots.keepAccepted(sc, s, wanted);
                assertEquals(slow, fast, "seed " + seed + " " + s.quarter());
                if (slow.size() < wanted.size()) {
                    refusedSomewhere++;
                }
                s = Engine.resolve(sc, s, fast).state();
            }
        }
        assertTrue(refusedSomewhere > 10, "the random levers were refused in only " + refusedSomewhere + " quarters");
    }
}
