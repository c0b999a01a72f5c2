package dev.capex.engine.model;

import java.util.Arrays;

/** Immutable account balances in integer millions, debit-positive (see {@link Account}). */
public final class Balances {
    private static final Account[] ACCOUNTS = Account.values();
    private final long[] values;

    public Balances(long[] values) {
        this(values, true);
    }

    /**
     * Balances over {@code values} itself, not a copy: for a caller that hands the array over and never
     * writes to it again (the engine's closing ledger).
     */
    public static Balances adopt(long[] values) {
        return new Balances(values, false);
    }

    private Balances(long[] values, boolean copy) {
        if (values.length != ACCOUNTS.length) {
            throw new IllegalArgumentException("expected " + ACCOUNTS.length + " balances");
        }
        this.values = copy ? values.clone() : values;
    }

    public long get(Account a) {
        return values[a.ordinal()];
    }

    /** The balance as a reader expects it: positive for a normal asset, liability, equity or income. */
    public long natural(Account a) {
        long v = values[a.ordinal()];
        return switch (a.kind()) {
            case ASSET, EXPENSE -> v;
            case LIABILITY, EQUITY, INCOME -> -v;
        };
    }

    public long[] toArray() {
        return values.clone();
    }

    public long totalAssets() {
        long s = 0;
        for (Account a : ACCOUNTS) {
            if (a.kind() == Account.Kind.ASSET) {
                s += natural(a);
            }
        }
        return s;
    }

    public long totalLiabilities() {
        long s = 0;
        for (Account a : ACCOUNTS) {
            if (a.kind() == Account.Kind.LIABILITY) {
                s += natural(a);
            }
        }
        return s;
    }

    public long totalEquity() {
        long s = 0;
        for (Account a : ACCOUNTS) {
            if (a.kind() == Account.Kind.EQUITY) {
                s += natural(a);
            }
        }
        return s;
    }

    /** Sum of all balances: zero in a ledger whose every posting balanced. */
    public long trialBalance() {
        long s = 0;
        for (long v : values) {
            s += v;
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Balances b && Arrays.equals(values, b.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Balances[");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(ACCOUNTS[i].name()).append('=').append(values[i]);
        }
        return sb.append(']').toString();
    }
}
