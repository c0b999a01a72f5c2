package dev.capex.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.capex.analysis.Comparison;
import dev.capex.analysis.Replay;
import dev.capex.engine.model.Scenario;
import dev.capex.play.GameSession;
import dev.capex.save.SaveFile;
import dev.capex.save.TestGames;
import dev.capex.strategy.Bots;
import dev.capex.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A facilitator browses the teams' saves side by side in the terminal. */
class CompareViewTest {
    private static Comparison three;

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
        List<String> files = new ArrayList<>();
        List<Replay.Result> replays = new ArrayList<>();
        for (SaveFile s : saves) {
            files.add(s.team() + ".json");
            replays.add(Replay.run(s));
        }
        return Comparison.of(files, replays);
    }

    @BeforeAll
    static void threeTeams() throws Exception {
        three = compare(bot("leverage", 7, "Leverage"), bot("conservative", 7, "Conservative"),
                bot("asset-light", 11, "Light"));
    }

    private static Screens<CompareView> open(Comparison c, int columns, int rows) {
        return new Screens<>(columns, rows, s -> new CompareView(c, s, true));
    }

    private static void contains(String screen, String... parts) {
        for (String p : parts) {
            assertTrue(screen.contains(p), "expected '" + p + "' on screen:\n" + screen);
        }
    }

    private static Comparison.Game game(String team) {
        return three.games().stream().filter(g -> g.save().team().equals(team)).findFirst().orElseThrow();
    }

    private static String row(String screen, String label) {
        for (String r : screen.split("\n")) {
            if (r.startsWith(label)) {
                return r;
            }
        }
        throw new AssertionError("no row " + label + ":\n" + screen);
    }

    @Test
    void inGermanEveryWordOfTheViewIsGermanAndTheFiguresTheSame() {
        dev.capex.report.Msg.use("de");
        try {
            Screens<CompareView> v = open(three, 80, 24);
            String s = v.screen();
            contains(s, "VERGLEICH · 3 Spiele · meta-2025 · 2028Q4 · 15 von 15", "RANGLISTE (nach Wertung)",
                    "Tab Abschnitt", "q Ende");
            for (String label : new String[] {"Liquidität", "Schulden", "Zinsen Q", "Arena-Rang", "GW am Netz",
                "Aktienkurs", "Wertung"}) {
                row(s, label);
            }
            for (String english : new String[] {"COMPARE", "LEADERBOARD", "Cash", "Debt", "Share price", "q quit"}) {
                assertTrue(!s.contains(english), "'" + english + "' on the German screen:\n" + s);
            }
            v.key(KeyType.Home);
            long cash = three.games().get(0).replay().quarters().get(0).figures().cashM();
            assertTrue(row(v.screen(), "Liquidität").contains(Fmt.money(cash)), v.screen());
            v.key(KeyType.End);
            v.key(KeyType.Tab);
            contains(v.screen(), "PAAR 1 von", "Entscheidungen", "Glück");
            v.type("?");
            contains(v.screen(), "Hilfe", "So liest man es");
        } finally {
            dev.capex.report.Msg.use("en");
        }
    }

    @Test
    void atEightyByTwentyFourTheLastQuarterSideBySideAndTheLeaderboard() {
        Screens<CompareView> v = open(three, 80, 24);
        String s = v.screen();
        String[] rows = s.split("\n");
        assertEquals(24, rows.length, s);
        contains(s, "COMPARE · 3 games · meta-2025 · 2028Q4 · 15 of 15", "Leverage", "Conservative", "Light",
                "LEADERBOARD (by score)", "Tab section", "q quit");
        for (String label : new String[] {"Cash", "Debt", "Interest q", "Rating", "Elo", "Arena rank", "GW online",
            "Share price", "TSR", "Score"}) {
            row(s, label);
        }
        // The leaderboard is by score: its first line is the game with the best score, its last the worst.
        Comparison.Standing first = three.leaderboard().get(0);
        Comparison.Standing last = three.leaderboard().get(2);
        int a = s.indexOf("  1  " + first.game().label());
        int b = s.indexOf("  3  " + last.game().label());
        assertTrue(a > 0 && b > a, s);
        contains(s, String.format(java.util.Locale.ROOT, "%.1f", first.score().total()));
        // The leverage bot defaulted before the last quarter: its column says so.
        assertTrue(game("Leverage").finalState().isOver() && game("Leverage").quartersPlayed() < 15);
        assertTrue(row(s, "Cash").contains("defaulted"), s);
        // The best score of the quarter is marked.
        String score = row(s, "Score");
        assertTrue(score.contains("*" + String.format(java.util.Locale.ROOT, "%.1f", first.score().total())), score);
        assertTrue(rows[23].contains("q quit"), s);
    }

    @Test
    void theArrowsMoveTheQuarterAndTheFiguresAreEachGamesOwn() {
        Screens<CompareView> v = open(three, 80, 24);
        v.key(KeyType.Home);
        assertEquals(0, v.view.quarterIndex());
        String s = v.screen();
        contains(s, "2025Q2 · 1 of 15", "QUARTER 2025Q2");
        for (Comparison.Game g : three.games()) {
            long cash = g.replay().quarters().get(0).figures().cashM();
            assertTrue(row(s, "Cash").contains(Fmt.money(cash)), g.label() + " " + Fmt.money(cash) + "\n" + s);
        }
        v.key(KeyType.ArrowRight).key(KeyType.ArrowRight);
        s = v.screen();
        contains(s, "QUARTER 2025Q4", "3 of 15");
        String elo = row(s, "Elo");
        for (Comparison.Game g : three.games()) {
            assertTrue(elo.contains(String.format(java.util.Locale.ROOT, "%.0f", g.replay().quarters().get(2).figures().elo())),
                    elo);
        }
        v.key(KeyType.ArrowLeft).key(KeyType.ArrowLeft).key(KeyType.ArrowLeft);
        assertEquals(0, v.view.quarterIndex(), "no quarter before the first");
        contains(v.screen(), "the first quarter");
        v.key(KeyType.End);
        contains(v.screen(), "2028Q4 · 15 of 15");
    }

    @Test
    void tabGoesThroughThePairsWithWhereTheyDifferAndTheChoicesLuckSplit() {
        Screens<CompareView> v = open(three, 80, 24);
        v.key(KeyType.Tab);
        assertEquals(1, v.view.section());
        Comparison.Pair same = three.pairs().get(0);
        String s = v.screen();
        contains(s, "PAIR 1 of 3 · Leverage vs Conservative", "Same seed (7): the whole gap is choices.",
                String.format(java.util.Locale.ROOT, "Score gap %+.1f points = choices %+.1f + luck +0.0",
                        same.score().gap(), same.score().choices()),
                "choices 100%", "0% luck");
        v.key(KeyType.PageDown);
        contains(v.screen(), "Decisions first differ in " + same.firstDifference(), "Leverage: ", "Conservative: ");
        // The pair of unequal seeds: the split has both parts and they add up to the gap.
        v.key(KeyType.Tab).key(KeyType.Tab);
        Comparison.Pair luck = three.pairs().get(2);
        assertEquals(luck.score().gap(), luck.score().choices() + luck.score().luck(), 1e-9);
        s = v.screen();
        contains(s, "PAIR 3 of 3 · Conservative vs Light", "Seeds 7 and 11",
                String.format(java.util.Locale.ROOT, "Score gap %+.1f points = choices %+.1f + luck %+.1f",
                        luck.score().gap(), luck.score().choices(), luck.score().luck()), "TSR gap");
        // d: the quarter in which the pair's decisions first differ.
        v.type("d");
        contains(v.screen(), "QUARTER " + luck.firstDifference());
        // Tab after the last pair comes back to the leaderboard; Shift-Tab goes back.
        v.key(KeyType.Tab);
        assertEquals(0, v.view.section());
        contains(v.screen(), "LEADERBOARD");
        v.key(KeyType.ReverseTab);
        assertEquals(3, v.view.section());
    }

    @Test
    void aTallTerminalShowsTheLeaderboardAndAPairTogetherWithMoreRows() {
        Screens<CompareView> v = open(three, 120, 40);
        String s = v.screen();
        contains(s, "COMPARE · 3 games of " + three.scenario().name(), "LEADERBOARD (by score", "Behind", "leader",
                "PAIR 1 of 3 · Leverage vs Conservative · Tab: next pair", "choices 100%", "TSR gap", "Net leverage",
                "Decisions", "Seed", "Home/End", "first difference");
        assertTrue(s.contains("leader"), s);
        row(s, "Net leverage");
        v.key(KeyType.Tab);
        contains(v.screen(), "PAIR 2 of 3 · Leverage vs Light", "LEADERBOARD");
        v.resize(80, 24);
        contains(v.screen(), "PAIR 2 of 3", "Tab: next section");
        v.resize(60, 20);
        contains(v.screen(), "needs a terminal of at least 80x24", "this one is 60x20");
    }

    @Test
    void helpExplainsTheKeysAndTheSplitAndQQuits() {
        Screens<CompareView> v = open(three, 100, 30);
        v.type("?");
        contains(v.screen(), "Help", "the next / previous section", "Choices and luck", "the same world");
        v.key(KeyType.Escape);
        assertFalse(v.view.isDone());
        contains(v.screen(), "COMPARE");
        v.type("q");
        assertTrue(v.view.isDone());
    }

    @Test
    void moreGamesThanFitScrollSideways() throws Exception {
        SaveFile s = TestGames.save(TestGames.played(7, "T", 2));
        List<String> files = new ArrayList<>();
        List<Replay.Result> replays = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            files.add("team" + i + ".json");
            replays.add(Replay.run(s));
        }
        Comparison eight = Comparison.of(files, replays);
        Screens<CompareView> v = open(eight, 80, 24);
        String sc = v.screen();
        contains(sc, "1-6 of 8 <>", "m1.json)", "m6.json)", "<> games", "q quit");
        assertFalse(sc.contains("m8.json"), sc);
        v.type(">>");
        contains(v.screen(), "3-8 of 8", "m8.json)");
        v.key(KeyType.Tab);
        contains(v.screen(), "Decisions first differ: never");
    }

    @Test
    void withoutAConsoleCompareWritesTheSameTextAsBefore(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path a = dir.resolve("a.json");
        java.nio.file.Path b = dir.resolve("b.json");
        java.nio.file.Files.writeString(a, dev.capex.save.SaveJson.write(TestGames.save(TestGames.played(7, "A", 3))));
        java.nio.file.Files.writeString(b, dev.capex.save.SaveJson.write(TestGames.save(TestGames.played(11, "B", 3))));
        TestGames.Run plain = TestGames.capex("compare", a.toString(), b.toString());
        TestGames.Run text = TestGames.capex("compare", a.toString(), b.toString(), "--format", "text");
        assertEquals(0, plain.exit(), plain.err());
        assertEquals(text.out(), plain.out());
        assertTrue(plain.out().contains("Leaderboard (by score)"), plain.out());
    }
}
