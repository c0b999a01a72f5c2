package dev.capex.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.capex.cli.ExitCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a save can be bad gives one line that names the file and says what is wrong, a non-zero
 * exit (3 when the file cannot be used, 5 when it does not replay) and no stack trace.
 */
class BadSaveTest {
    @TempDir
    static Path dir;

    static String good;

    @BeforeAll
    static void aGameOfFourQuarters() {
        good = TestGames.text(TestGames.played(7, "Alpha", 4));
    }

    /** Writes the text as a save, runs `capex replay FILE --verify`, and checks the one-line message. */
    private static String refused(String name, String text, int exit, String expected) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return refusedFile(f, exit, expected);
    }

    private static String refusedFile(Path f, int exit, String expected) {
        TestGames.Run r = TestGames.capex("replay", f.toString(), "--verify");
        assertEquals(exit, r.exit(), r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line: " + err);
        assertTrue(err.startsWith("capex: " + f + ": "), "names the file: " + err);
        assertTrue(err.contains(expected), "says '" + expected + "': " + err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
        assertEquals("", r.out());
        return err;
    }

    private static ObjectNode tree() throws Exception {
        return (ObjectNode) new ObjectMapper().readTree(good);
    }

    private static String json(ObjectNode n) throws Exception {
        return new ObjectMapper().writeValueAsString(n);
    }

    @Test
    void aGoodSaveVerifies() throws Exception {
        Path f = dir.resolve("good.json");
        Files.writeString(f, good);
        TestGames.Run r = TestGames.capex("replay", f.toString(), "--verify");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.out().contains("all 4 quarters replay to the recorded digests"), r.out());
    }

    @Test
    void aSaveReformattedByAnotherToolStillLoads() throws Exception {
        // Compact, re-ordered layout: the scenario hash is over the canonical text, not the bytes.
        Path f = dir.resolve("compact.json");
        Files.writeString(f, json(tree()));
        assertEquals(ExitCodes.OK, TestGames.capex("replay", f.toString(), "--verify").exit());
    }

    @Test
    void aTruncatedSave() throws Exception {
        refused("truncated.json", good.substring(0, good.length() / 2), ExitCodes.BAD_INPUT, "is truncated");
    }

    @Test
    void corruptJson() throws Exception {
        refused("corrupt.json", good.replaceFirst("\"seed\" : 7,", "\"seed\" : 7,,"), ExitCodes.BAD_INPUT,
                "is not valid JSON at line");
    }

    @Test
    void aWrongType() throws Exception {
        ObjectNode t = tree();
        t.put("seed", "seven");
        refused("wrongtype.json", json(t), ExitCodes.BAD_INPUT, "seed");
        ObjectNode u = tree();
        ((ObjectNode) u.get("quarters").get(1)).put("decisions", "none");
        refused("wrongtype2.json", json(u), ExitCodes.BAD_INPUT, "quarters[1].decisions");
    }

    @Test
    void aTamperedScenario() throws Exception {
        ObjectNode t = tree();
        ((ObjectNode) t.get("scenario").get("company")).put("cashM", 999_999);
        refused("tampered.json", json(t), ExitCodes.BAD_INPUT, "the embedded scenario has been changed");
    }

    @Test
    void aDecisionTheEngineRefusesOnReplay() throws Exception {
        // The first quarter's stake now names a target that does not exist: refused on replay,
        // so the state after 2025Q2 is not the one recorded.
        ObjectNode t = tree();
        var decisions = t.get("quarters").get(0).get("decisions");
        for (var d : decisions) {
            if (d.get("type").asText().equals("stake")) {
                ((ObjectNode) d).put("target", "nobody");
            }
        }
        String err = refused("refused.json", json(t), ExitCodes.REPLAY_MISMATCH, "differs from the save in 2025Q2");
        assertTrue(err.contains("the engine refused the decision"), err);
        assertTrue(err.contains("which it had accepted when the game was played"), err);
        assertTrue(err.contains("figures that differ: "), err);
    }

    @Test
    void anEditedDigestNamesItsQuarter() throws Exception {
        ObjectNode t = tree();
        ((ObjectNode) t.get("quarters").get(2)).put("digest", "0".repeat(64));
        String err = refused("digest.json", json(t), ExitCodes.REPLAY_MISMATCH, "differs from the save in 2025Q4");
        assertTrue(err.contains("the headline figures agree"), err);
    }

    @Test
    void editedFiguresAreNamed() throws Exception {
        ObjectNode t = tree();
        ObjectNode q = (ObjectNode) t.get("quarters").get(1);
        q.put("digest", "1".repeat(64));
        ((ObjectNode) q.get("figures")).put("cashM", 1);
        refused("figures.json", json(t), ExitCodes.REPLAY_MISMATCH, "cashM 1 in the save");
    }

    @Test
    void aSaveFromANewerCapex() throws Exception {
        ObjectNode t = tree();
        t.put("formatVersion", SaveFormat.CURRENT.number() + 1);
        refused("newer.json", json(t), ExitCodes.BAD_INPUT, "was written by a newer Capex");
    }

    @Test
    void anUnknownOlderFormatVersion() throws Exception {
        ObjectNode t = tree();
        t.put("formatVersion", 0);
        refused("older.json", json(t), ExitCodes.BAD_INPUT, "has save format 0, which this Capex does not read");
    }

    @Test
    void anEmptyFile() throws Exception {
        refused("empty.json", "", ExitCodes.BAD_INPUT, "is empty");
    }

    @Test
    void aDirectory() throws Exception {
        Path d = Files.createDirectories(dir.resolve("adirectory.json"));
        refusedFile(d, ExitCodes.BAD_INPUT, "is a directory");
    }

    @Test
    void aMissingFile() {
        refusedFile(dir.resolve("nothere.json"), ExitCodes.BAD_INPUT, "no such save file");
    }

    @Test
    void aPlanIsNotASave() throws Exception {
        refused("plan.json", Files.readString(TestGames.PLAN), ExitCodes.BAD_INPUT, "is not a save file");
    }

    @Test
    void quartersOutOfOrder() throws Exception {
        ObjectNode t = tree();
        ((ObjectNode) t.get("quarters").get(1)).put("quarter", "2026Q1");
        refused("order.json", json(t), ExitCodes.BAD_INPUT, "quarters[1].quarter: expected 2025Q3");
    }

    @Test
    void badSavesAreRefusedByEveryCommandThatReadsThem() throws Exception {
        Path f = dir.resolve("empty2.json");
        Files.writeString(f, "  \n");
        for (String[] args : new String[][] {{"replay", f.toString()}, {"branch", f.toString(), "--at", "2025Q3"},
            {"play", "--continue", f.toString(), "--plain"}, {"compare", f.toString(), f.toString()}}) {
            TestGames.Run r = TestGames.capex(args);
            assertEquals(ExitCodes.BAD_INPUT, r.exit(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains(f + ": is empty"), r.err());
        }
    }
}
