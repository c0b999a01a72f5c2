package dev.capex.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.Engine;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.Scenario;
import dev.capex.play.GameSession;
import dev.capex.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hot-seat rotation, without a terminal: hand-over, decide, next team; the quarter plays when all are done. */
class HotSeatTest {
    static Scenario workshop() throws Exception {
        return ScenarioLoader.load(Path.of("scenarios", "meta-2025-workshop.json"));
    }

    @Test
    void eachTeamDecidesInTurnAndTheQuarterPlaysOnlyWhenTheLastIsDone() throws Exception {
        HotSeat w = new HotSeat(workshop(), 11, List.of("Red", "Blue", "Green"));
        assertEquals(HotSeat.Phase.HANDOFF, w.phase(), "the first screen is a hand-over: nobody's game is shown");
        assertEquals("Red", w.current().team());
        w.takeKeyboard();
        w.current().queue(new Decision.OrderGpus("B200", 100000));
        w.doneDeciding();
        assertEquals(HotSeat.Phase.HANDOFF, w.phase());
        assertEquals("Blue", w.current().team());
        assertEquals("2025Q2", w.sessions().get(0).state().quarter().toString(), "Red's quarter waits for the others");
        assertEquals(1, w.sessions().get(0).queued().size(), "Red's queue is kept, on Red's own game");
        w.takeKeyboard();
        assertTrue(w.current().queued().isEmpty(), "Blue does not see Red's decisions");
        w.doneDeciding();
        w.takeKeyboard();
        w.current().queue(new Decision.Stake("scale", 0.49));
        w.doneDeciding();
        assertEquals(HotSeat.Phase.READY, w.phase(), "every team is done: the facilitator plays the quarter");
        assertEquals("2025Q2", w.sessions().get(2).state().quarter().toString(), "nothing has played yet");
        // Until then a team can take its turn back: the keyboard goes back to it, its queue as it was.
        w.takeBack("Red");
        assertEquals(HotSeat.Phase.HANDOFF, w.phase());
        assertEquals("Red", w.current().team());
        w.takeKeyboard();
        assertEquals(1, w.current().queued().size());
        w.doneDeciding();
        assertEquals(HotSeat.Phase.READY, w.phase(), "Blue and Green are still done");
        assertThrows(IllegalStateException.class, () -> w.nextQuarter());
        w.playQuarter();
        assertEquals(HotSeat.Phase.LEADERBOARD, w.phase());
        assertEquals("2025Q2", w.quarter().toString());
        for (GameSession s : w.sessions()) {
            assertEquals("2025Q3", s.state().quarter().toString(), s.team() + " has played 2025Q2");
        }
        assertEquals(3, w.lastResults().size());
        assertEquals(3, w.leaderboard(false).teams().size());
        assertEquals(6, w.leaderboard(true).bots().size(), "the bots after as many quarters, as reference");
        w.nextQuarter();
        assertEquals(HotSeat.Phase.HANDOFF, w.phase());
        assertEquals("Red", w.current().team(), "every quarter starts with the first team");
        assertThrows(IllegalStateException.class, w::nextQuarter, "no skipping the teams' turns");
    }

    @Test
    void everyTeamMeetsTheSameWorldAsIfItHadPlayedAlone() throws Exception {
        Scenario sc = workshop();
        HotSeat w = new HotSeat(sc, 11, List.of("Red", "Blue"));
        while (!w.isOver()) {
            switch (w.phase()) {
                case HANDOFF -> w.takeKeyboard();
                case DECIDING -> {
                    if (w.current().team().equals("Red") && w.current().state().turn() == 0) {
                        w.current().queue(new Decision.PrivateCredit("apollo", 15000, "corporate", null, 0));
                    }
                    w.doneDeciding();
                }
                case READY -> w.playQuarter();
                case LEADERBOARD -> w.nextQuarter();
                default -> {
                }
            }
        }
        assertEquals(8, w.sessions().get(0).results().size());
        // Blue did nothing: its game is exactly the do-nothing game of that seed, whoever shared the screen.
        GameSession alone = new GameSession(sc, 11, "Blue");
        while (!alone.state().isOver()) {
            alone.play(List.of());
        }
        assertEquals(Engine.digest(alone.state()), Engine.digest(w.sessions().get(1).state()));
        assertFalse(Engine.digest(alone.state()).equals(Engine.digest(w.sessions().get(0).state())));
        assertEquals(w.sessions().get(0).state().world().firedCards(), w.sessions().get(1).state().world().firedCards(),
                "the same shocks at the same quarters");
    }

    @Test
    void teamNamesMustDiffer() throws Exception {
        Scenario sc = workshop();
        assertThrows(IllegalArgumentException.class, () -> new HotSeat(sc, 1, List.of("Red", "Red")));
        assertThrows(IllegalArgumentException.class, () -> new HotSeat(sc, 1, List.of()));
    }
}
