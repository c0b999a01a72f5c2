package dev.capex.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.cli.CapexCommand;
import dev.capex.engine.Engine;
import dev.capex.engine.model.Scenario;
import dev.capex.report.Debrief;
import dev.capex.report.HtmlDebrief;
import dev.capex.report.PlanSource;
import dev.capex.report.ReplayedGame;
import dev.capex.report.TeamGame;
import dev.capex.scenario.ScenarioLoader;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three teams play the 8-quarter workshop at one keyboard through the plain face, from a script: hand-overs,
 * their own prompts, the leaderboard; each team's decision log replays to the very game it played, and
 * the three logs compare in one debrief.
 */
class PlainWorkshopTest {

    /** Red borrows and buys GPUs, Blue rents, Green buys talent; then each just presses on. */
    static String script() {
        StringBuilder s = new StringBuilder();
        for (int q = 0; q < 8; q++) {
            s.append("\n"); // Red takes the keyboard
            if (q == 0) {
                s.append("credit apollo 20000\norder B200 300000\nbond 5000 10\n");
                s.append("quit\nn\n"); // quit ends the team's turn (asking first), never the workshop: no
            }
            if (q == 1) {
                s.append("credit pimco 20B\norder B200 300000\nqueue\n");
            }
            s.append("done\ny\n\n"); // Blue
            if (q == 0) {
                s.append("cloud coreweave 100000 8\nlenders\n");
            }
            s.append("done\ny\n\n"); // Green
            if (q == 0) {
                s.append("stake scale 49%\nhire 20 180 openai\npreview\n");
            }
            s.append("done\ny\n");
            if (q == 0) {
                s.append("back Red\n\ndone\ny\n"); // at the facilitator's prompt, Red takes its turn back
            }
            s.append("\n\n"); // the facilitator plays the quarter; the leaderboard
        }
        s.append("\n");
        return s.toString();
    }

    @Test
    void threeTeamsPlayTheWorkshopAndTheirLogsCompare(@TempDir Path dir) throws Exception {
        Scenario sc = ScenarioLoader.load(Path.of("scenarios", "meta-2025-workshop.json"));
        HotSeat game = new HotSeat(sc, 5, List.of("Red", "Blue", "Green"));
        game.sessions().forEach(s -> s.onQuarterResolved(x -> {
            try {
                DecisionLog.write(dir, x);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        boolean finished = new PlainWorkshop(game, new BufferedReader(new StringReader(script())), out, 3).run();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(finished, text.substring(Math.max(0, text.length() - 2000)));
        assertTrue(text.contains("=== 2025Q2: pass the keyboard to Blue. Blue, press Enter when you are ready. ==="));
        assertTrue(text.contains("Refused: issue a 10-year bond of $5.0B — the bond lever is switched off in this scenario"),
                "a switched-off lever is refused with its reason");
        assertTrue(text.contains("=== 2025Q2 has been played for every team ==="));
        assertTrue(text.contains("Reference: the built-in bots in the same world"));
        assertTrue(text.contains("=== Final scorecards ==="));
        // Red's decisions are not on the screen Blue takes over: the hand-over comes between them.
        int redQueued = text.indexOf("Queued: PC-");
        int handOver = text.indexOf("pass the keyboard to Blue");
        int bluePrompt = text.indexOf("Blue 2025Q2 >");
        assertTrue(redQueued < handOver && handOver < bluePrompt);

        List<ReplayedGame> replays = new ArrayList<>();
        List<TeamGame> logs = new ArrayList<>();
        for (String team : List.of("Red", "Blue", "Green")) {
            Path log = dir.resolve(DecisionLog.fileName(team));
            assertTrue(Files.exists(log), "a log for " + team);
            TeamGame g = new PlanSource(sc, 5, null).read(log);
            assertEquals(team, g.team(), "the log carries the team's name");
            logs.add(g);
            replays.add(ReplayedGame.of(g));
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(Engine.digest(game.sessions().get(i).state()), Engine.digest(replays.get(i).end()),
                    game.sessions().get(i).team() + "'s log replays to the game it played");
        }
        Debrief d = Debrief.of(logs);
        assertEquals(3, d.leaderboard().teams().size());
        assertTrue(d.sameWorld());
        assertTrue(replays.get(0).end().debtM() > replays.get(1).end().debtM() + 30000, "Red borrowed 40B, Blue nothing");
        assertTrue(HtmlDebrief.render(d, "debrief.csv", "test").contains("Red"));
    }

    @Test
    void theCommandRunsTheWorkshopAndSaysHowToReportIt(@TempDir Path dir) {
        InputStream stdin = System.in;
        PrintStream stdout = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(script().getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            int code = CapexCommand.commandLine().execute("workshop", "--teams", "Red, Blue,Green", "--scenario",
                    "meta-2025-workshop", "--seed", "5", "--plain", "--saves", dir.toString(), "--blank-lines", "0");
            assertEquals(0, code);
        } finally {
            System.setIn(stdin);
            System.setOut(stdout);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Debrief: capex report " + dir.resolve("red.json")), text);
        assertTrue(text.contains("Compare: capex compare "), text);
        for (String f : List.of("red.plan.json", "blue.plan.json", "green.plan.json", "red.json", "blue.json",
                "green.json")) {
            assertTrue(Files.exists(dir.resolve(f)), f);
        }
        assertFalse(text.contains("Exception"));
    }

    @Test
    void aDuplicateTeamIsAUsageError() {
        int code = CapexCommand.commandLine().execute("workshop", "--teams", "Red,Red", "--plain");
        assertEquals(2, code);
    }
}
