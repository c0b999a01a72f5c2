package dev.capex.limits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.decision.SaleMode;
import dev.capex.save.TestGames;
import dev.capex.strategy.Plan;
import dev.capex.scenario.Limits;
import dev.capex.scenario.Printable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each case of issue 12 ("hard limits and no silent loss") as its own test: what used to be accepted
 * silently, lost a game while reporting success, destroyed a save or ate the machine now ends with one
 * line naming what is wrong and a non-zero exit, before the work starts.
 */
class LimitsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path PLAN = TestGames.PLAN;

    @TempDir
    static Path dir;

    static Path saveA;
    static Path saveB;

    @BeforeAll
    static void twoSaves() throws IOException {
        saveA = dir.resolve("a.json");
        saveB = dir.resolve("b.json");
        Files.writeString(saveA, TestGames.text(TestGames.played(7, "Alpha", 4)));
        Files.writeString(saveB, TestGames.text(TestGames.played(7, "Beta", 4)));
    }

    /** One line on standard error, starting "capex: ", saying {@code expected}; no stack trace, no Java names. */
    static String oneLine(TestGames.Run r, int exit, String expected) {
        assertEquals(exit, r.exit(), r.err() + r.out());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line: " + err);
        assertTrue(err.startsWith("capex: "), err);
        assertTrue(err.contains(expected), "says '" + expected + "': " + err);
        assertFalse(err.contains("Exception") || err.contains("\tat ") || err.contains("dev.capex.")
                || err.contains("JsonReadFeature") || err.contains("class "), "in a player's words: " + err);
        return err;
    }

    static Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    static ObjectNode tree(Path p) throws IOException {
        return (ObjectNode) JSON.readTree(p.toFile());
    }

    // ---- a game lost while play reports success ----

    @Test
    void anEmptyTeamNameIsRefusedBeforeTheGameStarts() {
        Path save = dir.resolve("empty-team.json");
        oneLine(TestGames.capex("play", "--plan", PLAN.toString(), "--team", "", "--save", save.toString()), 2,
                "--team: a team name cannot be empty");
        assertFalse(Files.exists(save));
    }

    @Test
    void aVeryLongTeamNameIsRefusedAndAFileNameMadeFromAnyNameIsSafe() {
        Path save = dir.resolve("long-team.json");
        oneLine(TestGames.capex("play", "--plan", PLAN.toString(), "--team", "x".repeat(5000), "--save", save.toString()),
                2, "at most 40 characters");
        assertFalse(Files.exists(save));
        Path p = dev.capex.save.Autosave.defaultPath(dir, "../../etc/Ré d\u0007 " + "y".repeat(40), "meta-2025", 7,
                java.time.LocalDateTime.of(2026, 1, 1, 0, 0));
        assertEquals(dir, p.getParent());
        assertTrue(p.getFileName().toString().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}-meta-2025-7-20260101-000000\\.json"),
                p.toString());
    }

    @Test
    void anUnwritableSavePathStopsTheGameBeforeItsFirstQuarterWithTheReason() throws IOException {
        Path file = write("a-file", "not a directory");
        TestGames.Run r = TestGames.capex("play", "--plan", PLAN.toString(), "--save", file.resolve("game.json").toString());
        String err = oneLine(r, 6, "the game cannot be saved there: ");
        assertFalse(err.endsWith(": "), err);
        assertEquals("", r.out(), "no quarter was played");
        TestGames.Run longName = TestGames.capex("play", "--plan", PLAN.toString(), "--save",
                dir.resolve("n".repeat(300) + ".json").toString());
        oneLine(longName, 6, "file name too long");
    }

    @Test
    void aSaveThatFailsDuringTheGameEndsTheCommandNonZeroWithTheReason() throws IOException {
        Path sub = dir.resolve("vanishing");
        Path save = sub.resolve("game.json");
        // The first quarter is played and saved; then the directory is replaced by a file, so that the save of
        // the second quarter fails.
        InputStream typed = new InputStream() {
            final byte[] first = "end\n".getBytes(StandardCharsets.US_ASCII);
            final byte[] rest = "end\nquit\n".getBytes(StandardCharsets.US_ASCII);
            int step;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                byte[] chunk;
                if (step == 0) {
                    chunk = first;
                } else if (step == 1) {
                    Files.delete(save);
                    Files.delete(sub);
                    Files.writeString(sub, "now a file");
                    chunk = rest;
                } else {
                    return -1;
                }
                step++;
                System.arraycopy(chunk, 0, b, off, chunk.length);
                return chunk.length;
            }
        };
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setIn(typed);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = dev.capex.cli.CapexCommand.commandLine().execute("play", "--plain", "--seed", "3", "--save",
                    save.toString());
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(6, code, e);
        List<String> lines = e.lines().toList();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.startsWith("capex: could not save the game to " + save + ": "), last);
        assertTrue(last.contains("lost"), last);
    }

    // ---- input accepted silently ----

    @Test
    void aPlanQuarterOutsideTheGameIsRefused() throws IOException {
        Path p = write("outside.json", "{\"decisions\": {\"2031Q1\": [{\"type\": \"trainingShare\", \"share\": 0.5}]}}");
        Path save = dir.resolve("outside-game.json");
        TestGames.Run r = TestGames.capex("play", "--plan", p.toString(), "--seed", "1", "--save", save.toString());
        oneLine(r, 3, "decisions.2031Q1: the quarter is outside the game");
        assertEquals("", r.out());
        assertFalse(Files.exists(save));
        Path before = write("before.json", "{\"decisions\": {\"2019Q1\": []}}");
        oneLine(TestGames.capex("simulate", "--strategy", before.toString(), "--worlds", "2"), 3, "outside the game");
    }

    @Test
    void aPlanQuarterGivenTwiceIsRefused() throws IOException {
        Path twice = write("twice.json", "{\"decisions\": {\"2025Q2\": [], \"2025Q2\": [{\"type\": \"trainingShare\", "
                + "\"share\": 0.5}]}}");
        oneLine(TestGames.capex("play", "--plan", twice.toString()), 3, "'2025Q2' is given twice");
        Path cases = write("cases.json", "{\"decisions\": {\"2025Q2\": [], \"2025q2\": []}}");
        oneLine(TestGames.capex("play", "--plan", cases.toString()), 3, "the quarter 2025Q2 is given twice");
    }

    @Test
    void fractionalUnitsAreRefusedNotRounded() throws IOException {
        Path p = write("fraction.json", "{\"decisions\": {\"2025Q2\": [{\"type\": \"orderGpus\", \"generation\": \"B200\", "
                + "\"units\": 100000.7}]}}");
        oneLine(TestGames.capex("play", "--plan", p.toString()), 3, "units: expected a whole number, found 100000.7");
    }

    @Test
    void anUnknownSaleModeIsALocatedErrorAndAnyCaseOfAKnownOneIsThatMode() throws Exception {
        Path bad = write("mode.json", "{\"decisions\": {\"2025Q2\": [{\"type\": \"assetSale\", \"asset\": \"hyperion\", "
                + "\"mode\": \"leaseback\"}]}}");
        TestGames.Run r = TestGames.capex("play", "--plan", bad.toString());
        oneLine(r, 3, "decisions.2025Q2[0].mode: expected one of outright, saleLeaseback, coDevelopment, found text "
                + "\"leaseback\"");
        Plan plan = Plan.parse("case.json", "{\"decisions\": {\"2025Q2\": [{\"type\": \"assetSale\", "
                + "\"asset\": \"hyperion\", \"mode\": \"SALELEASEBACK\"}]}}");
        assertEquals(new Decision.AssetSale("hyperion", SaleMode.saleLeaseback), plan.decisions().values().iterator().next().get(0));
    }

    @Test
    void anEditedFigureFailsVerifyWithExitFiveNamingIt() throws IOException {
        ObjectNode save = tree(saveA);
        ObjectNode figures = (ObjectNode) save.get("quarters").get(3).get("figures");
        figures.put("cashM", figures.get("cashM").asLong() + 1);
        Path edited = write("edited-figure.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(save));
        oneLine(TestGames.capex("replay", edited.toString(), "--verify"), 5, "quarters[3].figures.cashM");
        ObjectNode score = tree(saveA);
        ((ObjectNode) score.get("quarters").get(1).get("figures")).put("status", "DEFAULTED");
        oneLine(TestGames.capex("replay", write("edited-status.json", score.toString()).toString(), "--verify"), 5,
                "quarters[1].figures.status");
    }

    // ---- a save destroyed ----

    @Test
    void compareOutNamingAnInputOrASaveIsRefusedUnlessForced() throws IOException {
        byte[] before = Files.readAllBytes(saveB);
        oneLine(TestGames.capex("compare", saveA.toString(), saveB.toString(), "--format", "csv", "--out",
                saveB.toString()), 2, "is also an input of this command");
        assertArrayEquals(before, Files.readAllBytes(saveB));
        Path other = dir.resolve("other-save.json");
        Files.copy(saveA, other, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        byte[] otherBefore = Files.readAllBytes(other);
        oneLine(TestGames.capex("compare", saveA.toString(), saveB.toString(), "--format", "csv", "--out",
                other.toString()), 2, "is a saved game; it is never overwritten");
        assertArrayEquals(otherBefore, Files.readAllBytes(other));
        TestGames.Run forced = TestGames.capex("compare", saveA.toString(), saveB.toString(), "--format", "csv", "--out",
                other.toString(), "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(Files.readString(other).startsWith("quarter") || !Files.readString(other).contains("capex-save"));
    }

    @Test
    void reportOutNamingASaveIsRefused() throws IOException {
        byte[] before = Files.readAllBytes(saveA);
        oneLine(TestGames.capex("report", saveA.toString(), saveB.toString(), "--out", saveA.toString()), 2,
                "is also an input of this command");
        assertArrayEquals(before, Files.readAllBytes(saveA));
        Path csvIsASave = dir.resolve("deb.csv");
        Files.copy(saveB, csvIsASave, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        oneLine(TestGames.capex("report", saveA.toString(), "--out", dir.resolve("deb.html").toString()), 2,
                "is a saved game");
        assertArrayEquals(Files.readAllBytes(saveB), Files.readAllBytes(csvIsASave));
    }

    @Test
    void branchNeverWritesOverItsParent() throws IOException {
        byte[] before = Files.readAllBytes(saveA);
        oneLine(TestGames.capex("branch", saveA.toString(), "--at", "2025Q3", "--out", saveA.toString()), 2,
                "never overwrites");
        assertArrayEquals(before, Files.readAllBytes(saveA));
    }

    // ---- no limits ----

    @Test
    void simulateRefusesMoreWorldsThanTheLimitAtOnce() {
        oneLine(TestGames.capex("simulate", "--worlds", "99999999999999"), 2, "--worlds may be at most 1,000,000");
    }

    @Test
    void aScenarioWithThousandsOfCompetitorsIsRefusedWithOneProblem() throws IOException {
        ObjectNode sc = tree(TestGames.SCENARIO);
        ArrayNode competitors = (ArrayNode) sc.get("competitors");
        JsonNode one = competitors.get(0);
        while (competitors.size() < 200) {
            competitors.add(one.deepCopy());
        }
        Path f = write("many-competitors.json", sc.toString());
        assertTrue(Files.size(f) < Limits.SCENARIO_BYTES, "under the size limit: the list limit must catch it");
        TestGames.Run r = TestGames.capex("validate", f.toString());
        assertEquals(3, r.exit());
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.size(), r.out());
        assertTrue(lines.get(0).contains("competitors: a list of 200 entries; at most 40"), lines.get(0));
        while (competitors.size() < 200_000) {
            competitors.add(one.deepCopy());
            if (competitors.size() > 3000) {
                break; // past the size limit already: 200,000 is refused the same way, unread
            }
        }
        Path big = write("huge-scenario.json", sc.toString());
        assertTrue(Files.size(big) > Limits.SCENARIO_BYTES);
        oneLine(TestGames.capex("play", "--scenario", big.toString(), "--plan", PLAN.toString()), 3,
                "a scenario file may be at most 1.0 MB");
    }

    @Test
    void validatePrintsTheFirstProblemsAndCountsTheRest() throws IOException {
        ObjectNode sc = tree(TestGames.SCENARIO);
        for (JsonNode e : sc.get("arenaField")) {
            ((ObjectNode) e).put("elo", "high");
        }
        ArrayNode field = (ArrayNode) sc.get("arenaField");
        while (field.size() < 150) {
            field.add(field.get(0).deepCopy());
        }
        Path f = write("many-problems.json", sc.toString());
        TestGames.Run r = TestGames.capex("validate", f.toString());
        assertEquals(3, r.exit());
        List<String> lines = r.out().lines().toList();
        assertEquals(Limits.PROBLEMS_SHOWN + 1, lines.size(), r.out());
        assertTrue(lines.get(lines.size() - 1).contains("… and " + (150 - Limits.PROBLEMS_SHOWN) + " more problems"),
                lines.get(lines.size() - 1));
    }

    @Test
    void aPlanWithTooManyDecisionsInAQuarterIsRefused() throws IOException {
        StringBuilder sb = new StringBuilder("{\"decisions\": {\"2025Q2\": [");
        for (int i = 0; i < 101; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"type\": \"trainingShare\", \"share\": 0.5}");
        }
        Path f = write("101.json", sb.append("]}}").toString());
        oneLine(TestGames.capex("play", "--plan", f.toString()), 3, "101 decisions; a quarter may have at most 100");
        StringBuilder huge = new StringBuilder("{\"decisions\": {\"2025Q2\": [");
        for (int i = 0; i < 100_000; i++) {
            huge.append(i == 0 ? "" : ",").append("{\"type\": \"trainingShare\", \"share\": 0.5}");
        }
        Path h = write("100000.json", huge.append("]}}").toString());
        oneLine(TestGames.capex("play", "--plan", h.toString()), 3, "a plan file may be at most 2.0 MB");
    }

    @Test
    void tenThousandQueuedCommandsInThePlainModeStopAtTheQueueLimit() {
        String typed = "training 0.5\n".repeat(10_000) + "queue\nquit\n";
        TestGames.Run r = TestGames.capexWithInput(typed, "play", "--plain", "--seed", "2", "--save",
                dir.resolve("queue.json").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(10_000 - Limits.QUEUED_DECISIONS, r.out().split("the queue holds at most 100 decisions", -1).length - 1);
        assertTrue(r.out().contains("\n100. "), "the queue lists 100 decisions");
        assertFalse(r.out().contains("\n101. "));
    }

    @Test
    void hugeAmountsInAPlanOrAtThePromptAreRefused() throws IOException {
        Path p = write("huge-amount.json", "{\"decisions\": {\"2025Q2\": [{\"type\": \"equityRaise\", \"amountM\": "
                + Long.MAX_VALUE + "}]}}");
        oneLine(TestGames.capex("play", "--plan", p.toString()), 3, "amountM: at most 100000000");
        TestGames.Run r = TestGames.capexWithInput("equity 9e300\nbuyback 1e18\nquit\n", "play", "--plain", "--seed", "2",
                "--save", dir.resolve("huge-typed.json").toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.out().contains("Queued:"), r.out());
    }

    // ---- terminal injection ----

    @Test
    void escapeSequencesInNamesAndScenarioTextsAreShownEscaped() throws IOException {
        oneLine(TestGames.capex("play", "--plan", PLAN.toString(), "--team", "Evil\u001b[2J\u0007"), 2,
                "control characters (found \\e)");
        ObjectNode sc = tree(TestGames.SCENARIO);
        sc.put("name", "Meta \u001b]0;owned\u0007 \u009b31m\u202Eevil");
        Path f = write("escapes.json", sc.toString());
        TestGames.Run r = TestGames.capexWithInput("status\nquit\n", "play", "--plain", "--scenario", f.toString(), "--seed",
                "1", "--save", dir.resolve("escapes-game.json").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Meta \\e]0;owned\\u0007 \\u009B31m\\u202Eevil"), r.out().lines().findFirst().orElse(""));
        assertNoControls(r.out());
        String html = dev.capex.report.SvgChart.esc("Red\u001b[31m<b>");
        assertEquals("Red\\e[31m&lt;b&gt;", html);
    }

    static void assertNoControls(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            assertTrue(c == '\n' || c == '\t' || !Character.isISOControl(c) && c != '\u202E',
                    "a raw control character " + (int) c + " at " + i);
        }
    }

    @Test
    void aSaveWhoseTeamHoldsControlCharactersIsRefused() throws IOException {
        ObjectNode save = tree(saveA);
        save.put("team", "X\u001b[2J");
        oneLine(TestGames.capex("replay", write("evil-team.json", save.toString()).toString(), "--verify"), 3,
                "team: a team name cannot contain control characters (found \\e)");
    }

    // ---- messages in the player's words ----

    @Test
    void messagesNameNoJavaClassesAndNoParserFeatures() throws IOException {
        Path wrongType = write("wrong-type.json", "{\"decisions\": {\"2025Q2\": [{\"type\": \"orderGpus\", "
                + "\"generation\": \"B200\", \"units\": {\"many\": true}}]}}");
        oneLine(TestGames.capex("play", "--plan", wrongType.toString()), 3, "units: expected a whole number");
        Path nan = write("nan.json", "{\"decisions\": {\"2025Q2\": [{\"type\": \"trainingShare\", \"share\": NaN}]}}");
        oneLine(TestGames.capex("play", "--plan", nan.toString()), 3, "NaN is not a number JSON can hold");
        String sc = Files.readString(TestGames.SCENARIO).replaceFirst("\"baseRate\"\\s*:\\s*[0-9.]+", "\"baseRate\": NaN");
        TestGames.Run v = TestGames.capex("validate", write("nan-scenario.json", sc).toString());
        assertEquals(3, v.exit());
        assertTrue(v.out().contains("NaN is not a number JSON can hold"), v.out());
        assertFalse(v.out().contains("JsonReadFeature"), v.out());
    }

    @Test
    void aFileThatCannotBeReadSaysWhy() {
        assertEquals("permission denied", Limits.reason(new java.nio.file.AccessDeniedException("/x")));
        assertEquals("no such file or directory", Limits.reason(new java.nio.file.NoSuchFileException("/x")));
        assertEquals("file name too long", Limits.reason(new java.nio.file.FileSystemException("/x", null,
                "File name too long")));
        assertEquals("no space left on device", Limits.reason(new IOException("No space left on device")));
        // A real one: /proc/self/mem exists, has size 0, and reading it from the start fails in the kernel.
        Path mem = Path.of("/proc/self/mem");
        if (Files.exists(mem)) {
            String err = oneLine(TestGames.capex("replay", mem.toString(), "--verify"), 3, "cannot be read: ");
            assertFalse(err.endsWith("cannot be read: " + mem), err);
        }
    }

    @Test
    void hugeAmountsAreFormattedSanely() {
        for (long m : new long[] {Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 4999, -Long.MAX_VALUE, 999_999_999_999L}) {
            String s = Decision.money(m);
            assertTrue(s.matches("-?\\$[0-9]+\\.[0-9]{2}T"), m + " -> " + s);
        }
        assertEquals("$9223372036854.78T", Decision.money(Long.MAX_VALUE));
        assertEquals("-$9223372036854.78T", Decision.money(Long.MIN_VALUE)); // the sign before the dollar
    }

    @Test
    void staleTemporaryFilesOfInterruptedSavesAreCleanedOnTheNextStart() throws IOException {
        Path saves = Files.createDirectories(dir.resolve("stale"));
        // pid 999999999 is above any Linux pid_max: that process is gone.
        Path stale = Files.writeString(saves.resolve(".old-game.json.999999999-3.tmp"), "{\"format\": \"capex-sa");
        Path mine = Files.writeString(saves.resolve(".live.json." + ProcessHandle.current().pid() + "-1.tmp"), "{");
        Path other = Files.writeString(saves.resolve("notes.tmp"), "keep");
        TestGames.Run r = TestGames.capex("play", "--plan", PLAN.toString(), "--seed", "1", "--save",
                saves.resolve("new.json").toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(Files.exists(stale), "the interrupted save's temporary file is removed");
        assertTrue(Files.exists(mine), "a write in progress in a live process is left alone");
        assertTrue(Files.exists(other), "other files are not touched");
    }

    // ---- no value of 1e16 or more enters the state ----

    @Test
    void scenarioNumbersBeyondTheirCapsAreRefusedNamingTheField() throws IOException {
        ObjectNode sc = tree(TestGames.SCENARIO);
        ((ObjectNode) sc.get("company")).put("sharesOutstanding", 10_000_000_000_000L);
        ((ObjectNode) sc.get("revenue")).put("baseQuarterlyM", 10_000_000_000L);
        ((ObjectNode) sc.get("macro")).put("powerPricePerMwh", 1e300);
        TestGames.Run r = TestGames.capex("validate", write("caps.json", sc.toString()).toString());
        assertEquals(3, r.exit());
        assertTrue(r.out().contains("company.sharesOutstanding: must be in (0, 1000000000000]"), r.out());
        assertTrue(r.out().contains("revenue.baseQuarterlyM: must be in (0, 1000000000]"), r.out());
        assertTrue(r.out().contains("macro.powerPricePerMwh: must be in (0, 1000000000000]"), r.out());
    }

    @Test
    void aStateWithAValueOf1e16OrMoreIsDetectedAndStopsTheGame() throws IOException {
        var game = TestGames.played(7, "Alpha", 2);
        assertNull(dev.capex.play.GameSession.extreme(game.state()));
        // At every cap at once, a scenario still plays (or stops cleanly): either no state value reaches 1e16,
        // or the session refuses the quarter with a message (exit 3), and no save holds such a value.
        ObjectNode sc = tree(TestGames.SCENARIO);
        ((ObjectNode) sc.get("company")).put("sharesOutstanding", 1_000_000_000_000L);
        ((ObjectNode) sc.get("company")).put("sharePrice", 1e12);
        Path f = write("extreme.json", sc.toString());
        Path save = dir.resolve("extreme-game.json");
        TestGames.Run r = TestGames.capex("play", "--scenario", f.toString(), "--plan", PLAN.toString(), "--save",
                save.toString());
        if (r.exit() != 0) {
            oneLine(r, 3, "beyond what Capex keeps exactly");
        }
        if (Files.exists(save)) {
            assertFalse(Files.readString(save).matches("(?s).*[:\\[,]\\s*-?[0-9.]+[eE]\\+?(1[6-9]|[2-9][0-9]).*"),
                    "no such value saved");
        }
        assertTrue(Printable.line("a\u0000b").equals("a\\0b"));
    }
}
