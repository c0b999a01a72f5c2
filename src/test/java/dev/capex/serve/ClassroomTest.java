package dev.capex.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.analysis.Replay;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.Scenario;
import dev.capex.save.SaveFile;
import dev.capex.save.SaveJson;
import dev.capex.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The served workshop's state without the network: turns, the timer, undo, an injected card, resume. */
class ClassroomTest {
    final AtomicLong now = new AtomicLong(1_000_000);

    Classroom create(Path dir) throws Exception {
        Scenario sc = ScenarioLoader.load(Path.of("scenarios/meta-2025-workshop.json"));
        return Classroom.create(dir, sc, 3, List.of("Red", "Blue"), 600_000, now::get);
    }

    static Decision credit(long m) {
        return new Decision.PrivateCredit("apollo", m, "corporate", null, 0);
    }

    @Test
    void theTimerPausesExtendsAndRunsOut(@TempDir Path dir) throws Exception {
        Classroom c = create(dir);
        now.addAndGet(120_000);
        assertEquals(480_000, c.remainingMillis());
        c.pause();
        now.addAndGet(300_000);
        assertEquals(480_000, c.remainingMillis(), "a paused timer does not run");
        c.extend(60_000);
        c.resumeTimer();
        assertEquals(540_000, c.remainingMillis());
        assertFalse(c.timeUp());
        now.addAndGet(540_000);
        assertTrue(c.timeUp());
        c.checkpoint();
        Classroom again = Classroom.resume(dir, now::get);
        assertEquals(60_000, again.remainingMillis(), "after a restart a team has at least a minute");
    }

    @Test
    void undoReplaysTheQuarterThenTheTeamGoesOnWithWhatItHadQueued(@TempDir Path dir) throws Exception {
        Classroom c = create(dir);
        Classroom.Team red = c.team("Red");
        red.session().queue(credit(20_000));
        c.queueChanged(red);
        c.setDone(red, true);
        c.setDone(c.team("Blue"), true);
        assertTrue(c.allDone());
        c.advance();
        assertEquals("2025Q3", c.quarter().toString());
        red.session().queue(credit(3_000));
        c.queueChanged(red);

        String said = c.undo(red);
        assertTrue(said.contains("back at 2025Q2"), said);
        assertTrue(c.behind(red));
        assertEquals(List.of(credit(20_000)), red.session().queued(), "its 2025Q2 decisions are queued again");
        assertEquals(0, SaveJson.load(dir.resolve("red.json")).quarters().size(), "the save goes back too");
        assertFalse(c.allDone(), "a team replaying a quarter is not done");
        // Red changes its mind and plays 2025Q2 again, at once; then its 2025Q3 queue is back.
        red.session().clearQueue();
        red.session().queue(credit(5_000));
        c.setDone(red, true);
        assertFalse(c.behind(red));
        assertEquals("2025Q3", red.session().state().quarter().toString());
        assertEquals(List.of(credit(3_000)), red.session().queued(), "what it had queued for 2025Q3 is kept");
        SaveFile save = SaveJson.load(dir.resolve("red.json"));
        assertEquals(List.of(credit(5_000)), save.quarters().get(0).decisions());
        assertTrue(Replay.run(save).matches());
    }

    @Test
    void anInjectedCardHitsEveryTeamInThisQuarterAndTheSavesStillReplay(@TempDir Path dir) throws Exception {
        Classroom c = create(dir);
        c.advance();
        String said = c.inject("rate-shock");
        assertTrue(said.contains("will hit every team when 2025Q3 plays"), said);
        c.advance();
        for (Classroom.Team t : c.teams()) {
            boolean drawn = t.session().lastResult().events().stream().anyMatch(e -> e instanceof GameEvent.CardDrawn d
                    && d.id().startsWith("rate-shock-now-2025Q3"));
            assertTrue(drawn, t.name() + " met the injected card in 2025Q3");
            SaveFile save = SaveJson.load(dir.resolve(t.slug() + ".json"));
            assertTrue(Replay.run(save).matches(), t.name() + "'s save replays with the card");
            assertEquals(2, save.quarters().size());
        }
        Classroom again = Classroom.resume(dir, now::get);
        assertEquals(List.of("rate-shock-now-2025Q3"), again.injected());
    }

    @Test
    void theQueueAndTheEndOfATurnSurviveARestart(@TempDir Path dir) throws Exception {
        Classroom c = create(dir);
        Classroom.Team blue = c.team("Blue");
        blue.session().queue(credit(7_000));
        c.queueChanged(blue);
        c.setDone(blue, true);
        Classroom again = Classroom.resume(dir, now::get);
        assertEquals(List.of(credit(7_000)), again.team("Blue").session().queued(), "the queue survives a restart");
        assertTrue(again.team("Blue").done(), "and so does the end of its turn");
        assertFalse(again.team("Red").done());
    }
}
