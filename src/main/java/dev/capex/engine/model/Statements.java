package dev.capex.engine.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One quarter's income statement, cash flow statement and closing balance sheet, all read from the
 * same journal, in integer millions. Income lines are natural (positive revenue, positive cost);
 * cash lines are signed (inflow positive).
 */
public record Statements(Quarter quarter, Map<Account, Long> income, Map<CashLine, Long> cashFlow,
        long openingCashM, Balances closing) {

    public Statements {
        // A LineMap is immutable already (the engine's, with no boxed Long per line); any other map is copied.
        income = income instanceof LineMap<Account> ? income : Collections.unmodifiableMap(new EnumMap<>(income));
        cashFlow = cashFlow instanceof LineMap<CashLine> ? cashFlow : Collections.unmodifiableMap(new EnumMap<>(cashFlow));
    }

    public long line(Account a) {
        return income instanceof LineMap<Account> m ? m.getLong(a) : income.getOrDefault(a, 0L);
    }

    public long cash(CashLine l) {
        return cashFlow instanceof LineMap<CashLine> m ? m.getLong(l) : cashFlow.getOrDefault(l, 0L);
    }

    public long revenue() {
        return line(Account.AD_REVENUE) + line(Account.REALITY_LABS_REVENUE) + line(Account.COMPUTE_RESALE_REVENUE);
    }

    /** Operating costs before depreciation (cash and stock-based). */
    public long operatingCosts() {
        return line(Account.CORE_OPEX) + line(Account.STOCK_COMPENSATION) + line(Account.FLEET_OPEX)
                + line(Account.REALITY_LABS_COSTS) + line(Account.TALENT_COMPENSATION)
                + line(Account.POWER) + line(Account.CLOUD_RENT) + line(Account.LEASE_RENT)
                + line(Account.RESTRUCTURING) + line(Account.LEGAL);
    }

    public long ebitda() {
        return revenue() - operatingCosts();
    }

    /** Income from operations, as Meta reports it: impairments and gains on stakes and sales are below it. */
    public long operatingIncome() {
        return ebitda() - line(Account.DEPRECIATION);
    }

    /** Other income and expense: impairments of stakes, gains (losses) on sales of assets and stakes. */
    public long otherIncome() {
        return line(Account.GAIN_ON_SALE) - line(Account.IMPAIRMENT);
    }

    public long pretaxIncome() {
        return operatingIncome() + otherIncome() - line(Account.INTEREST_EXPENSE) + line(Account.INTEREST_INCOME);
    }

    /** Stock-based compensation (core staff and the stock part of star packages): an expense that costs no cash. */
    public long stockCompensation() {
        return line(Account.STOCK_COMPENSATION) + line(Account.TALENT_COMPENSATION) + cash(CashLine.TALENT_PAID);
    }

    public long netIncome() {
        return pretaxIncome() - line(Account.INCOME_TAX);
    }

    private static final CashLine[] LINES = CashLine.values();

    public long section(CashLine.Section s) {
        long t = 0; // integer sums: the same in any order (lines looked up rather than entries iterated)
        for (CashLine l : LINES) {
            if (l.section() == s) {
                t += cash(l); // an absent line adds 0
            }
        }
        return t;
    }

    public long operatingCashFlow() {
        return section(CashLine.Section.OPERATING);
    }

    public long investingCashFlow() {
        return section(CashLine.Section.INVESTING);
    }

    public long financingCashFlow() {
        return section(CashLine.Section.FINANCING);
    }

    public long netCashFlow() {
        return operatingCashFlow() + investingCashFlow() + financingCashFlow();
    }

    /** Cash paid for GPUs, construction and other capital expenditure (a positive number). */
    public long capex() {
        return -(cash(CashLine.CAPEX_GPUS) + cash(CashLine.CAPEX_CONSTRUCTION) + cash(CashLine.CAPEX_MAINTENANCE));
    }

    public long freeCashFlow() {
        return operatingCashFlow() - capex();
    }

    public long closingCashM() {
        return closing.natural(Account.CASH);
    }
}
