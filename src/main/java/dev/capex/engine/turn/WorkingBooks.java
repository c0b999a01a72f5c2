package dev.capex.engine.turn;

import dev.capex.engine.model.Account;
import dev.capex.engine.model.Balances;
import dev.capex.engine.model.Books;
import dev.capex.engine.model.CashLine;
import dev.capex.engine.model.DepreciatingAsset;
import dev.capex.engine.model.QuarterFigures;
import dev.capex.engine.model.StakeHolding;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The books while a quarter is resolved ({@link Books}, open for writing): the ledger as an array by
 * {@link Account} ordinal, what this quarter posted to the income accounts and to each cash flow line,
 * the shares, the other depreciating assets, the stakes and the quarters' figures.
 */
public final class WorkingBooks {
    public final long[] ledger;
    public final long[] incomeThisQuarter = new long[ACCOUNT_COUNT];
    /** This quarter's cash flows by line (signed, inflow positive), by {@link CashLine} ordinal: no boxed Long per posting. */
    private final long[] cashByLine = new long[CASH_LINES.length];
    /** Which lines were posted to this quarter (a line that nets to zero is still in the statement). */
    private final boolean[] cashLinePosted = new boolean[CASH_LINES.length];
    private static final CashLine[] CASH_LINES = CashLine.values();
    private static final int ACCOUNT_COUNT = Account.values().length;
    public final long openingCash;
    public long shares;
    public final List<DepreciatingAsset> otherAssets;
    public final List<StakeHolding> stakes;
    public final List<QuarterFigures> history;

    WorkingBooks(Books b) {
        this.ledger = b.ledger().toArray();
        this.openingCash = b.ledger().natural(Account.CASH);
        this.shares = b.sharesOutstanding();
        this.otherAssets = new WorkingList<>(b.otherAssets());
        this.stakes = new WorkingList<>(b.stakes());
        this.history = new WorkingList<>(b.history());
    }

    /** Adds {@code amountM} to this quarter's cash flow on {@code line}. */
    public void addCash(CashLine line, long amountM) {
        cashByLine[line.ordinal()] += amountM;
        cashLinePosted[line.ordinal()] = true;
    }

    /** The cash posted to {@code line} so far this quarter (0 when none). */
    public long cashThisQuarter(CashLine line) {
        return cashByLine[line.ordinal()];
    }

    /** This quarter's cash flows so far: every line posted to, in line order, with its sum. */
    public Map<CashLine, Long> cashThisQuarter() {
        Map<CashLine, Long> m = new EnumMap<>(CashLine.class);
        for (int i = 0; i < CASH_LINES.length; i++) {
            if (cashLinePosted[i]) {
                m.put(CASH_LINES[i], cashByLine[i]);
            }
        }
        return m;
    }

    /** The closed books: {@code closing} is the ledger after the closing entries. */
    public Books close(Balances closing) {
        return new Books(closing, shares, WorkingList.closed(otherAssets), WorkingList.closed(stakes),
                WorkingList.closed(history));
    }
}
