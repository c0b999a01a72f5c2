package dev.capex.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.capex.engine.Engine;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.Scenario;
import dev.capex.report.Debrief;
import dev.capex.report.PlanSource;
import dev.capex.report.TeamGame;
import dev.capex.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three teams play the workshop on the dashboard face, on a 100x30 virtual terminal, key by key: the
 * hand-over screen hides the previous team, each team queues on its own dashboard, 'e' hands on, the
 * leaderboard follows the last team, and the three logs replay and compare.
 */
class WorkshopTuiTest {
    DefaultVirtualTerminal terminal;
    WorkshopTui tui;

    void keys(KeyStroke... ks) {
        try {
            for (KeyStroke k : ks) {
                tui.handle(k);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void key(KeyType t) {
        keys(new KeyStroke(t));
    }

    void type(String s) {
        for (char c : s.toCharArray()) {
            keys(new KeyStroke(c, false, false));
        }
    }

    String screen() {
        StringBuilder sb = new StringBuilder();
        TerminalSize size = terminal.getTerminalSize();
        for (int r = 0; r < size.getRows(); r++) {
            for (int c = 0; c < size.getColumns(); c++) {
                sb.append(terminal.getCharacter(new TerminalPosition(c, r)).getCharacterString());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Test
    void threeTeamsPlayTheWorkshopOnOneScreen(@TempDir Path dir) throws Exception {
        Scenario sc = ScenarioLoader.load(Path.of("scenarios", "meta-2025-workshop.json"));
        HotSeat game = new HotSeat(sc, 9, List.of("Red", "Blue", "Green"));
        game.sessions().forEach(s -> s.onQuarterResolved(x -> {
            try {
                DecisionLog.write(dir, x);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        terminal = new DefaultVirtualTerminal(new TerminalSize(100, 30));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        tui = new WorkshopTui(game, screen, false);
        tui.redraw();
        assertTrue(screen().contains("2025Q2: pass the keyboard to Red."), screen());

        // Red: orders GPUs through the dashboard's form (n, then the GPU lever), then hands on with e.
        key(KeyType.Enter);
        assertTrue(screen().contains("Red"), screen());
        assertFalse(screen().contains("market turns") || screen().contains("60-minute"), "the welcome keeps the facilitator's shock a secret:\n" + screen());
        type("n");
        type(String.valueOf((char) ('a' + dev.capex.engine.levers.LeverRules.TYPES.indexOf("orderGpus"))));
        key(KeyType.Tab);
        key(KeyType.End);
        for (int i = 0; i < 16; i++) {
            key(KeyType.Backspace);
        }
        type("300k");
        key(KeyType.Enter);
        assertEquals(List.of(new Decision.OrderGpus("B200", 300_000)), game.sessions().get(0).queued(), screen());
        assertTrue(screen().contains("order 300,000 B200"), "Red sees its queue:\n" + screen());
        // e asks first: any other key keeps the turn going.
        type("e");
        assertTrue(screen().contains("End Red's turn for 2025Q2 with 1 decision?"), screen());
        type("n");
        assertEquals(HotSeat.Phase.DECIDING, game.phase(), "no: Red's turn goes on");
        // q ends the team's turn too (asking first), never the workshop.
        type("q");
        type("y");
        String handOver = screen();
        assertTrue(handOver.contains("2025Q2: pass the keyboard to Blue."), handOver);
        assertFalse(handOver.contains("300,000"), "Red's decisions are hidden from Blue:\n" + handOver);
        assertFalse(tui.isDone(), "a team's q never ends the workshop");
        // Red takes its turn back from the hand-over (b), and ends it again.
        assertTrue(handOver.contains("b: back to Red"), handOver);
        type("b");
        assertTrue(screen().contains("pass the keyboard to Red."), screen());
        key(KeyType.Enter);
        assertEquals(1, game.current().queued().size(), "Red's queue is as it left it");
        type("e");
        type("y");

        // Blue and Green decide nothing this quarter.
        key(KeyType.Enter);
        assertFalse(screen().contains("order 300,000 B200"), "Blue's dashboard shows Blue's game:\n" + screen());
        assertTrue(screen().contains("Team Blue · 2025Q2 · 0:"), "the turn's timer:\n" + screen());
        type("e");
        type("y");
        key(KeyType.Enter);
        type("e");
        type("y");
        // Every team is done: nothing has played yet; the facilitator plays the quarter.
        assertEquals(HotSeat.Phase.READY, game.phase());
        assertEquals("2025Q2", game.sessions().get(0).state().quarter().toString(), "nothing played before Enter");
        assertTrue(screen().contains("Enter plays 2025Q2 for every team"), screen());
        key(KeyType.Enter);
        assertTrue(screen().contains("2025Q2 has been played for every team."), screen());
        assertTrue(screen().contains("Why"), "the leaderboard says why:\n" + screen());
        assertTrue(screen().contains("Reference: the built-in bots in the same world"), screen());
        // Blue and Green did the same (nothing): they share a place.
        List<dev.capex.report.Standings.Row> rows = game.standings();
        int blue = rows.stream().filter(r -> r.team().equals("Blue")).findFirst().orElseThrow().place();
        int green = rows.stream().filter(r -> r.team().equals("Green")).findFirst().orElseThrow().place();
        assertEquals(blue, green, "a tie shares a place");

        // Red's result shows when it takes the keyboard, without a key.
        key(KeyType.Enter);
        key(KeyType.Enter);
        assertTrue(screen().contains("2025Q2 result"), "Red sees its result at once:\n" + screen());

        // The remaining quarters: every team hands on at once.
        while (game.phase() != HotSeat.Phase.OVER) {
            switch (game.phase()) {
                case DECIDING -> {
                    var t = tui.dashboard();
                    if (t.activeWindow() != null && t.activeWindow().getComponent() != t.dashboard()) {
                        key(KeyType.Escape);
                    } else {
                        type("e");
                        type("y");
                    }
                }
                default -> key(KeyType.Enter);
            }
        }
        assertTrue(screen().contains("Final leaderboard"), screen());
        key(KeyType.Enter);
        assertTrue(tui.isDone());

        List<TeamGame> logs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            TeamGame g = new PlanSource(sc, 9, null).read(dir.resolve(DecisionLog.fileName(game.teams().get(i))));
            logs.add(g);
            assertEquals(Engine.digest(game.sessions().get(i).state()), Engine.digest(
                    dev.capex.report.ReplayedGame.of(g).end()), g.team() + "'s log replays to its game");
        }
        Debrief d = Debrief.of(logs);
        assertEquals(3, d.leaderboard().teams().size());
        assertTrue(d.games().get(0).end().fleet().cohorts().stream().mapToLong(c -> c.units()).sum()
                > d.games().get(1).end().fleet().cohorts().stream().mapToLong(c -> c.units()).sum(),
                "Red's order shows in its game and not in Blue's");
    }
}
