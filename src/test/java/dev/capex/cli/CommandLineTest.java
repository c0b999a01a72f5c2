package dev.capex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's own manners: no command is an error, and one spelling for the file a command writes. */
class CommandLineTest {

    @Test
    void capexWithoutACommandPrintsTheUsageAndFails() {
        PlayPlanTest.Run r = PlayPlanTest.capex();
        assertEquals(ExitCodes.USAGE, r.code(), "a script calling plain `capex` must notice");
        assertTrue(r.err().contains("name a command"), r.err());
        assertTrue(r.err().contains("play") && r.err().contains("report"), "the usage lists the commands:\n" + r.err());
    }

    @Test
    void playWritesItsSaveWithOutLikeBranchAndReportAndStillAcceptsSave(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        PlayPlanTest.Run out = PlayPlanTest.capex("play", "--plan", "scenarios/plans/seeds-2025.json", "--seed", "3",
                "--out", a.toString());
        assertEquals(0, out.code(), out.err());
        assertTrue(Files.exists(a), "--out names the save");
        PlayPlanTest.Run save = PlayPlanTest.capex("play", "--plan", "scenarios/plans/seeds-2025.json", "--seed", "3",
                "--save", b.toString());
        assertEquals(0, save.code(), save.err());
        assertTrue(Files.exists(b), "--save still works");
        assertEquals(out.out(), save.out(), "the two spellings are one option");
        Path c = dir.resolve("c.json");
        PlayPlanTest.Run branch = PlayPlanTest.capex("branch", a.toString(), "--at", "2025Q3", "--save", c.toString());
        assertEquals(0, branch.code(), branch.err());
        assertTrue(Files.exists(c), "branch takes --save as well as --out");
    }
}
