package dev.capex.engine.model;

/**
 * A quarter's income lines (natural sign) and cash flow lines (signed, inflow positive), and the figures
 * the statements derive from them, defined here once: for {@link Statements} and for the engine's working
 * books at the close of a quarter (which read their arrays, with no statement built). Integer sums only.
 */
public interface QuarterLines {
    /** An income or expense line, natural sign (0 when absent). */
    long line(Account a);

    /** A cash flow line, signed (0 when absent). */
    long cash(CashLine l);

    default long revenue() {
        return line(Account.AD_REVENUE) + line(Account.REALITY_LABS_REVENUE) + line(Account.COMPUTE_RESALE_REVENUE);
    }

    /** Operating costs before depreciation (cash and stock-based). */
    default long operatingCosts() {
        return line(Account.CORE_OPEX) + line(Account.STOCK_COMPENSATION) + line(Account.FLEET_OPEX)
                + line(Account.REALITY_LABS_COSTS) + line(Account.TALENT_COMPENSATION)
                + line(Account.POWER) + line(Account.CLOUD_RENT) + line(Account.LEASE_RENT)
                + line(Account.RESTRUCTURING) + line(Account.LEGAL);
    }

    default long ebitda() {
        return revenue() - operatingCosts();
    }

    /** Income from operations, as Meta reports it: impairments and gains on stakes and sales are below it. */
    default long operatingIncome() {
        return ebitda() - line(Account.DEPRECIATION);
    }

    /** Other income and expense: impairments of stakes, gains (losses) on sales of assets and stakes. */
    default long otherIncome() {
        return line(Account.GAIN_ON_SALE) - line(Account.IMPAIRMENT);
    }

    default long pretaxIncome() {
        return operatingIncome() + otherIncome() - line(Account.INTEREST_EXPENSE) + line(Account.INTEREST_INCOME);
    }

    /** Stock-based compensation (core staff and the stock part of star packages): an expense that costs no cash. */
    default long stockCompensation() {
        return line(Account.STOCK_COMPENSATION) + line(Account.TALENT_COMPENSATION) + cash(CashLine.TALENT_PAID);
    }

    default long netIncome() {
        return pretaxIncome() - line(Account.INCOME_TAX);
    }

    default long section(CashLine.Section s) {
        return CashLineTable.section(this, s);
    }

    default long operatingCashFlow() {
        return section(CashLine.Section.OPERATING);
    }

    default long investingCashFlow() {
        return section(CashLine.Section.INVESTING);
    }

    default long financingCashFlow() {
        return section(CashLine.Section.FINANCING);
    }

    default long netCashFlow() {
        return operatingCashFlow() + investingCashFlow() + financingCashFlow();
    }

    /** Cash paid for GPUs, construction and other capital expenditure (a positive number). */
    default long capex() {
        return -(cash(CashLine.CAPEX_GPUS) + cash(CashLine.CAPEX_CONSTRUCTION) + cash(CashLine.CAPEX_MAINTENANCE));
    }

    default long freeCashFlow() {
        return operatingCashFlow() - capex();
    }
}

/** The cash lines of each section, in order, made once. */
final class CashLineTable {
    private static final CashLine[][] BY_SECTION = bySection();

    private CashLineTable() {
    }

    private static CashLine[][] bySection() {
        CashLine.Section[] sections = CashLine.Section.values();
        CashLine[][] t = new CashLine[sections.length][];
        for (CashLine.Section s : sections) {
            t[s.ordinal()] = java.util.Arrays.stream(CashLine.values()).filter(l -> l.section() == s).toArray(CashLine[]::new);
        }
        return t;
    }

    static long section(QuarterLines q, CashLine.Section s) {
        long t = 0; // integer sums: the same in any order (lines looked up rather than entries iterated)
        for (CashLine l : BY_SECTION[s.ordinal()]) {
            t += q.cash(l); // an absent line adds 0
        }
        return t;
    }
}
