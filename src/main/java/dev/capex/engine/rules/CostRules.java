package dev.capex.engine.rules;

import dev.capex.engine.turn.Compute;
import dev.capex.engine.turn.Turn;
import dev.capex.engine.turn.WorkingBooks;
import dev.capex.engine.turn.WorkingFleet;
import dev.capex.engine.model.*;
import dev.capex.engine.model.Scenario.Costs;
import dev.capex.engine.model.Scenario.Talent;

/**
 * Step 8: costs. Core opex, Reality Labs, star packages (expensed as they vest, part in stock), power,
 * rented cloud, lease rent, depreciation (servers over the scenario's life, 5.5 years for Meta from
 * 2025), interest on every instrument, interest on cash, and tax.
 */
public final class CostRules {
    private CostRules() {
    }

    /** Fixed part of core opex this quarter, after growth and any restructuring. */
    public static double coreFixed(Turn w) {
        Costs c = w.sc.costs();
        // StrictMath.pow(1 + growth, t), worked out once per scenario for the game's quarters
        return c.coreOpexFixedM() * w.ix.financeTables().coreGrowth(1 + c.coreOpexGrowthPerQuarter(), w.t)
                * w.policy.workforceFactor();
    }

    public static void operating(Turn w, Compute compute) {
        Costs c = w.sc.costs();
        if (w.effectActive(EffectType.hiringFreeze, "")) {
            // A hiring freeze: the workforce stays as it is, so the fixed core costs do not grow this quarter.
            Policy p = w.policy;
            w.policy = p.withWorkforceFactor(p.workforceFactor() / (1 + c.coreOpexGrowthPerQuarter()));
        }
        long ads = w.incomeLine(Account.AD_REVENUE);
        long core = Turn.round(coreFixed(w) + c.coreOpexVariableShare() * ads);
        long stock = stockCompensation(w, core);
        w.post(Account.CORE_OPEX, Account.CASH, core - stock, CashLine.OPERATING_PAYMENTS);
        w.post(Account.REALITY_LABS_COSTS, Account.CASH, realityLabsCost(w.sc, w.q, w.policy.realityLabsBudgetM()),
                CashLine.OPERATING_PAYMENTS);
        talent(w);
        w.post(Account.POWER, Account.CASH, compute.powerCostM(), CashLine.OPERATING_PAYMENTS);
        // Data-center operations, network and maintenance grow with the fleet in use (Meta's "infrastructure costs").
        w.post(Account.FLEET_OPEX, Account.CASH, Turn.round(compute.gwUsed() * c.fleetOpexPerGwQuarterM()),
                CashLine.OPERATING_PAYMENTS);
        long cloud = 0;
        for (int kCc = 0; kCc < w.fleet.cloud.size(); kCc++) { // indexed: no iterator
            CloudContract cc = w.fleet.cloud.get(kCc);
            if (cc.activeIn(w.q)) {
                cloud += cc.rentPerQuarterM();
            }
        }
        w.post(Account.CLOUD_RENT, Account.CASH, cloud, CashLine.RENT_PAID);
        long rent = 0;
        for (int kL = 0; kL < w.financing.leases.size(); kL++) { // indexed: no iterator
            Lease l = w.financing.leases.get(kL);
            if (!w.q.isBefore(l.rentStarts()) && !w.q.isAfter(l.ends())) {
                rent += l.rentPerQuarterM();
            }
        }
        w.post(Account.LEASE_RENT, Account.CASH, rent, CashLine.RENT_PAID);
        // Residual value guarantees: when a lease ends, Meta makes up any fall in the site's value.
        for (int kL = 0; kL < w.financing.leases.size(); kL++) { // indexed: no iterator
            Lease l = w.financing.leases.get(kL);
            if (l.ends().equals(w.q) && l.guaranteeM() > 0) {
                long shortfall = Turn.round(l.guaranteeM() * Math.max(0, 1 - w.world.macro.assetIndex()));
                w.post(Account.LEASE_RENT, Account.CASH, shortfall, CashLine.RENT_PAID);
            }
        }
        // Contracts and leases that end this quarter leave (looked for first: no predicate made when none ends).
        int now = w.q.ordinal();
        for (int kCc = 0; kCc < w.fleet.cloud.size(); kCc++) {
            if (now >= w.fleet.cloud.get(kCc).ends().ordinal()) { // !q.isBefore(ends)
                Quarter q = w.q;
                w.fleet.cloud.removeIf(cc -> !q.isBefore(cc.ends()));
                break;
            }
        }
        for (int kL = 0; kL < w.financing.leases.size(); kL++) {
            if (now >= w.financing.leases.get(kL).ends().ordinal()) {
                Quarter q = w.q;
                w.financing.leases.removeIf(l -> !q.isBefore(l.ends()));
                break;
            }
        }
    }

    /**
     * The stock-based part of core costs (Meta: 16.7B of 95.1B of costs in 2024): an expense that costs no
     * cash when granted. Restricted stock units settle net: Meta withholds shares for the employees' taxes
     * and pays those taxes in cash (13.8B in 2024, a financing outflow); the rest are new shares.
     */
    static long stockCompensation(Turn w, long coreM) {
        Scenario.Accounting a = w.sc.accounting();
        long stock = Turn.round(coreM * a.stockCompShareOfCoreOpex());
        if (stock <= 0) {
            return 0;
        }
        w.post(Account.STOCK_COMPENSATION, Account.PAID_IN_CAPITAL, stock);
        long withheld = Turn.round(stock * a.rsuTaxShareOfStockComp());
        w.post(Account.PAID_IN_CAPITAL, Account.CASH, withheld, CashLine.RSU_TAXES);
        w.books.shares += Turn.round(Math.max(0, stock - withheld) * 1e6 / w.market.sharePrice());
        return stock;
    }

    /** Reality Labs' costs this quarter: the budget (an average quarter) times the season (devices ship for Q4). */
    public static long realityLabsCost(Scenario sc, Quarter q, long budgetM) {
        java.util.List<Double> season = sc.costs().realityLabsSeasonality();
        return season.isEmpty() ? budgetM : Turn.round(budgetM * season.get(q.q() - 1));
    }

    private static void talent(Turn w) {
        Talent tal = w.sc.talent();
        long cashPart = 0;
        long stockPart = 0;
        for (int kC = 0; kC < w.lab.talent.size(); kC++) { // indexed: no iterator
            TalentCohort c = w.lab.talent.get(kC);
            int year = w.q.minus(c.hired()) / 4;
            if (year >= tal.vestingByYear().size()) {
                continue;
            }
            double expense = c.stars() * c.packagePerStarM() * tal.vestingByYear().get(year) / 4;
            long stock = Turn.round(expense * tal.stockShare());
            cashPart += Turn.round(expense) - stock;
            stockPart += stock;
        }
        w.post(Account.TALENT_COMPENSATION, Account.CASH, cashPart, CashLine.TALENT_PAID);
        // Stock-based compensation costs no cash; it dilutes shareholders.
        w.post(Account.TALENT_COMPENSATION, Account.PAID_IN_CAPITAL, stockPart);
        if (stockPart > 0) {
            w.books.shares += Turn.round(stockPart * 1e6 / w.market.sharePrice());
        }
    }

    /**
     * Step 8, depreciation: reads and writes the fleet's cohorts and the books (the other assets and the
     * ledger), nothing else. Servers over their life, buildings over theirs: each book falls by its charge a
     * quarter, to zero at most. The books and charges are read from arrays beside the records (made when the
     * records are added; the records with their book values are made when read: {@code PendingBooks}).
     * Cohorts stay in the fleet when fully depreciated (they still compute); other assets leave the list.
     */
    public static void depreciation(WorkingFleet fleet, WorkingBooks books) {
        books.depreciate(fleet.depreciate());
    }

    public static void interest(Turn w) {
        double baseRate = w.baseRate(); // the same before and after the posting: worked out once
        long interest = w.financing.interestChargeM(baseRate, w.rating().spreadBp()); // Interest.chargeForQuarterM
        w.post(Account.INTEREST_EXPENSE, Account.CASH, interest, CashLine.INTEREST_PAID);
        double yield = Math.max(0, baseRate - w.sc.finance().cashYieldBelowBase());
        long income = Interest.forQuarterM(Math.max(0, w.books.openingCash), yield);
        w.post(Account.CASH, Account.INTEREST_INCOME, income, CashLine.INTEREST_RECEIVED);
    }

    /**
     * Tax at the scenario's rate on this quarter's pre-tax income (a loss gets a refund). Current tax (what
     * is owed to the tax authorities) may differ from the expense: Meta's current tax ran 57% above its tax
     * expense in 2024 because R&D had to be capitalised for tax from 2022; the difference builds a deferred
     * tax asset. A tax-law card ("taxLaw") stops the difference while it is active. The share of current
     * tax paid in the quarter is paid now, the rest the next quarter (with what was owed from the last one).
     */
    public static void tax(Turn w) {
        Scenario.Accounting a = w.sc.accounting();
        // Pre-tax income (a tax-law charge already posted this quarter is not part of it).
        long pretax = w.incomeSoFar() + w.incomeLine(Account.INCOME_TAX);
        long tax = Turn.round(pretax * w.sc.costs().taxRate());
        double currentShare = w.effectActive(EffectType.taxLaw, "") ? 1.0 : a.currentTaxShareOfExpense();
        long current = tax > 0 ? Turn.round(tax * currentShare) : tax;
        long deferred = current - tax;
        // The deferred tax asset cannot go below zero: a lower current tax first uses it up.
        deferred = Math.max(deferred, -w.balance(Account.DEFERRED_TAX));
        current = tax + deferred;
        long owedBefore = w.balance(Account.TAX_PAYABLE);
        w.post(Account.INCOME_TAX, Account.TAX_PAYABLE, tax);
        w.post(Account.DEFERRED_TAX, Account.TAX_PAYABLE, deferred);
        long paidNow = Turn.round(current * a.taxPaidInQuarterShare());
        w.post(Account.TAX_PAYABLE, Account.CASH, owedBefore + paidNow, CashLine.TAX_PAID);
    }

    /**
     * A change in tax law (a card): the deferred tax asset is partly written off at once, a non-cash tax
     * charge (Meta's 2025 charge when R&D expensing returned), and current taxes follow the expense while
     * the card is active.
     */
    public static long taxLawCharge(Turn w, double shareWrittenOff) {
        long charge = Turn.round(w.balance(Account.DEFERRED_TAX) * Turn.clamp(shareWrittenOff, 0, 1));
        w.post(Account.INCOME_TAX, Account.DEFERRED_TAX, charge);
        return charge;
    }
}
