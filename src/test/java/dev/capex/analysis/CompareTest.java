package dev.capex.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.capex.cli.ExitCodes;
import dev.capex.engine.model.Scenario;
import dev.capex.play.GameSession;
import dev.capex.save.Autosave;
import dev.capex.save.SaveFile;
import dev.capex.save.TestGames;
import dev.capex.strategy.Bots;
import dev.capex.strategy.Strategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A facilitator compares the teams' saves: side by side, a leaderboard, and choices versus luck. */
class CompareTest {
    @TempDir
    Path dir;

    private static final double EPS = 1e-9;

    static SaveFile bot(String name, long seed, String team) {
        Scenario sc = TestGames.scenario();
        Strategy st = Bots.named(name);
        GameSession s = new GameSession(sc, seed, team);
        while (!s.state().isOver()) {
            s.play(st.decide(sc, s.state()));
        }
        return TestGames.save(s);
    }

    static Comparison compare(SaveFile... saves) throws Exception {
        List<String> files = new java.util.ArrayList<>();
        List<Replay.Result> replays = new java.util.ArrayList<>();
        for (SaveFile s : saves) {
            files.add(s.team() + ".json");
            replays.add(Replay.run(s));
        }
        return Comparison.of(files, replays);
    }

    @Test
    void withEqualSeedsTheWholeGapIsChoices() throws Exception {
        SaveFile a = bot("leverage", 7, "Leverage");
        SaveFile b = bot("conservative", 7, "Conservative");
        Comparison c = compare(a, b);
        Comparison.Pair p = c.pairs().get(0);
        double gap = c.games().get(0).score().total() - c.games().get(1).score().total();
        assertEquals(gap, p.score().gap(), EPS);
        assertEquals(gap, p.score().choices(), EPS);
        assertEquals(0, p.score().luck(), EPS);
        assertEquals(0, p.tsr().luck(), EPS);
        assertEquals("2025Q2", p.firstDifference().toString(), "the bots differ from their first quarter");
        assertTrue(p.whatDiffered().get(0).startsWith("Leverage: "), p.whatDiffered().toString());
        // The leaderboard is by score, best first.
        assertTrue(c.leaderboard().get(0).score().total() >= c.leaderboard().get(1).score().total());
    }

    @Test
    void withUnequalSeedsChoicesAndLuckAddUpToTheGap() throws Exception {
        SaveFile a = bot("leverage", 7, "Leverage");
        SaveFile b = bot("conservative", 11, "Conservative");
        Comparison.Pair p = compare(a, b).pairs().get(0);
        assertEquals(p.score().gap(), p.score().choices() + p.score().luck(), EPS);
        assertEquals(p.tsr().gap(), p.tsr().choices() + p.tsr().luck(), EPS);
        assertTrue(p.score().luck() != 0, "different worlds: part of the gap is luck");
        for (String s : p.skipped()) {
            assertTrue(s.contains("in the world of seed"), s);
        }
    }

    @Test
    void theSamePlanInTwoWorldsIsAllLuck() throws Exception {
        SaveFile a = TestGames.save(TestGames.played(7, "Seven", Integer.MAX_VALUE));
        SaveFile b = TestGames.save(TestGames.played(8, "Eight", Integer.MAX_VALUE));
        Comparison.Pair p = compare(a, b).pairs().get(0);
        assertNull(p.firstDifference(), "the decisions never differ");
        assertEquals(0, p.score().choices(), EPS);
        assertEquals(p.score().gap(), p.score().luck(), EPS);
    }

    @Test
    void theSymmetricSplitIsTheAverageOverBothWorlds() {
        // A scores 10 at home and 6 in B's world; B scores 4 at home and 8 in A's world.
        Comparison.Split s = Comparison.split(10, 4, 6, 8);
        assertEquals(6, s.gap(), EPS);
        assertEquals(((10 - 8) + (6 - 4)) / 2.0, s.choices(), EPS);
        assertEquals(((10 - 6) + (8 - 4)) / 2.0, s.luck(), EPS);
    }

    @Test
    void savesOfDifferentScenariosAreRefused() throws Exception {
        Scenario sc = TestGames.scenario();
        Scenario other = new ObjectMapper().readerFor(Scenario.class).readValue(
                new ObjectMapper().writeValueAsString(sc).replace(sc.name(), sc.name() + " (harder)"));
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Autosave.write(a, TestGames.save(TestGames.played(7, "A", 2)));
        Autosave.write(b, TestGames.save(TestGames.played(other, 7, "B", 2)));
        assertThrows(Comparison.DifferentScenarios.class, () -> compare(dev.capex.save.SaveJson.load(a),
                dev.capex.save.SaveJson.load(b)));
        TestGames.Run r = TestGames.capex("compare", a.toString(), b.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("are games of different scenarios"), r.err());
    }

    @Test
    void everyFormatHoldsTheTableTheLeaderboardAndTheSplit() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Autosave.write(a, TestGames.save(TestGames.played(7, "Alpha", 3)));
        Autosave.write(b, TestGames.save(TestGames.played(8, "Beta", 3)));
        TestGames.Run text = TestGames.capex("compare", a.toString(), b.toString());
        assertEquals(ExitCodes.OK, text.exit(), text.err());
        assertTrue(text.out().contains("Leaderboard (by score)") && text.out().contains("Alpha vs Beta"), text.out());
        assertTrue(text.out().contains("2025Q4   Beta"), text.out());

        TestGames.Run csv = TestGames.capex("compare", a.toString(), b.toString(), "--format", "csv");
        String[] tables = csv.out().split("\n\n");
        assertEquals(3, tables.length);
        assertTrue(tables[0].startsWith("quarter,game,cash,debt,interest,rating,elo,rank,gwOnline,sharePrice,tsr,score"));
        assertEquals(1 + 6, tables[0].split("\n").length, "a row per game per quarter");

        Path md = dir.resolve("c.md");
        TestGames.Run mdRun = TestGames.capex("compare", a.toString(), b.toString(), "--format", "markdown", "--out",
                md.toString());
        assertEquals(ExitCodes.OK, mdRun.exit(), mdRun.err());
        assertTrue(Files.readString(md).contains("## Choices and luck"));

        TestGames.Run json = TestGames.capex("compare", a.toString(), b.toString(), "--format", "json");
        var tree = new ObjectMapper().readTree(json.out());
        assertEquals(2, tree.get("games").size());
        var pair = tree.get("pairs").get(0);
        assertEquals(pair.get("score").get("gap").asDouble(),
                pair.get("score").get("choices").asDouble() + pair.get("score").get("luck").asDouble(), EPS);

        TestGames.Run bad = TestGames.capex("compare", a.toString(), b.toString(), "--format", "xml");
        assertEquals(ExitCodes.USAGE, bad.exit());
    }
}
