package dev.capex.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.capex.engine.decision.Decision;
import org.junit.jupiter.api.Test;

/** Every lever's form, its live preview and the engine's verdict, as drawn on a 100x30 terminal. */
class FormsScreenTest {

    private static void contains(String screen, String... parts) {
        for (String p : parts) {
            assertTrue(screen.contains(p), "expected '" + p + "' on screen:\n" + screen);
        }
    }

    @Test
    void everyLeverOpensFromTheMenuWithAPreviewOfTheQuarter() {
        Harness h = new Harness(100, 30);
        for (int i = 0; i < dev.capex.engine.levers.LeverRules.TYPES.size(); i++) {
            char key = (char) ('a' + i);
            h.type("n");
            contains(h.screen(), "New decision for " + h.session.scenario().start());
            h.type(String.valueOf(key));
            DecisionForm f = assertInstanceOf(DecisionForm.class, h.tui.activeWindow(), "lever " + key);
            assertEquals(dev.capex.engine.levers.LeverRules.TYPES.get(i), f.lever().type());
            String s = h.screen();
            contains(s, f.lever().title(), "Preview of " + h.session.scenario().start() + " with this decision", "Cash after", "Interest",
                    "Net leverage", "Rating", "outlook", "F1 explains");
            assertTrue(s.contains("✓ ") || s.contains("✗ REFUSED: "), "a verdict for " + f.lever().type() + ":\n" + s);
            h.key(KeyType.Escape);
            assertFalse(h.tui.activeWindow() instanceof DecisionForm);
        }
        assertTrue(h.session.queued().isEmpty(), "Escape queues nothing");
    }

    @Test
    void aGpuOrderShowsWhenItArrivesAndIsQueuedWithTheCashItUses() {
        Harness h = new Harness(100, 30);
        h.type("n").type("h");
        DecisionForm f = (DecisionForm) h.tui.activeWindow();
        contains(h.screen(), "Order GPUs", "Generation", "Units", "lead time");
        // Tab to the units box, replace the number, watch the preview change.
        h.key(KeyType.Tab).clearField().type("300k");
        Decision.OrderGpus order = assertInstanceOf(Decision.OrderGpus.class, f.decision());
        assertEquals(300_000, order.units());
        var gen = h.session.scenario().gpuGenerations().stream().filter(g -> g.id().equals(order.generation()))
                .findFirst().orElseThrow();
        var start = h.session.scenario().start();
        contains(h.screen(), gen.name(), "✓ ORDER-", "due " + start.plus(gen.leadTimeQuarters()), "deposit now",
                "Cash after");
        h.key(KeyType.Enter);
        assertEquals(1, h.session.queued().size());
        contains(h.screen(), "QUEUED for " + start + " (1)", "order 300,000 " + gen.id(), "cash",
                "Queued: order 300,000 " + gen.id());
    }

    @Test
    void privateCreditShowsItsCovenantsAndTheInterestItAdds() {
        Harness h = new Harness(100, 30);
        h.type("n").type("a");
        DecisionForm f = (DecisionForm) h.tui.activeWindow();
        var lender = h.session.scenario().lenders().get(0);
        contains(h.screen(), "Private credit", lender.name(), "covenants: net", String.format(java.util.Locale.ROOT,
                "leverage <= %.2fx", lender.maxNetLeverage()));
        h.key(KeyType.Tab).clearField().type("20B");
        contains(h.screen(), "PC-", "raised at", "covenant headroom", "a year (now $", "▲ +");
        h.key(KeyType.Enter);
        assertInstanceOf(Decision.PrivateCredit.class, h.session.queued().get(0));
        assertFalse(h.tui.activeWindow() instanceof DecisionForm);
        contains(h.screen(), "private credit from " + lender.name() + ", $20.0B", "+$20.0B cash", "headroom");
    }

    @Test
    void aRefusedDecisionShowsTheEnginesReasonAndStaysOutOfTheQueue() {
        Harness h = new Harness(100, 30);
        h.type("n").type("a");
        h.key(KeyType.Tab).clearField().type("900B");
        contains(h.screen(), "✗ REFUSED: ");
        h.key(KeyType.Enter);
        assertTrue(h.session.queued().isEmpty());
        assertInstanceOf(DecisionForm.class, h.tui.activeWindow(), "the form stays open to fix the amount");
    }

    @Test
    void anUnreadableNumberIsExplainedAndLettersAreNotTyped() {
        Harness h = new Harness(100, 30);
        h.type("n").type("h").key(KeyType.Tab).clearField().type("xyz");
        contains(h.screen(), "Cannot read the form: units: required");
        h.type("1.2.3");
        contains(h.screen(), "units: write a number like 300000 or 300k");
    }

    @Test
    void aQueuedDecisionCanBeEditedAndRemovedBeforeTheQuarterEnds() {
        Harness h = new Harness(100, 30);
        h.type("n").type("h").key(KeyType.Tab).clearField().type("100k").key(KeyType.Enter);
        h.type("n").type("o").key(KeyType.Tab);
        h.tui.activeWindow();
        ((DecisionForm) h.tui.activeWindow()).set("amount", "2B");
        h.key(KeyType.Enter);
        assertEquals(2, h.session.queued().size());
        h.key(KeyType.ArrowUp).key(KeyType.Enter);
        DecisionForm f = assertInstanceOf(DecisionForm.class, h.tui.activeWindow());
        contains(h.screen(), "Edit #1: Order GPUs", "Update");
        h.key(KeyType.Tab).clearField().type("50k").key(KeyType.Enter);
        Decision.OrderGpus edited = assertInstanceOf(Decision.OrderGpus.class, h.session.queued().get(0));
        assertEquals(50_000, edited.units());
        contains(h.screen(), "Updated #1: order 50,000 " + edited.generation());
        h.key(KeyType.Delete);
        assertEquals(1, h.session.queued().size());
        assertInstanceOf(Decision.Buyback.class, h.session.queued().get(0));
        contains(h.screen(), "Removed: order 50,000 " + edited.generation(),
                "QUEUED for " + h.session.scenario().start() + " (1)");
        assertFalse(f.isVisible() && h.tui.activeWindow() == f);
    }

    @Test
    void f1InAFormOpensTheGlossaryAtItsTerm() {
        Harness h = new Harness(100, 30);
        h.type("n").type("a").key(KeyType.F1);
        String s = h.screen();
        contains(s, "Glossary", "Private credit", "Loans from investment firms");
        h.key(KeyType.Escape);
        assertInstanceOf(DecisionForm.class, h.tui.activeWindow(), "back in the form");
    }

    @Test
    void aBondDealAddsAndRemovesTranchesAndPricesEachOne() {
        Harness h = new Harness(100, 30);
        char key = (char) ('a' + dev.capex.engine.levers.LeverRules.TYPES.indexOf("bondDeal"));
        h.type("n").type(String.valueOf(key));
        DecisionForm f = (DecisionForm) h.tui.activeWindow();
        contains(h.screen(), "Bond deal", "3-year tranche", "40-year tranche", "10y");
        // Add a 5-year tranche (the second row), remove the 10-year one (0), add a 40-year one (the last row).
        h.key(KeyType.Tab).clearField().type("4B");
        h.key(KeyType.Tab).key(KeyType.Tab).clearField().type("0");
        h.key(KeyType.Tab).key(KeyType.Tab).key(KeyType.Tab).clearField().type("8.5B");
        Decision.BondDeal deal = assertInstanceOf(Decision.BondDeal.class, f.decision());
        assertEquals(java.util.List.of(new Decision.BondDeal.Tranche(4_000, 5), new Decision.BondDeal.Tranche(8_500, 40)),
                deal.tranches());
        String s = h.screen();
        contains(s, "bond deal $12.5B, 2 tranches", "5y $4.0B ", "$8.5B ", "(T+", "Interest");
        assertFalse(s.contains("10y $"), "the 10-year tranche is gone:\n" + s);
        h.key(KeyType.Enter);
        assertEquals(deal, h.session.queued().get(0));
        contains(h.screen(), "bond deal of $12.5B in 2 tranches (5, 40 years)");
    }

    @Test
    void aModelIsHeldBackThroughItsFormAndAReleaseWithoutAHeldModelIsRefused() {
        Harness h = new Harness(80, 24);
        char key = (char) ('a' + dev.capex.engine.levers.LeverRules.TYPES.indexOf("modelRelease"));
        h.type("n").type(String.valueOf(key));
        DecisionForm f = (DecisionForm) h.tui.activeWindow();
        String training = dev.capex.engine.rules.ArenaRules.modelName(h.session.scenario().ai(),
                h.session.state().lab().ai().runNumber());
        contains(h.screen(), "Model release", training + ", in training", "✓ " + training + " will be held back");
        // Choose "release": nothing is held, so the engine refuses and says so.
        h.key(KeyType.Enter).key(KeyType.ArrowDown).key(KeyType.Enter);
        contains(h.screen(), "✗ REFUSED: ", "no model is held back");
        h.key(KeyType.Enter).key(KeyType.ArrowUp).key(KeyType.Enter);
        contains(h.screen(), "✓ " + training + " will be held back");
        h.key(KeyType.Tab).key(KeyType.Tab).key(KeyType.Enter);
        assertEquals(new Decision.ModelRelease("hold", training), h.session.queued().get(0));
        contains(h.screen(), "hold back " + training);
    }

    @Test
    void formsFitTheSmallestTerminal() {
        Harness h = new Harness(80, 24);
        h.type("n").type("a");
        contains(h.screen(), "Private credit", "Cash after", "Queue", "Cancel");
    }
}
