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

    @Test
    void theOpeningDashboardFitsAnEightyByTwentyFourTerminal() {
        Harness h = new Harness(80, 24);
        String s = h.screen();
        contains(s, "Meta Platforms · 2025Q2 · 1/15", "team Test", "seed 7", "FINANCE", "AI RACE", "Cash", "$70.2B",
                "Debt", "Interest/yr", "Net leverage", "Covenant", "Rating", "Aa3", "Share price", "$576.36",
                "Market cap", "Arena rank", "#33", "Frontier", "1446", "Training run", "Stars",
                "QUEUED for 2025Q2 (0)", "NEWS", "Welcome, CFO", "e end qtr", "q quit", "? help", "n new", "Del drop");
        String[] rows = s.split("\n");
        assertEquals(24, rows.length, s);
        assertTrue(rows[23].contains("quit"), "the key bar is the last row:\n" + s);
    }

    @Test
    void aLargerTerminalGetsLongerLabelsAndTheScenarioName() {
        Harness h = new Harness(120, 40);
        contains(h.screen(), "Meta's AI capital race", "Interest last qtr", "Interest a year", "Covenant headroom",
                "Free cash flow (q)", "Star researchers", "new decision", "end quarter", " g ", "glossary", "quit");
    }

    @Test
    void afterAQuarterChangesCarryArrowsAndTheNewsNamesCompetitors() {
        Harness h = new Harness(100, 30);
        h.type("e").type("y");
        contains(h.screen(), "2025Q2 result", "Income statement", "Revenue", "$46.3B", "EBITDA", "Net income",
                "arena rank #44 (was #33, ▼ 11 down)", "Enter: on to 2025Q3", "Cash flow", "Free cash flow");
        h.key(KeyType.PageDown);
        contains(h.screen(), "Equity", "What happened, and why");
        h.key(KeyType.End);
        contains(h.screen(), "Competitors' moves", "Google releases");
        h.key(KeyType.Enter);
        String s = h.screen();
        contains(s, "2025Q3 · 2/15", "change since 2025Q1", "NEWS from 2025Q2", "OpenAI", "▼ 11 down");
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
        contains(s, "Interest last qtr", "Meta's AI capital race");
        assertFalse(s.contains("needs a terminal"), s);
    }

    @Test
    void withoutColourTheScreenStillSaysEverything() {
        Harness h = new Harness(80, 24, false);
        contains(h.screen(), "Cash", "$70.2B", "Covenant", "none");
    }

    @Test
    void helpNamesEveryKeyAndTheGlossaryExplainsTheTerms() {
        Harness h = new Harness(100, 30);
        h.type("?");
        contains(h.screen(), "Help", "end the quarter", "quit", "glossary", "Esc");
        h.type("g");
        contains(h.screen(), "Glossary", "Arena rank and Elo", "Covenant");
        h.key(KeyType.Escape).key(KeyType.Escape);
        contains(h.screen(), "QUEUED for 2025Q2");
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
        contains(h.screen(), "End 2025Q2 with no new decisions");
        h.key(KeyType.Escape);
        assertEquals(0, h.session.state().turn());
        contains(h.screen(), "2025Q2 · 1/15");
    }

    @Test
    void theLastQuarterEndsOnTheScorecard() {
        Harness h = new Harness(100, 30);
        while (h.session.state().turn() < h.session.scenario().turns() - 1) {
            h.session.play(java.util.List.of());
        }
        h.tui.dashboard().refresh();
        h.type("e").type("y");
        contains(h.screen(), "2028Q4 result", "Enter: the final scorecard");
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
