package dev.capex.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

/** What a player sees on the dashboard, read from a virtual terminal. */
class DashboardScreenTest {

    private static void contains(String screen, String... parts) {
        for (String p : parts) {
            assertTrue(screen.contains(p), "expected '" + p + "' on screen:\n" + screen);
        }
    }

    /** The opening figures as the dashboard formats them, read from the game's state (never from a calibration). */
    private static Metrics opening(Harness h) {
        return Metrics.start(h.session.scenario(), h.session.state());
    }

    private static String header(Harness h, int turn) {
        var sc = h.session.scenario();
        return sc.company().name() + " · " + sc.start().plus(turn - 1) + " · " + turn + "/" + sc.turns();
    }

    @Test
    void theOpeningDashboardFitsAnEightyByTwentyFourTerminal() {
        Harness h = new Harness(80, 24);
        String s = h.screen();
        Metrics m = opening(h);
        String first = h.session.scenario().start().toString();
        contains(s, header(h, 1), "team Test", "seed 7", "FINANCE", "AI RACE", "Cash", Fmt.money(m.cashM()),
                "Debt", "Interest/yr", "Net leverage", "Covenant", "Rating", m.rating(), "Share price",
                String.format(java.util.Locale.ROOT, "$%.2f", m.sharePrice()), "Market cap", "Arena rank",
                "#" + m.rank(), "Frontier", String.format(java.util.Locale.ROOT, "%.0f", m.frontierElo()),
                "Training run", "Stars", "QUEUED for " + first + " (0)", "NEWS", "Welcome, CFO", "e end qtr", "q quit",
                "? help", "n new", "Del drop");
        String[] rows = s.split("\n");
        assertEquals(24, rows.length, s);
        assertTrue(rows[23].contains("quit"), "the key bar is the last row:\n" + s);
    }

    @Test
    void aLargerTerminalGetsLongerLabelsAndTheScenarioName() {
        Harness h = new Harness(120, 40);
        contains(h.screen(), "Screen test", "Interest last qtr", "Interest a year", "Covenant headroom",
                "Free cash flow (q)", "Star researchers", "new decision", "end quarter", " g ", "glossary", "quit");
    }

    @Test
    void afterAQuarterChangesCarryArrowsAndTheNewsNamesCompetitors() {
        Harness h = new Harness(100, 30);
        var sc = h.session.scenario();
        int rankBefore = opening(h).rank();
        h.type("e").type("y");
        var f = h.session.state().latest();
        contains(h.screen(), sc.start() + " result", "Income statement", "Revenue", Fmt.money(f.revenueM()), "EBITDA",
                "Net income", "arena rank #" + f.rank() + " (was #" + rankBefore + ", " + Fmt.rankChange(rankBefore,
                        f.rank()), "Enter: on to " + sc.start().plus(1), "Cash flow", "Free cash flow");
        h.key(KeyType.PageDown);
        contains(h.screen(), "Equity", "What happened, and why");
        h.key(KeyType.End);
        contains(h.screen(), "Competitors' moves");
        h.key(KeyType.Enter);
        String s = h.screen();
        contains(s, header(h, 2), "change since " + sc.start().plus(-1), "NEWS from " + sc.start(),
                Fmt.rankChange(rankBefore, f.rank()));
        assertTrue(sc.competitors().stream().anyMatch(c -> s.contains(c.name())), "the news names a competitor:\n" + s);
        assertTrue(s.contains("▲ +") || s.contains("▼ -"), s);
        h.key(KeyType.PageDown);
        assertFalse(h.screen().contains(" 1-"), "the news scrolled:\n" + h.screen());
    }

    @Test
    void followsAResizeAndSaysSoWhenTheTerminalIsTooSmall() {
        Harness h = new Harness(80, 24);
        h.resize(70, 20);
        contains(h.screen(), "Capex needs a terminal of at least 80x24", "this one is 70x20", "--plain");
        h.resize(120, 40);
        String s = h.screen();
        contains(s, "Interest last qtr", "Screen test");
        assertFalse(s.contains("needs a terminal"), s);
    }

    @Test
    void withoutColourTheScreenStillSaysEverything() {
        Harness h = new Harness(80, 24, false);
        contains(h.screen(), "Cash", Fmt.money(opening(h).cashM()), "Covenant", "none");
    }

    @Test
    void helpNamesEveryKeyAndTheGlossaryExplainsTheTerms() {
        Harness h = new Harness(100, 30);
        h.type("?");
        contains(h.screen(), "Help", "end the quarter", "quit", "glossary", "Esc");
        h.type("g");
        contains(h.screen(), "Glossary", "Arena rank and Elo", "Covenant");
        h.key(KeyType.Escape).key(KeyType.Escape);
        contains(h.screen(), "QUEUED for " + h.session.scenario().start());
        h.key(KeyType.F1);
        contains(h.screen(), "Help");
    }

    @Test
    void quittingAsksFirst() {
        Harness h = new Harness(80, 24);
        h.type("q");
        contains(h.screen(), "Quit the game?");
        h.type("n");
        assertFalse(h.tui.isDone());
        h.type("q").type("y");
        assertTrue(h.tui.isDone());
    }

    @Test
    void endingAQuarterCanBeCancelled() {
        Harness h = new Harness(80, 24);
        h.type("e");
        contains(h.screen(), "End " + h.session.scenario().start() + " with no new decisions");
        h.key(KeyType.Escape);
        assertEquals(0, h.session.state().turn());
        contains(h.screen(), header(h, 1));
    }

    @Test
    void theLastQuarterEndsOnTheScorecard() {
        Harness h = new Harness(100, 30);
        while (h.session.state().turn() < h.session.scenario().turns() - 1) {
            h.session.play(java.util.List.of());
        }
        h.tui.dashboard().refresh();
        h.type("e").type("y");
        contains(h.screen(), h.session.scenario().end() + " result", "Enter: the final scorecard");
        h.key(KeyType.Enter);
        contains(h.screen(), "Scorecard", "Total shareholder return", "Final arena rank", "Score", "Team Test, seed 7");
        assertFalse(h.tui.isDone());
        h.key(KeyType.Enter);
        assertTrue(h.tui.isDone(), "closing the scorecard leaves the game");
    }

    @Test
    void theKeyBarKeepsQuitAndHelpOnScreenAtEveryWidth() {
        for (int cols = 80; cols <= 200; cols += 5) {
            Harness h = new Harness(cols, 30);
            String[] rows = h.screen().split("\n");
            String bar = rows[rows.length - 1];
            assertTrue(bar.contains(" q ") && bar.contains("quit") && bar.contains("help") && !bar.contains("…"),
                    cols + " columns: '" + bar + "'");
        }
    }

    @Test
    void rBeforeTheFirstQuarterSaysThereIsNoResultYet() {
        Harness h = new Harness(80, 24);
        h.type("r");
        contains(h.screen(), "No quarter played yet");
    }
}
