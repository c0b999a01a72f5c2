package dev.capex.engine.turn;

import dev.capex.engine.model.Account;
import dev.capex.engine.model.Balances;
import dev.capex.engine.model.Books;
import dev.capex.engine.model.CashLine;
import dev.capex.engine.model.DepreciatingAsset;
import dev.capex.engine.model.QuarterFigures;
import dev.capex.engine.model.StakeHolding;
import java.util.ArrayList;
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
    public final long[] incomeThisQuarter = new long[Account.values().length];
    public final Map<CashLine, Long> cashThisQuarter = new EnumMap<>(CashLine.class);
    public final long openingCash;
    public long shares;
    public final List<DepreciatingAsset> otherAssets;
    public final List<StakeHolding> stakes;
    public final List<QuarterFigures> history;

    WorkingBooks(Books b) {
        this.ledger = b.ledger().toArray();
        this.openingCash = b.ledger().natural(Account.CASH);
        this.shares = b.sharesOutstanding();
        this.otherAssets = new ArrayList<>(b.otherAssets());
        this.stakes = new ArrayList<>(b.stakes());
        this.history = new ArrayList<>(b.history());
    }

    /** The closed books: {@code closing} is the ledger after the closing entries. */
    public Books close(Balances closing) {
        return new Books(closing, shares, otherAssets, stakes, history);
    }
}
