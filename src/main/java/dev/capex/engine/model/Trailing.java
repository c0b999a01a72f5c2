package dev.capex.engine.model;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Trailing-twelve-month figures, worked out here and nowhere else: a figure of the quarters' history
 * ({@link QuarterFigures}) summed over four quarters. While a quarter is being resolved its own figure is
 * not in the history yet: {@link #withCurrentM} adds it to the last three; previews and lenders, which
 * look at the last four reported quarters, use {@link #lastFourM}.
 */
public final class Trailing {
    private Trailing() {
    }

    /** The sum of a figure over the last four quarters of {@code history}. */
    public static long lastFourM(List<QuarterFigures> history, ToLongFunction<QuarterFigures> figure) {
        long s = 0;
        for (int i = history.size() - 4; i < history.size(); i++) {
            s += figure.applyAsLong(history.get(i));
        }
        return s;
    }

    /** {@code current} (this quarter's figure so far) plus the figure of the last three quarters of {@code history}. */
    public static long withCurrentM(List<QuarterFigures> history, ToLongFunction<QuarterFigures> figure, long current) {
        long s = current;
        for (int i = history.size() - 3; i < history.size(); i++) {
            s += figure.applyAsLong(history.get(i));
        }
        return s;
    }

    /** {@link #withCurrentM} of EBITDA, without a function passed (the engine asks it many times a quarter). */
    public static long ebitdaWithCurrentM(List<QuarterFigures> history, long current) {
        long s = current;
        for (int i = history.size() - 3; i < history.size(); i++) {
            s += history.get(i).ebitdaM();
        }
        return s;
    }

    /** {@link #withCurrentM} of interest, without a function passed. */
    public static long interestWithCurrentM(List<QuarterFigures> history, long current) {
        long s = current;
        for (int i = history.size() - 3; i < history.size(); i++) {
            s += history.get(i).interestM();
        }
        return s;
    }

    /** {@link #lastFourM} of EBITDA, without a function passed. */
    public static long ebitdaLastFourM(List<QuarterFigures> history) {
        long s = 0;
        for (int i = history.size() - 4; i < history.size(); i++) {
            s += history.get(i).ebitdaM();
        }
        return s;
    }
}
