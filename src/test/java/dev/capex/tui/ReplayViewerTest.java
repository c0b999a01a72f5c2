package dev.capex.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.capex.analysis.Replay;
import dev.capex.engine.model.GameState;
import dev.capex.save.SaveJson;
import dev.capex.save.TestGames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An analyst replays a saved game on the dashboard, quarter by quarter, and cannot change it. */
class ReplayViewerTest {
    private static Replay.Result fourQuarters;

    @BeforeAll
    static void aSavedGame() {
        fourQuarters = Replay.run(TestGames.save(TestGames.played(7, "Seeds", 4)));
    }

    private static Screens<ReplayViewer> open(Replay.Result r, int columns, int rows) {
        return new Screens<>(columns, rows, s -> new ReplayViewer(r, "seeds.json", s, true));
    }

    private static void contains(String screen, String... parts) {
        for (String p : parts) {
            assertTrue(screen.contains(p), "expected '" + p + "' on screen:\n" + screen);
        }
    }

    private static void absent(String screen, String... parts) {
        for (String p : parts) {
            assertFalse(screen.contains(p), "did not expect '" + p + "' on screen:\n" + screen);
        }
    }

    private static GameState after(int quarters) {
        return fourQuarters.quarters().get(quarters - 1).result().state();
    }

    @Test
    void opensOnTheFirstQuarterWithTheReplayHeaderAndOnlyTheKeysThatWork() {
        Screens<ReplayViewer> v = open(fourQuarters, 80, 24);
        String s = v.screen();
        contains(s, "REPLAY · 2025Q2 · 1 of 4 · meta-2025 · team Seeds · seed 7", "FINANCE", "AI RACE",
                Fmt.money(after(1).cashM()), "DECISIONS in 2025Q2", "1. Done:", "NEWS from 2025Q2",
                "←→ quarter", "r result", "? help", "q quit");
        String[] rows = s.split("\n");
        absent(s, "QUEUED");
        absent(rows[23], " n new", "e end qtr", "Del drop", "edit");
        assertEquals(24, rows.length, s);
        assertTrue(rows[23].contains("q quit"), "the key bar is the last row:\n" + s);
    }

    @Test
    void inGermanTheReplayReadsInGermanWithTheSameFigures() {
        dev.capex.report.Msg.use("de");
        try {
            Screens<ReplayViewer> v = open(fourQuarters, 80, 24);
            String s = v.screen();
            contains(s, "WIEDERGABE · 2025Q2 · 1 von 4 · meta-2025 · Team Seeds · Seed 7", "FINANZEN",
                    Fmt.money(after(1).cashM()), "ENTSCHEIDUNGEN in 2025Q2", "←→ Quartal", "r Erg.", "? Hilfe",
                    "q Ende");
            assertTrue(s.split("\n")[23].contains("q Ende"), "the quit key fits the German key bar at 80 columns:\n" + s);
            for (String english : new String[] {"REPLAY ·", "DECISIONS", "q quit", "? help"}) {
                assertTrue(!s.contains(english), "'" + english + "' on the German screen:\n" + s);
            }
            v.key(KeyType.End);
            contains(v.screen(), "WIEDERGABE · 2026Q1 · 4 von 4", "Der Spielstand endet hier");
            v.type("?");
            contains(v.screen(), "Hilfe", "die Wiedergabe verlassen");
        } finally {
            dev.capex.report.Msg.use("en");
        }
    }

    @Test
    void theArrowsStepThroughTheQuartersAndHomeEndJump() {
        Screens<ReplayViewer> v = open(fourQuarters, 80, 24);
        v.key(KeyType.ArrowRight);
        assertEquals(2, v.view.at());
        contains(v.screen(), "REPLAY · 2025Q3 · 2 of 4", "change since 2025Q2", Fmt.money(after(2).cashM()),
                "DECISIONS in 2025Q3", "NEWS from 2025Q3");
        v.type("p");
        contains(v.screen(), "REPLAY · 2025Q2 · 1 of 4");
        v.type("n").type("n");
        contains(v.screen(), "REPLAY · 2025Q4 · 3 of 4", Fmt.money(after(3).cashM()));
        v.key(KeyType.End);
        contains(v.screen(), "REPLAY · 2026Q1 · 4 of 4", "The save ends here", "capex play --continue seeds.json");
        v.key(KeyType.ArrowRight);
        assertEquals(4, v.view.at(), "no step past the last quarter");
        contains(v.screen(), "last quarter of the save");
        v.key(KeyType.Home);
        contains(v.screen(), "REPLAY · 2025Q2 · 1 of 4");
        v.key(KeyType.ArrowLeft);
        assertEquals(1, v.view.at());
        contains(v.screen(), "first quarter of the save");
    }

    @Test
    void rShowsTheQuartersResultAndTheArrowsThereMoveToTheNextResult() {
        Screens<ReplayViewer> v = open(fourQuarters, 80, 24);
        v.key(KeyType.ArrowRight).type("r");
        int was = after(1).lab().ai().rank();
        int now = after(2).lab().ai().rank();
        contains(v.screen(), "2025Q3 result (replay)", "2025Q3 result · turn 2 of 15", "Income statement", "Revenue",
                "EBITDA", "Net income", "Cash flow", "arena rank #" + now + " (was #" + was + ",",
                "Esc close · ←→ quarter");
        v.key(KeyType.PageDown);
        contains(v.screen(), "Your decisions", "Done:");
        v.key(KeyType.End);
        contains(v.screen(), "Competitors' moves");
        v.key(KeyType.ArrowRight);
        assertEquals(3, v.view.at());
        contains(v.screen(), "2025Q4 result (replay)", "Income statement");
        v.key(KeyType.Escape);
        contains(v.screen(), "REPLAY · 2025Q4 · 3 of 4", "DECISIONS in 2025Q4");
        assertFalse(v.view.isDone(), "Escape on the result only closes it");
    }

    @Test
    void aTallerTerminalShowsTheCompanyTheTurnAndLongerKeyNames() {
        Screens<ReplayViewer> v = open(fourQuarters, 120, 40);
        contains(v.screen(), "REPLAY · Meta Platforms · 2025Q2 · quarter 1 of 4 in the save · turn 1/15",
                "Interest last qtr", "Star researchers", "quarter's result", "scorecard", "q Esc", "DECISIONS in 2025Q2");
        v.key(KeyType.End);
        contains(v.screen(), "2026Q1 · quarter 4 of 4", Fmt.money(after(4).cashM()));
        v.resize(70, 20);
        contains(v.screen(), "needs a terminal of at least 80x24");
        v.resize(80, 24);
        contains(v.screen(), "REPLAY · 2026Q1 · 4 of 4");
    }

    @Test
    void noLeverCanBePulledAndQuitLeavesAtOnce() {
        Screens<ReplayViewer> v = open(fourQuarters, 100, 30);
        v.type("e");
        contains(v.screen(), "A replay is read-only", "capex branch seeds.json --at QUARTER");
        absent(v.screen(), "End 2025Q2", "New decision");
        v.type("?");
        contains(v.screen(), "Help", "the previous / next quarter", "the quarter's result", "leave the replay");
        v.key(KeyType.Escape);
        assertFalse(v.view.isDone());
        v.type("q");
        assertTrue(v.view.isDone());
        Screens<ReplayViewer> w = open(fourQuarters, 100, 30);
        w.key(KeyType.Escape);
        assertTrue(w.view.isDone(), "Escape on the dashboard leaves the replay");
    }

    @Test
    void aFinishedGameEndsOnGameOverAndItsScorecard() {
        Replay.Result whole = Replay.run(TestGames.save(TestGames.played(7, "Seeds", 15)));
        Screens<ReplayViewer> v = open(whole, 100, 30);
        v.key(KeyType.End);
        contains(v.screen(), "REPLAY · 2028Q4 · 15 of 15", "GAME OVER", "Game over, s shows the scorecard");
        v.type("s");
        contains(v.screen(), "Scorecard", "The game is over");
    }

    @Test
    void withoutAConsoleReplayPrintsTheTextAndSaysWhy(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("seeds.json");
        Files.writeString(file, SaveJson.write(fourQuarters.save()), StandardCharsets.UTF_8);
        TestGames.Run r = TestGames.capex("replay", file.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("no terminal to show the replay on"), r.err());
        assertTrue(r.out().contains("Replay of " + file), r.out());
        TestGames.Run plain = TestGames.capex("replay", file.toString(), "--plain");
        assertEquals(0, plain.exit(), plain.err());
        assertFalse(plain.err().contains("no terminal"), "--plain asks for text: no note\n" + plain.err());
        assertEquals(r.out(), plain.out());
    }
}
