package dev.capex.engine.turn;

import dev.capex.engine.model.Account;
import dev.capex.engine.model.DepreciatingAsset;
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

    /**
     * Maintenance capex's other asset per quarter of the game, {@code [2k]} when the servers' share bought GPUs,
     * {@code [2k + 1]} when it did not (the whole spending); or null.
     */
    private final DepreciatingAsset[] maintenanceAssets;

    FinanceTables(Scenario sc, int turns, String[] assetIds, String[] assetNames) {
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
        DepreciatingAsset[] m = null;
        try {
            if (assetIds != null && assetNames != null) {
                long spend = sc.costs().maintenanceCapexPerQuarterM();
                long servers = Turn.round(spend * sc.accounting().maintenanceCapexServerShare());
                int life = sc.costs().gpuLifeQuarters();
                m = new DepreciatingAsset[2 * assetIds.length];
                for (int k = 0; k < assetIds.length; k++) {
                    long[] others = {spend - servers, spend};
                    for (int v = 0; v < 2; v++) {
                        long other = others[v];
                        m[2 * k + v] = new DepreciatingAsset(assetIds[k], assetNames[k], Account.SERVERS, other,
                                Turn.round(other / (double) life));
                    }
                }
            }
        } catch (RuntimeException e) {
            m = null;
        }
        maintenanceAssets = m;
    }

    /**
     * Maintenance capex's other asset at quarter {@code k} of the game for {@code otherM} of spending, made
     * once ({@code FinanceRules.maintenanceCapex}'s record, the same fields), or null when it was not.
     */
    DepreciatingAsset maintenanceAsset(int k, long otherM) {
        DepreciatingAsset[] m = maintenanceAssets;
        if (m == null || k < 0 || 2 * k >= m.length) {
            return null;
        }
        if (m[2 * k].bookValueM() == otherM) {
            return m[2 * k];
        }
        return m[2 * k + 1].bookValueM() == otherM ? m[2 * k + 1] : null;
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
