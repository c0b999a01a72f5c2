package dev.capex.engine.turn;

import dev.capex.engine.model.Scenario;
import java.util.List;

/**
 * Figures of a scenario that the costs, the liquidity rules and the valuation read every quarter, worked out
 * once per scenario ({@link ScenarioIndex#financeTables}): the rating ladder's positions of the starting
 * rating and of the revolver's and commercial paper's minimum ratings (as {@code ValuationRules.ratingIndex}
 * finds them: 0 when the name is not on the ladder), and core opex's growth factor
 * {@code StrictMath.pow(1 + coreOpexGrowthPerQuarter, t)} for each quarter of the game. A figure that cannot
 * be worked out here (a scenario missing a part) is -1 or absent, and is then worked out at each call as
 * before, failing there if it fails.
 */
public final class FinanceTables {
    private final int startRating;
    private final int revolverMinRating;
    private final int paperMinRating;
    /** {@code StrictMath.pow(1 + g, t)} for t = 0 .. turns - 1, or null. */
    private final double[] coreGrowth;
    private final double coreGrowthBase;

    FinanceTables(Scenario sc, int turns) {
        startRating = position(sc, () -> sc.finance().startRating());
        revolverMinRating = position(sc, () -> sc.economics().liquidity().revolverMinRating());
        paperMinRating = position(sc, () -> sc.economics().liquidity().paperMinRating());
        double[] g = null;
        double base = Double.NaN;
        try {
            base = 1 + sc.costs().coreOpexGrowthPerQuarter();
            g = new double[Math.max(0, turns)];
            for (int t = 0; t < g.length; t++) {
                g[t] = StrictMath.pow(base, t);
            }
        } catch (RuntimeException e) {
            g = null;
        }
        coreGrowth = g;
        coreGrowthBase = base;
    }

    private static int position(Scenario sc, java.util.function.Supplier<String> name) {
        try {
            String n = name.get();
            if (n == null) {
                return -1;
            }
            List<Scenario.RatingNotch> ladder = sc.finance().ratings();
            for (int i = 0; i < ladder.size(); i++) {
                if (ladder.get(i).name().equals(n)) {
                    return i;
                }
            }
            return 0;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** The starting rating's position on the ladder, or -1 when it could not be worked out once. */
    public int startRating() {
        return startRating;
    }

    /** The revolver's minimum rating's position on the ladder, or -1. */
    public int revolverMinRating() {
        return revolverMinRating;
    }

    /** Commercial paper's minimum rating's position on the ladder, or -1. */
    public int paperMinRating() {
        return paperMinRating;
    }

    /**
     * {@code StrictMath.pow(1 + coreOpexGrowthPerQuarter, t)}: from the table for the game's quarters when
     * {@code growthBase} (1 + the scenario's growth, as the caller worked it out) is the one it was made with.
     */
    public double coreGrowth(double growthBase, int t) {
        double[] g = coreGrowth;
        if (g != null && t >= 0 && t < g.length && Double.compare(growthBase, coreGrowthBase) == 0) {
            return g[t];
        }
        return StrictMath.pow(growthBase, t);
    }
}
