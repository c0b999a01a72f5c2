package dev.capex.engine.turn;

import dev.capex.engine.model.Account;
import dev.capex.engine.model.Balances;
import dev.capex.engine.model.Books;
import dev.capex.engine.model.CashLine;
import dev.capex.engine.model.DepreciatingAsset;
import dev.capex.engine.model.LineMap;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.QuarterFigures;
import dev.capex.engine.model.QuarterLines;
import dev.capex.engine.model.Statements;
import dev.capex.engine.model.StakeHolding;
import java.util.List;

/**
 * The books while a quarter is resolved ({@link Books}, open for writing): the ledger as an array by
 * {@link Account} ordinal, what this quarter posted to the income accounts and to each cash flow line,
 * the shares, the other depreciating assets, the stakes and the quarters' figures.
 */
public final class WorkingBooks {
    public final long[] ledger;
    public long[] incomeThisQuarter = new long[ACCOUNT_COUNT];
    /** This quarter's cash flows by line (signed, inflow positive), by {@link CashLine} ordinal: no boxed Long per posting. */
    private long[] cashByLine = new long[CASH_LINES.length];
    /** Which lines were posted to this quarter (a line that nets to zero is still in the statement). */
    private boolean[] cashLinePosted = new boolean[CASH_LINES.length];
    /**
     * The last quarter's arrays, kept after {@link #nextQuarter} (the two sets swap each quarter: no new
     * arrays), so that its statements can be made between quarters if someone asks.
     */
    private long[] incomeLastQuarter = new long[ACCOUNT_COUNT];
    private long[] cashByLineLast = new long[CASH_LINES.length];
    private boolean[] cashLinePostedLast = new boolean[CASH_LINES.length];
    private long openingCashLast;
    /** This quarter's lines, read through the arrays in use when asked. */
    private final QuarterLines thisQuarterLines = new Lines();
    private static final CashLine[] CASH_LINES = CashLine.values();
    private static final Account[] ACCOUNTS = Account.values();
    private static final int ACCOUNT_COUNT = ACCOUNTS.length;
    private static final boolean[] TEMPORARY = temporary();

    private static boolean[] temporary() {
        boolean[] t = new boolean[ACCOUNTS.length];
        for (Account a : ACCOUNTS) {
            t[a.ordinal()] = a.isTemporary();
        }
        return t;
    }
    public long openingCash;
    /** True once the quarter's cash flows are closed ({@link #closeCash}): no cash may be posted after. */
    private boolean cashClosed;
    public long shares;
    public final WorkingList<DepreciatingAsset> otherAssets;
    public final WorkingList<StakeHolding> stakes;
    public final WorkingList<QuarterFigures> history;

    WorkingBooks(Books b) {
        this.ledger = b.ledger().toArray();
        this.openingCash = b.ledger().natural(Account.CASH);
        this.shares = b.sharesOutstanding();
        this.otherAssets = new WorkingList<>(b.otherAssets());
        this.stakes = new WorkingList<>(b.stakes());
        this.history = new WorkingList<>(b.history());
    }

    /**
     * The next quarter, in place: nothing posted to income accounts or cash lines yet, the opening cash the
     * closing cash. The cash lines' arrays went to the closed quarter's statements: new ones are started.
     */
    void nextQuarter() {
        long[] i = incomeLastQuarter;
        incomeLastQuarter = incomeThisQuarter;
        incomeThisQuarter = i;
        long[] c = cashByLineLast;
        cashByLineLast = cashByLine;
        cashByLine = c;
        boolean[] p = cashLinePostedLast;
        cashLinePostedLast = cashLinePosted;
        cashLinePosted = p;
        java.util.Arrays.fill(incomeThisQuarter, 0);
        java.util.Arrays.fill(cashByLine, 0);
        java.util.Arrays.fill(cashLinePosted, false);
        cashClosed = false;
        openingCashLast = openingCash;
        openingCash = ledger[Account.CASH.ordinal()];
    }

    /**
     * Posts a balanced entry: debit {@code dr}, credit {@code cr}, by {@code amountM} (which may be
     * negative, reversing the sides). A leg on CASH must name its cash flow line.
     */
    public void post(Account dr, Account cr, long amountM, CashLine line) {
        if (amountM == 0) {
            return;
        }
        if ((dr == Account.CASH || cr == Account.CASH) && line == null) {
            throw new IllegalStateException("a cash posting needs a cash flow line");
        }
        ledger[dr.ordinal()] += amountM;
        ledger[cr.ordinal()] -= amountM;
        if (dr.isTemporary()) {
            incomeThisQuarter[dr.ordinal()] += amountM;
        }
        if (cr.isTemporary()) {
            incomeThisQuarter[cr.ordinal()] -= amountM;
        }
        if (dr == Account.CASH) {
            addCash(line, amountM);
        } else if (cr == Account.CASH) {
            addCash(line, -amountM);
        }
    }

    /**
     * Net income so far this quarter: minus the sum of what was posted to the income and expense accounts
     * (only they are written in {@link #incomeThisQuarter}: a sum of longs, the same in any order).
     */
    public long netIncomeSoFar() {
        long[] income = incomeThisQuarter;
        long s = 0;
        for (int i = 0; i < income.length; i++) {
            s -= income[i];
        }
        return s;
    }

    /** A posting that moves no cash (depreciation, accruals). */
    public void post(Account dr, Account cr, long amountM) {
        post(dr, cr, amountM, null);
    }

    /** Adds {@code amountM} to this quarter's cash flow on {@code line}. */
    public void addCash(CashLine line, long amountM) {
        if (cashClosed) {
            throw new IllegalStateException("cash posted after the quarter's cash flows were closed");
        }
        cashByLine[line.ordinal()] += amountM;
        cashLinePosted[line.ordinal()] = true;
    }

    /** The cash posted to {@code line} so far this quarter (0 when none). */
    public long cashThisQuarter(CashLine line) {
        return cashByLine[line.ordinal()];
    }

    /** Closes the quarter's cash flows: no cash may be posted after (the close reads them). */
    public void closeCash() {
        cashClosed = true;
    }

    /** This quarter's income and cash lines so far, read in place (the close's figures). */
    public QuarterLines thisQuarter() {
        return thisQuarterLines;
    }

    /**
     * The statements of the quarter just closed, made between quarters (after {@link Turn#nextQuarter} and
     * before anything is posted again): copies of its lines, {@code closing} its closing balances.
     */
    public Statements lastQuarterStatements(Quarter q, Balances closing) {
        long[] lines = new long[ACCOUNTS.length];
        for (int i = 0; i < ACCOUNTS.length; i++) {
            if (TEMPORARY[i]) {
                long v = incomeLastQuarter[i];
                lines[i] = ACCOUNTS[i].kind() == Account.Kind.INCOME ? -v : v;
            }
        }
        return new Statements(q, LineMap.adopt(ACCOUNTS, lines, TEMPORARY), // the mask is never written
                new LineMap<>(CASH_LINES, cashByLineLast, cashLinePostedLast), openingCashLast, closing);
    }

    /** This quarter's lines so far, natural sign for income lines as the statements give them. */
    private final class Lines implements QuarterLines {
        @Override
        public long line(Account a) {
            int i = a.ordinal();
            if (!TEMPORARY[i]) {
                return 0;
            }
            long v = incomeThisQuarter[i];
            return a.kind() == Account.Kind.INCOME ? -v : v;
        }

        @Override
        public long cash(CashLine l) {
            return cashByLine[l.ordinal()];
        }

        // The close's sums, over the lines' array at constant positions (QuarterLines' defaults ask line() for each
        // account: an enum's ordinal and kind read and a mask checked every time). Sums of longs: the same in any
        // order; QuarterLinesSumsTest compares each with the default.

        @Override
        public long revenue() {
            long[] v = incomeThisQuarter;
            return -(v[AD_REVENUE] + v[REALITY_LABS_REVENUE] + v[COMPUTE_RESALE_REVENUE]);
        }

        @Override
        public long operatingCosts() {
            long[] v = incomeThisQuarter;
            return v[CORE_OPEX] + v[STOCK_COMPENSATION] + v[FLEET_OPEX] + v[REALITY_LABS_COSTS] + v[TALENT_COMPENSATION]
                    + v[POWER] + v[CLOUD_RENT] + v[LEASE_RENT] + v[RESTRUCTURING] + v[LEGAL];
        }

        @Override
        public long netIncome() {
            long[] v = incomeThisQuarter;
            long other = -v[GAIN_ON_SALE] - v[IMPAIRMENT];
            return revenue() - operatingCosts() - v[DEPRECIATION] + other - v[INTEREST_EXPENSE] - v[INTEREST_INCOME]
                    - v[INCOME_TAX];
        }
    }

    /** The positions of the income statement's accounts, each checked to be of the kind the sums above assume. */
    private static final int AD_REVENUE = at(Account.AD_REVENUE, Account.Kind.INCOME);
    private static final int REALITY_LABS_REVENUE = at(Account.REALITY_LABS_REVENUE, Account.Kind.INCOME);
    private static final int COMPUTE_RESALE_REVENUE = at(Account.COMPUTE_RESALE_REVENUE, Account.Kind.INCOME);
    private static final int CORE_OPEX = at(Account.CORE_OPEX, Account.Kind.EXPENSE);
    private static final int STOCK_COMPENSATION = at(Account.STOCK_COMPENSATION, Account.Kind.EXPENSE);
    private static final int FLEET_OPEX = at(Account.FLEET_OPEX, Account.Kind.EXPENSE);
    private static final int REALITY_LABS_COSTS = at(Account.REALITY_LABS_COSTS, Account.Kind.EXPENSE);
    private static final int TALENT_COMPENSATION = at(Account.TALENT_COMPENSATION, Account.Kind.EXPENSE);
    private static final int POWER = at(Account.POWER, Account.Kind.EXPENSE);
    private static final int CLOUD_RENT = at(Account.CLOUD_RENT, Account.Kind.EXPENSE);
    private static final int LEASE_RENT = at(Account.LEASE_RENT, Account.Kind.EXPENSE);
    private static final int RESTRUCTURING = at(Account.RESTRUCTURING, Account.Kind.EXPENSE);
    private static final int LEGAL = at(Account.LEGAL, Account.Kind.EXPENSE);
    private static final int DEPRECIATION = at(Account.DEPRECIATION, Account.Kind.EXPENSE);
    private static final int GAIN_ON_SALE = at(Account.GAIN_ON_SALE, Account.Kind.INCOME);
    private static final int IMPAIRMENT = at(Account.IMPAIRMENT, Account.Kind.EXPENSE);
    private static final int INTEREST_EXPENSE = at(Account.INTEREST_EXPENSE, Account.Kind.EXPENSE);
    private static final int INTEREST_INCOME = at(Account.INTEREST_INCOME, Account.Kind.INCOME);
    private static final int INCOME_TAX = at(Account.INCOME_TAX, Account.Kind.EXPENSE);

    private static int at(Account a, Account.Kind kind) {
        if (a.kind() != kind || !a.isTemporary()) {
            throw new IllegalStateException(a + " is " + a.kind() + ": the close's sums take it as " + kind);
        }
        return a.ordinal();
    }

    /** The kinds of other assets the depreciation arrays keep: the account (SERVERS, BUILDINGS, another), a site's buildings. */
    private static final byte SERVERS = 0;
    private static final byte BUILDINGS = 1;
    private static final byte OTHER_ACCOUNT = 2;
    private static final byte ACCOUNT_BITS = 3;
    private static final byte SITE_BUILDINGS = 4;

    /** The other assets' book values, charges and kinds as arrays, depreciation's books not yet in the records. */
    private final PendingBooks<DepreciatingAsset> assetBooks = new PendingBooks<>() {
        @Override
        long bookOf(DepreciatingAsset a) {
            return a.bookValueM();
        }

        @Override
        long chargeOf(DepreciatingAsset a) {
            return a.depreciationPerQuarterM();
        }

        @Override
        DepreciatingAsset withBook(DepreciatingAsset a, long bookM) {
            return a.withBook(bookM);
        }

        @Override
        boolean kinds() {
            return true;
        }

        @Override
        byte kindOf(DepreciatingAsset a) {
            byte k = a.account() == Account.SERVERS ? SERVERS : a.account() == Account.BUILDINGS ? BUILDINGS : OTHER_ACCOUNT;
            return a.isSiteBuildings() ? (byte) (k | SITE_BUILDINGS) : k;
        }
    };

    /** Other asset {@code i}'s book value now (the record's may lag: see {@link #flushBooks}). */
    public long assetBook(int i) {
        return assetBooks.book(otherAssets, i);
    }

    /** Writes other asset {@code i}'s book value (its record is made when the records are next read). */
    public void setAssetBook(int i, long bookM) {
        assetBooks.set(otherAssets, i, bookM);
    }

    /**
     * A quarter's depreciation of the other assets, posted with {@code gpuChargesM} (the cohorts'): each
     * asset's book falls by its charge, to zero at most; the charges are posted summed by account (a posting
     * adds longs to the ledger's and the income's arrays, with no cash line, so one posting of a sum leaves
     * every balance as one per asset did), an account other than servers and buildings asset by asset. An
     * asset (not a site's buildings) with nothing left to depreciate leaves the list.
     */
    public void depreciate(long gpuChargesM) {
        PendingBooks<DepreciatingAsset> t = assetBooks;
        t.sync(otherAssets);
        long servers = gpuChargesM;
        long buildings = 0;
        boolean spent = false;
        for (int i = 0, n = t.known(); i < n; i++) {
            long book = t.bookAt(i);
            long d = Math.min(book, t.chargeAt(i));
            byte k = t.kindAt(i);
            if (d != 0) {
                switch (k & ACCOUNT_BITS) {
                    case SERVERS -> servers += d;
                    case BUILDINGS -> buildings += d;
                    default -> post(Account.DEPRECIATION, otherAssets.get(i).account(), d);
                }
                t.setAt(i, book - d);
            }
            spent |= book - d == 0 && (k & SITE_BUILDINGS) == 0;
        }
        post(Account.DEPRECIATION, Account.SERVERS, servers);
        post(Account.DEPRECIATION, Account.BUILDINGS, buildings);
        if (spent) {
            flushBooks(); // the records as they stand, then the removal (positions change)
            otherAssets.removeIf(a -> a.bookValueM() == 0 && !a.isSiteBuildings());
        }
    }

    /** Puts the pending book values into the other assets' records: before they are read, removed or closed. */
    public void flushBooks() {
        assetBooks.flushInto(otherAssets);
    }

    /** The closed books: {@code closing} is the ledger after the closing entries. */
    public Books close(Balances closing) {
        flushBooks();
        return new Books(closing, shares, WorkingList.closed(otherAssets), WorkingList.closed(stakes),
                WorkingList.closed(history));
    }
}
