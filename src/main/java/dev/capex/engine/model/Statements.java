package dev.capex.engine.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One quarter's income statement, cash flow statement and closing balance sheet, all read from the
 * same journal, in integer millions. Income lines are natural (positive revenue, positive cost);
 * cash lines are signed (inflow positive). The figures derived from the lines (revenue, EBITDA, net income,
 * the cash flow sections, capex) are {@link QuarterLines}'.
 */
public record Statements(Quarter quarter, Map<Account, Long> income, Map<CashLine, Long> cashFlow,
        long openingCashM, Balances closing) implements QuarterLines {

    public Statements {
        // A LineMap is immutable already (the engine's, with no boxed Long per line); any other map is copied.
        income = income instanceof LineMap<Account> ? income : Collections.unmodifiableMap(new EnumMap<>(income));
        cashFlow = cashFlow instanceof LineMap<CashLine> ? cashFlow : Collections.unmodifiableMap(new EnumMap<>(cashFlow));
    }

    @Override
    public long line(Account a) {
        return income instanceof LineMap<Account> m ? m.getLong(a) : income.getOrDefault(a, 0L);
    }

    @Override
    public long cash(CashLine l) {
        return cashFlow instanceof LineMap<CashLine> m ? m.getLong(l) : cashFlow.getOrDefault(l, 0L);
    }

    public long closingCashM() {
        return closing.natural(Account.CASH);
    }
}
