package dev.capex.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.GpuCohort;
import dev.capex.engine.model.Scenario;
import dev.capex.strategy.Plan;
import dev.capex.strategy.Strategy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Meta's 2025 moves as the seeds' plan makes them (scenarios/plans/seeds-2025.json): every decision is applied
 * in every world, and the GPUs the plan buys in 2025 add up to the seeds' "more than 1.3 million" with the
 * power Meta had: none of them idle for want of power once installed, unless a grid connection is late. (Capex inside the guidance:
 * BaselinePlausibilityTest.)
 */
class Seeds2025Test {
    static final int WORLDS = 60;

    @Test
    void theSeedsPlanIsNeverRefusedAndItsGpusAddUpAndRunOnMetasPower() throws Exception {
        Scenario sc = TestWorld.baseline();
        Strategy plan = Strategy.of(Plan.load(Path.of("scenarios/plans/seeds-2025.json")));
        List<Long> owned = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int idleWorlds = 0;
        for (int seed = 1; seed <= WORLDS; seed++) {
            GameState s = Engine.start(sc, seed);
            while (!s.isOver() && s.quarter().year() < 2027) {
                QuarterResult r = Engine.resolve(sc, s, plan.decide(sc, s));
                for (GameEvent e : r.events()) {
                    if (e instanceof GameEvent.DecisionRefused x) {
                        refused.add("seed " + r.state().seed() + " " + s.quarter() + ": " + x.decision().summary()
                                + " — " + dev.capex.report.EngineText.english(x.reason()));
                    }
                }
                s = r.state();
                if (s.quarter().toString().equals("2026Q1")) {
                    owned.add(s.fleet().cohorts().stream().mapToLong(GpuCohort::units).sum());
                }
                if (s.quarter().toString().equals("2026Q2")) {
                    // The GPUs delivered by the end of 2025 are installed in 2026Q1: all of them have power, unless
                    // the grid connection of the campuses' new halls was late (sites' powerDelayProbability).
                    if (s.latest().gpusIdle() > 0) {
                        idleWorlds++;
                    }
                }
            }
        }
        assertTrue(idleWorlds <= WORLDS / 10, "GPUs idle for want of power in 2026Q1 in " + idleWorlds + " of "
                + WORLDS + " worlds");
        assertEquals(List.of(), refused, "the seeds' plan is made as Meta made it: nothing refused");
        Collections.sort(owned);
        long median = owned.get(owned.size() / 2);
        assertTrue(median >= 1_250_000 && median <= 1_450_000, "about 1.3M GPUs at the end of 2025: " + median);
    }
}
