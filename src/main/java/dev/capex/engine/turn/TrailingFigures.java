package dev.capex.engine.turn;

import dev.capex.engine.model.QuarterFigures;
import java.util.List;

/**
 * The last four quarters' revenue, EBITDA, interest and capex of the books' history, as arrays (oldest
 * first): the trailing-twelve-month sums of a quarter read them instead of the {@link QuarterFigures}
 * records. A twin of the history's tail: made from the history when the working state is made, and moved
 * on only by {@link Turn#addFigures}, which adds the quarter's figures to the history and here at once
 * (nothing else adds to the history). The sums are integer sums: the same in any order as
 * {@link dev.capex.engine.model.Trailing}'s over the records.
 */
public final class TrailingFigures {
    private static final int N = 4;
    private final long[] revenue = new long[N];
    private final long[] ebitda = new long[N];
    private final long[] interest = new long[N];
    private final long[] capex = new long[N];

    TrailingFigures(List<QuarterFigures> history) {
        if (history.size() < N) {
            throw new IllegalArgumentException("the history has " + history.size()
                    + " quarters: the trailing figures need at least " + N);
        }
        for (int i = 0; i < N; i++) {
            set(i, history.get(history.size() - N + i));
        }
    }

    private void set(int i, QuarterFigures f) {
        revenue[i] = f.revenueM();
        ebitda[i] = f.ebitdaM();
        interest[i] = f.interestM();
        capex[i] = f.capexM();
    }

    /** The quarter just closed joins the last four; the oldest leaves. */
    void push(QuarterFigures f) {
        for (int i = 1; i < N; i++) {
            revenue[i - 1] = revenue[i];
            ebitda[i - 1] = ebitda[i];
            interest[i - 1] = interest[i];
            capex[i - 1] = capex[i];
        }
        set(N - 1, f);
    }

    /** {@code current} plus the last three quarters of {@code a}. */
    private static long withCurrent(long[] a, long current) {
        return current + a[1] + a[2] + a[3];
    }

    public long ebitdaWithCurrentM(long current) {
        return withCurrent(ebitda, current);
    }

    public long interestWithCurrentM(long current) {
        return withCurrent(interest, current);
    }

    public long revenueWithCurrentM(long current) {
        return withCurrent(revenue, current);
    }

    public long capexWithCurrentM(long current) {
        return withCurrent(capex, current);
    }

    /** EBITDA of the last four quarters. */
    public long ebitdaLastFourM() {
        return ebitda[0] + ebitda[1] + ebitda[2] + ebitda[3];
    }

    /** Revenue four quarters ago (the oldest of the last four). */
    public long revenueYearAgoM() {
        return revenue[0];
    }
}
