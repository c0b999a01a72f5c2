package dev.capex.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.Account;
import dev.capex.engine.model.CashLine;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.model.Statements;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cash bridge as Meta reports it: stock-based compensation costs no cash (its cash cost is the tax paid
 * when RSUs settle net, a financing outflow); current taxes differ from the expense (a deferred tax asset)
 * and are partly paid the next quarter; a tax-law card writes deferred tax assets off without cash; the
 * statements reconcile net income to operating cash flow line by line.
 */
class CashBridgeTest {
    static final long SEED = 5;

    /** Operating cash flow rebuilt from net income and the non-cash lines. */
    static long bridge(Statements st) {
        return st.netIncome() + st.line(Account.DEPRECIATION) + st.line(Account.IMPAIRMENT) - st.line(Account.GAIN_ON_SALE)
                + st.stockCompensation() + st.line(Account.INCOME_TAX) + st.cash(CashLine.TAX_PAID)
                - st.cash(CashLine.FINANCING_FEES);
    }

    @Test
    void netIncomePlusTheNonCashLinesIsOperatingCashFlowEveryQuarter() {
        Game meta = Game.baseline(SEED);
        for (int i = 0; i < 8; i++) {
            meta.play();
            Statements st = meta.statements();
            assertEquals(st.operatingCashFlow(), bridge(st), st.quarter() + ": the bridge ties out");
            assertTrue(st.stockCompensation() > 0, "Meta pays its staff partly in stock");
            assertTrue(st.cash(CashLine.RSU_TAXES) < 0, "and pays their taxes when the RSUs settle");
            assertEquals(CashLine.Section.FINANCING, CashLine.RSU_TAXES.section());
        }
    }

    @Test
    void stockCompensationLowersIncomeButNotOperatingCashFlow() {
        Scenario sc = TestWorld.baseline();
        Scenario noStock = TestWorld.with(sc, "accounting", TestWorld.with(sc.accounting(), "stockCompShareOfCoreOpex", 0.0));
        Game meta = Game.start(sc, SEED);
        Game cashOnly = Game.start(noStock, SEED);
        meta.play();
        cashOnly.play();
        assertEquals(cashOnly.statements().operatingIncome(), meta.statements().operatingIncome(),
                "the same costs, paid in stock or in cash");
        long sbc = meta.statements().line(Account.STOCK_COMPENSATION);
        assertEquals(cashOnly.statements().operatingCashFlow() + sbc, meta.statements().operatingCashFlow());
        assertEquals(Math.round(sbc * sc.accounting().rsuTaxShareOfStockComp()), -meta.cash(CashLine.RSU_TAXES), 1);
        assertTrue(meta.state.books().sharesOutstanding() > cashOnly.state.books().sharesOutstanding(), "the RSUs dilute");
    }

    @Test
    void currentTaxAboveTheExpenseBuildsADeferredTaxAssetAndPartIsPaidNextQuarter() {
        Scenario sc = TestWorld.baseline();
        Game meta = Game.start(sc, SEED);
        meta.play();
        long expense = meta.line(Account.INCOME_TAX);
        long deferred = meta.state.books().ledger().natural(Account.DEFERRED_TAX);
        long current = expense + deferred;
        assertEquals(Math.round(expense * sc.accounting().currentTaxShareOfExpense()), current, 1);
        long owed = meta.state.books().ledger().natural(Account.TAX_PAYABLE);
        assertEquals(current - Math.round(current * sc.accounting().taxPaidInQuarterShare()), owed, 1);
        meta.play();
        assertTrue(-meta.cash(CashLine.TAX_PAID) > owed, "what was owed is paid with the next quarter's share");
    }

    @Test
    void aTaxLawCardWritesDeferredTaxOffWithoutCashAndStopsItGrowing() {
        Scenario sc = TestWorld.baseline();
        Scenario.EventCard card = new Scenario.EventCard("tax-law", "Tax law change", "R&D expensing returns.",
                dev.capex.engine.model.CardKind.scheduled, "2025Q4", 0, "2025Q4", "2025Q4", true, List.of(),
                List.of(new Scenario.Effect(dev.capex.engine.model.CardEffect.taxLaw, 0.5, 4)), null);
        List<Scenario.EventCard> events = new ArrayList<>(sc.events());
        events.add(card);
        Scenario withLaw = TestWorld.with(sc, "events", events);
        Game meta = Game.start(withLaw, SEED);
        Game twin = Game.start(sc, SEED);
        meta.play();
        twin.play();
        meta.play();
        twin.play();
        long dtaBefore = meta.state.books().ledger().natural(Account.DEFERRED_TAX);
        meta.play();
        twin.play();
        assertTrue(meta.events(GameEvent.CardDrawn.class).stream().anyMatch(c -> c.title().contains("Tax law")));
        long charge = meta.line(Account.INCOME_TAX) - twin.line(Account.INCOME_TAX);
        assertTrue(charge >= Math.round(dtaBefore * 0.5) - 1, "half the deferred tax assets written off: " + charge);
        assertEquals(twin.statements().operatingIncome(), meta.statements().operatingIncome());
        assertTrue(meta.statements().netIncome() < twin.statements().netIncome(), "a one-off charge to net income");
        long dtaAfter = meta.state.books().ledger().natural(Account.DEFERRED_TAX);
        meta.play();
        assertEquals(dtaAfter, meta.state.books().ledger().natural(Account.DEFERRED_TAX), "no new deferred tax while it lasts");
    }
}
