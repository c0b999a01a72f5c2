package dev.capex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * capex play --plan: the same plan and seed print the same game, and a bad input file ends with exit
 * code 3 and one line that names the problem, never a stack trace. Only standard output is compared
 * (play may also write files, such as an autosave).
 */
class PlayPlanTest {

    /** What one run of the command line printed and returned. */
    record Run(int code, String out, String err) {
    }

    private static final java.util.concurrent.atomic.AtomicInteger GAMES = new java.util.concurrent.atomic.AtomicInteger();

    /** Runs capex; a `play` without --save saves into a temporary folder, not into the checkout's saves/. */
    static Run capex(String... given) {
        String[] args = given;
        if (given.length > 0 && given[0].equals("play") && !java.util.Arrays.asList(given).contains("--save")
                && !java.util.Arrays.asList(given).contains("--out")) {
            try {
                java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("capex-play-test");
                dir.toFile().deleteOnExit();
                args = java.util.Arrays.copyOf(given, given.length + 2);
                args[given.length] = "--save";
                args[given.length + 1] = dir.resolve("game-" + GAMES.incrementAndGet() + ".json").toString();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = CapexCommand.commandLine().execute(args);
            System.out.flush();
            System.err.flush();
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void playingAPlanTwiceWithTheSameSeedPrintsTheSameGame() {
        Run first = capex("play", "--plan", "scenarios/plans/seeds-2025.json", "--seed", "7");
        Run second = capex("play", "--plan", "scenarios/plans/seeds-2025.json", "--seed", "7");
        assertEquals(ExitCodes.OK, first.code(), first.err());
        assertEquals(ExitCodes.OK, second.code(), second.err());
        assertEquals(first.out(), second.out());
        assertTrue(first.out().contains("seed 7"), first.out());
        assertTrue(first.out().contains("2028Q4"), "every quarter up to the end is printed");
        assertTrue(first.out().contains("=== Scorecard ==="), first.out());
        assertTrue(first.out().contains("Score"), first.out());
    }

    @Test
    void anotherSeedIsAnotherWorld() {
        Run seven = capex("play", "--plan", "scenarios/plans/seeds-2025.json", "--seed", "7");
        Run eight = capex("play", "--plan", "scenarios/plans/seeds-2025.json", "--seed", "8");
        assertEquals(ExitCodes.OK, eight.code(), eight.err());
        assertFalse(seven.out().equals(eight.out()), "seeds 7 and 8 print the same game");
    }

    /** A clean failure: exit 3, nothing played, one line on standard error that names the file. */
    static void assertBadInput(Run run, String mustMention) {
        assertEquals(ExitCodes.BAD_INPUT, run.code(), run.out() + run.err());
        String err = run.err().strip();
        assertTrue(err.startsWith("capex: "), err);
        assertFalse(err.contains("\n"), "one line, not: " + err);
        assertFalse(err.contains("Exception") || err.contains("\tat ") || err.contains(".java:"), "a stack trace: " + err);
        assertTrue(err.contains(mustMention), err + " should mention " + mustMention);
        assertFalse(run.out().contains("Scorecard"), "nothing was played");
    }

    @Test
    void aMissingPlanFileIsABadInput() {
        assertBadInput(capex("play", "--plan", "no-such-plan.json", "--seed", "7"), "no-such-plan.json");
    }

    @Test
    void aMalformedPlanFileIsABadInput(@TempDir Path dir) throws IOException {
        Path plan = dir.resolve("broken-plan.json");
        Files.writeString(plan, "{\"decisions\": {\"2025Q2\": [{\"type\": \"orderGpus\", \"units\": ");
        assertBadInput(capex("play", "--plan", plan.toString(), "--seed", "7"), "broken-plan.json");
    }

    @Test
    void aPlanWithAnUnknownDecisionIsABadInput(@TempDir Path dir) throws IOException {
        Path plan = dir.resolve("teleport.json");
        Files.writeString(plan, "{\"decisions\": {\"2025Q2\": [{\"type\": \"teleport\", \"to\": \"2030Q1\"}]}}");
        assertBadInput(capex("play", "--plan", plan.toString(), "--seed", "7"), "teleport");
    }

    @Test
    void aScenarioWithAMissingFieldIsABadInput(@TempDir Path dir) throws IOException {
        Path scenario = dir.resolve("half-a-scenario.json");
        Files.writeString(scenario, "{\"id\": \"half\", \"name\": \"Half a scenario\"}");
        assertBadInput(capex("play", "--scenario", scenario.toString(), "--plan", "scenarios/plans/seeds-2025.json",
                "--seed", "7"), "half-a-scenario.json");
    }

    @Test
    void aMalformedScenarioIsABadInput(@TempDir Path dir) throws IOException {
        Path scenario = dir.resolve("broken-scenario.json");
        Files.writeString(scenario, "{\"id\": \"broken\",\n \"name\": }");
        assertBadInput(capex("play", "--scenario", scenario.toString(), "--plan", "scenarios/plans/seeds-2025.json",
                "--seed", "7"), "broken-scenario.json");
    }

    @Test
    void anUnknownScenarioNameIsABadInput() {
        assertBadInput(capex("play", "--scenario", "no-such-scenario", "--plan", "scenarios/plans/seeds-2025.json",
                "--seed", "7"), "no-such-scenario");
    }
}
