package dev.capex.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.Engine;
import dev.capex.engine.QuarterResult;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.GameStatus;
import dev.capex.engine.model.Scenario;
import dev.capex.scenario.ScenarioLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BotsTest {

    static Stream<Arguments> everyBotInEveryShippedScenario() {
        List<Arguments> out = new ArrayList<>();
        for (String sc : ScenarioLoader.BUILT_IN) {
            for (String bot : Bots.all().keySet()) {
                out.add(Arguments.of(sc, bot));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{1} plays {0} to the end")
    @MethodSource("everyBotInEveryShippedScenario")
    void everyBotPlaysEveryShippedScenarioToTheEndWithoutARefusedDecision(String scenario, String bot)
            throws Exception {
        Scenario sc = ScenarioLoader.resolve(scenario);
        Strategy s = Bots.named(bot);
        for (long seed = 1; seed <= 3; seed++) {
            GameState st = Engine.start(sc, seed);
            while (!st.isOver()) {
                List<Decision> d = s.decide(sc, st);
                QuarterResult r = Engine.resolve(sc, st, d);
                for (GameEvent e : r.events()) {
                    assertFalse(e instanceof GameEvent.DecisionRefused,
                            () -> bot + " sent a decision the engine refused in " + scenario + ": " + dev.capex.report.EventText.text(e));
                }
                st = r.state();
            }
            assertTrue(st.status() == GameStatus.FINISHED || st.status() == GameStatus.DEFAULTED);
            if (st.status() == GameStatus.FINISHED) {
                assertEquals(sc.turns(), st.turn(), bot + " in " + scenario + " seed " + seed);
            }
        }
    }

    @Test
    void everyBotHasANameItIsListedUnderAndADescription() {
        for (Map.Entry<String, Strategy> e : Bots.all().entrySet()) {
            assertEquals(e.getKey(), e.getValue().name());
            assertFalse(e.getValue().description().isBlank());
            assertNotNull(Bots.named(e.getKey()));
        }
        assertEquals(List.of("status-quo", "conservative", "leverage", "asset-light", "talent-first", "random"),
                List.copyOf(Bots.all().keySet()));
    }

    @Test
    void botsDecideTheSameWayGivenTheSameStateSoBatchRunsAreRepeatable() throws Exception {
        Scenario sc = ScenarioLoader.resolve("meta-2025");
        GameState st = Engine.start(sc, 9);
        for (Strategy s : Bots.all().values()) {
            assertEquals(s.decide(sc, st), s.decide(sc, st), s.name());
        }
    }
}
