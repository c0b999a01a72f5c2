package dev.capex.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.cli.ExitCodes;
import dev.capex.save.Autosave;
import dev.capex.save.SaveFile;
import dev.capex.save.SaveJson;
import dev.capex.save.TestGames;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A player saves, stops, resumes, and branches a game; nothing is lost and the original stays. */
class BranchAndContinueTest {
    @TempDir
    Path dir;

    @Test
    void playingAPlanSavesEveryQuarterAndTheTextIsTheSameEveryRun() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        TestGames.Run ra = TestGames.capex("play", "--plan", TestGames.PLAN.toString(), "--seed", "7", "--save", a.toString());
        TestGames.Run rb = TestGames.capex("play", "--plan", TestGames.PLAN.toString(), "--seed", "7", "--save", b.toString());
        assertEquals(ExitCodes.OK, ra.exit(), ra.err());
        assertEquals(ra.out(), rb.out(), "the game's text does not depend on where it is saved");
        assertTrue(ra.err().contains("Saving the game to " + a), ra.err());
        SaveFile save = SaveJson.load(a);
        assertEquals(save.scenario().turns(), save.quarters().size());
        assertEquals(Replay.run(save).finalState().toString(), Replay.run(SaveJson.load(b)).finalState().toString());
    }

    @Test
    void aNewGameNeverOverwritesASave() throws Exception {
        Path a = dir.resolve("taken.json");
        Files.writeString(a, "precious");
        TestGames.Run r = TestGames.capex("play", "--plan", TestGames.PLAN.toString(), "--seed", "7", "--save", a.toString());
        assertEquals(ExitCodes.USAGE, r.exit());
        assertEquals("precious", Files.readString(a));
    }

    @Test
    void aGameStoppedAndResumedEndsExactlyAsOnePlayedStraightThrough() throws Exception {
        Path partial = dir.resolve("partial.json");
        Autosave.write(partial, TestGames.save(TestGames.played(7, "Alpha", 5)));
        TestGames.Run r = TestGames.capex("play", "--continue", partial.toString(), "--plan", TestGames.PLAN.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.err().contains("Resuming " + partial + " at 2026Q3"), r.err());
        assertTrue(r.out().contains("=== 2026Q3"), "the game goes on from where it stopped");
        assertFalse(r.out().contains("=== 2026Q2"), "quarters already played are not played again");
        SaveFile resumed = SaveJson.load(partial);
        SaveFile straight = TestGames.save(TestGames.played(7, "Alpha", Integer.MAX_VALUE));
        assertEquals(straight.quarters().size(), resumed.quarters().size());
        for (int i = 0; i < straight.quarters().size(); i++) {
            assertEquals(straight.quarters().get(i).digest(), resumed.quarters().get(i).digest(), "quarter " + i);
        }
    }

    @Test
    void continueTakesTheScenarioSeedAndTeamFromTheSave() throws Exception {
        Path partial = dir.resolve("p.json");
        Autosave.write(partial, TestGames.save(TestGames.played(7, "Alpha", 2)));
        TestGames.Run r = TestGames.capex("play", "--continue", partial.toString(), "--seed", "8", "--plain");
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(r.err().contains("--seed cannot be used with --continue"), r.err());
    }

    @Test
    void aBranchKeepsTheDecisionsBeforeItsQuarterAndLeavesTheOriginalUntouched() throws Exception {
        Path original = dir.resolve("original.json");
        Autosave.write(original, TestGames.save(TestGames.played(7, "Alpha", 8)));
        byte[] before = Files.readAllBytes(original);
        Path branch = dir.resolve("branch.json");
        TestGames.Run r = TestGames.capex("branch", original.toString(), "--at", "2026Q3", "--team", "Beta", "--out",
                branch.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertArrayEquals(before, Files.readAllBytes(original), "the original save is untouched");
        SaveFile parent = SaveJson.load(original);
        SaveFile b = SaveJson.load(branch);
        assertEquals("Beta", b.team());
        assertEquals(parent.seed(), b.seed());
        assertEquals(parent.scenarioSha256(), b.scenarioSha256());
        assertEquals(new SaveFile.Parent(original.toString(), "2026Q3"), b.parent());
        assertEquals(parent.quarters().subList(0, 5), b.quarters(), "2025Q2 to 2026Q2 are kept");
        assertTrue(Replay.run(b).matches());

        // Played on with other decisions, the branch departs from its parent in 2026Q3 only.
        TestGames.Run more = TestGames.capexWithInput("order B200 300000\nend\nquit\n", "play", "--continue",
                branch.toString(), "--plain");
        assertEquals(ExitCodes.OK, more.exit(), more.err());
        SaveFile played = SaveJson.load(branch);
        assertEquals(b.parent(), played.parent(), "the parent is kept as the branch is played");
        assertEquals(6, played.quarters().size());
        assertEquals(parent.quarters().subList(0, 5), played.quarters().subList(0, 5));
        assertFalse(parent.quarters().get(5).decisions().equals(played.quarters().get(5).decisions()));
    }

    @Test
    void aBranchOutsideTheGameIsRefused() throws Exception {
        Path original = dir.resolve("o.json");
        Autosave.write(original, TestGames.save(TestGames.played(7, "Alpha", 3)));
        TestGames.Run r = TestGames.capex("branch", original.toString(), "--at", "2027Q1", "--out",
                dir.resolve("x.json").toString());
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(r.err().contains("a branch starts between 2025Q2 and 2026Q1"), r.err());
    }

    @Test
    void replayShowsTheGameQuarterByQuarter() throws Exception {
        Path f = dir.resolve("r.json");
        Autosave.write(f, TestGames.save(TestGames.played(7, "Alpha", 3)));
        TestGames.Run r = TestGames.capex("replay", f.toString(), "--plain");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.out().contains("=== 2025Q2") && r.out().contains("=== 2025Q4"), r.out());
        assertTrue(r.out().contains("continue it with: capex play --continue " + f), r.out());
    }

    @Test
    void aVersion1SaveIsUpgradedOnRequestBranchedAndContinuedInTheCurrentFormat() throws Exception {
        Path v1 = dir.resolve("v1.json");
        Files.copy(dev.capex.save.GoldenSave.V1_FILE, v1);
        TestGames.Run verify = TestGames.capex("replay", v1.toString(), "--verify");
        assertEquals(ExitCodes.OK, verify.exit(), verify.err());
        assertTrue(verify.out().contains("save format 1"), verify.out());

        Path branch = dir.resolve("branch.json");
        TestGames.Run b = TestGames.capex("branch", v1.toString(), "--at", "2026Q1", "--out", branch.toString());
        assertEquals(ExitCodes.OK, b.exit(), b.err());
        assertEquals(dev.capex.save.SaveFormat.CURRENT.number(), SaveJson.load(branch).formatVersion());
        assertTrue(Replay.run(SaveJson.load(branch)).matches(), "the branch of a version-1 save verifies");
        TestGames.Run c = TestGames.capex("play", "--continue", branch.toString(), "--plan", TestGames.PLAN.toString());
        assertEquals(ExitCodes.OK, c.exit(), c.err());
        assertTrue(Replay.run(SaveJson.load(branch)).matches(), "the continued branch verifies");

        TestGames.Run bad = TestGames.capex("replay", v1.toString(), "--upgrade");
        assertEquals(ExitCodes.USAGE, bad.exit());
        TestGames.Run up = TestGames.capex("replay", v1.toString(), "--verify", "--upgrade");
        assertEquals(ExitCodes.OK, up.exit(), up.err());
        assertTrue(up.out().contains("rewritten from save format 1 to " + dev.capex.save.SaveFormat.CURRENT.number()),
                up.out());
        SaveFile upgraded = SaveJson.load(v1);
        assertEquals(dev.capex.save.SaveFormat.CURRENT.number(), upgraded.formatVersion());
        assertTrue(Replay.run(upgraded).matches());
        TestGames.Run again = TestGames.capex("replay", v1.toString(), "--verify", "--upgrade");
        assertTrue(again.out().contains("nothing to upgrade"), again.out());
    }
}
