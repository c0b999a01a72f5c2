package dev.capex.engine.event;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Why the engine refused a decision, as a fact: a {@link Kind} and the values that fill its sentence. The
 * engine writes no sentence; the shell renders it in the player's language from the bundles
 * ({@code dev.capex.report.EngineText}, keys {@code ref.*}).
 *
 * <p>A value is a {@code String} (an id or a name, shown as written), an {@code Integer} or {@code Long}
 * (a count), a {@code Double} (a number the sentence rounds as it needs), a {@link Money} (millions of
 * dollars, shown as $1.5B), a {@link Dollars} (shown as $10), a {@link Spending} (what the cash is needed for), a {@code List} of ids (shown
 * with commas) or another {@code Reason} (a phrase inside the sentence). {@link Kind#types} says which a
 * kind takes, in order.
 */
public record Reason(Kind kind, List<Object> args) {
    /** Any list given is copied once into an immutable one (a reason's own list is kept as it is). */
    public Reason {
        args = args instanceof Args own ? own : Args.of(args.toArray());
    }

    /**
     * A reason with these values. The varargs array becomes the reason's own (no copy): pass the values, not
     * an array you go on writing to. One list object per reason: a bot's search meets many refusals it never
     * shows.
     */
    public static Reason of(Kind kind, Object... args) {
        return new Reason(kind, Args.of(args));
    }

    /**
     * The values as an immutable list over the array it was given (nulls allowed, as a value may be absent);
     * equal to, hashed and printed as any list of the same values.
     */
    private static final class Args extends AbstractList<Object> implements RandomAccess {
        private final Object[] values;

        private Args(Object[] values) {
            this.values = values;
        }

        static Args of(Object[] values) {
            return new Args(values);
        }

        @Override
        public Object get(int i) {
            return values[i];
        }

        @Override
        public int size() {
            return values.length;
        }
    }

    /** An amount in millions of dollars. */
    public record Money(long m) {
    }

    /** An amount in dollars (a dividend per share), shown as $10 or $0.25. */
    public record Dollars(double usd) {
    }

    /** What the cash is needed for (a phrase of the "not enough cash" refusal). */
    public enum Spending {
        CONSTRUCTION, PACKAGES, RENT, DEPOSIT, PENALTY, FEE, REPAYMENT, SEVERANCE, REALITY_LABS, STAKE
    }

    private static final Class<?> S = String.class;
    private static final Class<?> I = Integer.class;
    private static final Class<?> L = Long.class;
    private static final Class<?> D = Double.class;
    private static final Class<?> M = Money.class;
    private static final Class<?> LIST = List.class;
    private static final Class<?> R = Reason.class;

    /** Every reason the engine gives, with the types of its values. */
    public enum Kind {
        // what every decision can meet
        EMPTY, SWITCHED_OFF(S), CASH(Spending.class, M, M),
        // asset sale
        NAME_ASSET, MODE, PARCEL_MODES, PARCEL_SITE(S), SITE_HAS_PARTNER(S), HAS_PARTNER(S, S),
        NO_ASSET(S, LIST, LIST), NO_CAPACITY_TO_SELL(S),
        // bonds
        TENORS(LIST), BOND_MIN(M), BOND_MAX(M, M), BOND_DEAL_MAX(M, M, M), TRANCHE_NONE, TRANCHE_MAX(I, LIST, I),
        TRANCHE_EMPTY(I), TRANCHE_TENOR(I, I, LIST), TRANCHE_TWICE(I, I), TRANCHE_MIN(I, I, M),
        // builds, joint ventures and project finance
        NO_SITE(S, LIST), NO_GRID(S, S), BUILD_POSITIVE, NO_POWER_LEFT(S, D, D), ONLY_POWER_LEFT(D, S, D, D, D),
        NO_PARTNER(S, LIST), JV_SHARE(D), JV_GW, JV_LEASE(I), JV_EXT(I), JV_GUARANTEE(D), JV_DIST_NEG,
        JV_NOTHING(S), JV_NO_BUILD(S), JV_DIST(M, M, M), JV_LEVERAGE(D, S, D), SPV_SITE(LIST), SPV_NOTHING(S),
        SPV_MAX(M, S),
        // shareholders
        BUYBACK_RANGE(M), DIVIDEND_RANGE(Dollars.class), POSITIVE, EQUITY_MAX(M),
        // compute
        RESALE_RANGE(D), OVER_COMPUTE, TRAINING_RANGE(D, D), NO_ORDER(S, LIST), NO_DEFER, DEFER_RANGE(I),
        NO_GENERATION(S, LIST), NOT_AVAILABLE(S, S), ORDER_ONE, ALLOCATION(L, S, L), NO_CLOUD(S, LIST),
        CLOUD_TERM(S, I, I), CLOUD_MAX(S, L, L),
        // talent and the workforce
        HIRE_FROM(LIST), HIRE_ONE, FREEZE_ON, STARS_MAX(I, I), NO_STARS_LEFT(S), STARS_LEFT(I, S),
        STARS_WANT(S, M, I, S), STARS_WANT_COUNTER(S, M, I, S), STARS_WANT_SCARCE(S, M, I, S), BOARD_CAP(M),
        FREEZE_RANGE(I, I), NO_FREEZE, RL_RANGE(M), ONE_RESTRUCTURING, RESTRUCTURE_RANGE(D),
        RL_CUT(M, D, D, D), RESTRUCTURE_CUT(D, D, D), FIXED_COSTS(D, D),
        // private credit
        NAME_LENDER(LIST), NO_LENDER(S, LIST), STRUCTURE(S), NOT_ON_STRUCTURE(S, R), CORPORATE, PROJECT, LEND_RANGE(S, M, M, M),
        CO_INVEST(S, D), ONE_DEAL(S), LEND_LEVERAGE(S, D, D, R), LEND_COVER(S, D, D, R), LENDER(S), CROSS_DEFAULT(S, S),
        // debt
        NAME_DEBT(LIST), NO_DEBT(S, LIST), REPAY_RANGE(M, S),
        // stakes
        NO_TARGET(S, LIST), NOT_FOR_SALE(S, S), ALREADY_HOLDS(D, S), STAKE_RANGE(S, D, D),
        // model releases
        ONLY_TRAINING_HELD(S, S), ONLY_TRAINING_NOT(S, S), ALREADY_HOLD(S), ACTION(S), NO_HELD_TRAINING(S),
        NO_HELD(S), HELD_NOT(S, LIST);

        private final List<Class<?>> types;

        Kind(Class<?>... types) {
            this.types = List.of(types);
        }

        /** The types of the values this kind takes, in order. */
        public List<Class<?>> types() {
            return types;
        }
    }

    /** Whether the values are of the types the kind takes (checked by an assertion when a refusal is made). */
    public boolean wellFormed() {
        if (args.size() != kind.types.size()) {
            return false;
        }
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i) != null && !kind.types.get(i).isInstance(args.get(i))) {
                return false;
            }
        }
        return true;
    }
}
