package dev.capex.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.Engine;
import dev.capex.engine.LiveGame;
import dev.capex.engine.QuarterResult;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario;
import dev.capex.scenario.ScenarioLoader;
import dev.capex.strategy.Bots;
import dev.capex.strategy.Strategy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A game played on in one working state ({@link LiveGame}) must stand exactly where the same decisions
 * resolved quarter by quarter from each quarter's state ({@link Engine#resolve}) stand: the same state
 * (digest), events and statements after every quarter, on every built-in scenario, for every bot, whether
 * the state is built after every quarter, never until the end, or now and then (the working lists are
 * shared with a built state copy-on-write: a later quarter must not write into a state already built).
 */
class LiveGameEquivalenceTest {

    @Test
    void aGamePlayedOnInPlaceEqualsTheGameResolvedStateByState() throws Exception {
        int quarters = 0;
        for (String name : ScenarioLoader.BUILT_IN) {
            Scenario sc = ScenarioLoader.resolve(name);
            for (Map.Entry<String, Strategy> bot : Bots.all().entrySet()) {
                for (long seed = 1; seed <= 2; seed++) {
                    quarters += compare(sc, bot.getKey(), bot.getValue(), seed);
                }
            }
        }
        assertTrue(quarters > 500, quarters + " quarters: too few to compare");
    }

    /** Plays one world three ways; returns the quarters compared. */
    private static int compare(Scenario sc, String botName, Strategy bot, long seed) {
        String where = sc.id() + " " + botName + " seed " + seed;
        LiveGame every = LiveGame.start(sc, seed); // the state built after every quarter
        LiveGame never = LiveGame.start(sc, seed); // built only at the end
        LiveGame sometimes = LiveGame.start(sc, seed); // built after odd quarters, and kept to check later
        GameState s = Engine.start(sc, seed);
        GameState builtEarlier = null;
        String builtEarlierDigest = null;
        int n = 0;
        while (!s.isOver()) {
            List<Decision> d = bot.decide(sc, s);
            QuarterResult r = Engine.resolve(sc, s, d);
            String at = where + " " + s.quarter();
            assertEquals(d, bot.decide(sc, every), at + ": the bot decides differently on a live game");
            QuarterResult live = every.resolve(d);
            List<GameEvent> neverEvents = never.play(d);
            sometimes.play(d);
            String digest = Engine.digest(r.state());
            assertEquals(digest, Engine.digest(live.state()), at + ": the state differs");
            assertEquals(r.state(), live.state(), at + ": the state differs");
            assertEquals(r.events(), live.events(), at + ": the events differ");
            assertEquals(r.events(), neverEvents, at + ": the events differ (state not built)");
            assertEquals(r.statements(), live.statements(), at + ": the statements differ");
            assertEquals(r.statements(), never.statements(), at + ": the statements differ (state not built)");
            assertEquals(r.state().latest(), never.latest(), at + ": the latest figures differ");
            assertEquals(r.state().isOver(), never.isOver(), at);
            if (n % 2 == 1) {
                builtEarlier = sometimes.state();
                builtEarlierDigest = Engine.digest(builtEarlier);
                assertEquals(digest, builtEarlierDigest, at + ": the state built now and then differs");
            }
            if (builtEarlier != null) {
                assertEquals(builtEarlierDigest, Engine.digest(builtEarlier), at + ": a later quarter wrote into a built state");
            }
            s = r.state();
            n++;
        }
        assertEquals(Engine.digest(s), Engine.digest(never.state()), where + ": the final state differs (built once)");
        assertEquals(Engine.digest(s), Engine.digest(sometimes.state()), where + ": the final state differs");
        return n;
    }
}
