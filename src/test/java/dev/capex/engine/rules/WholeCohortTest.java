package dev.capex.engine.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Step 5's shortcut: when {@link ComputeRules#wholeCohortFits} says a cohort fits whole, the division it skips puts the
 * same GPUs online (max(0, min(units, floor(room / kw))) = max(0, units)), on random and on edge figures, most of them at the boundary where the
 * product and the room differ in the last bits.
 */
class WholeCohortTest {

    private static void check(double room, long units, double kw) {
        if (ComputeRules.wholeCohortFits(room, units, kw)) {
            long fits = (long) Math.floor(room / kw);
            long byDivision = Math.max(0, Math.min(units, fits));
            assertTrue(byDivision == Math.max(0, units),
                    () -> "room " + room + ", units " + units + ", kw " + kw + ": the division gives " + fits);
        }
    }

    @Test
    void whereTheShortcutSaysWholeTheDivisionAgrees() {
        SplittableRandom r = new SplittableRandom(5);
        int said = 0;
        for (int n = 0; n < 2_000_000; n++) {
            long units = r.nextInt(4) == 0 ? r.nextLong(1, 1L << 40) : r.nextLong(0, 2_000_000);
            double kw = r.nextInt(3) == 0 ? r.nextDouble(0.1, 3.0) : 0.7 + 0.05 * r.nextInt(40);
            double exact = units * kw;
            // rooms just around the product: a few ulps either side, where a careless test would be wrong
            double room = exact + Math.ulp(exact) * (r.nextInt(129) - 64);
            check(room, units, kw);
            check(Math.nextUp(room), units, kw);
            check(room * (1 + r.nextDouble() * 1e-12), units, kw);
            if (ComputeRules.wholeCohortFits(room, units, kw)) {
                said++;
            }
        }
        assertTrue(said > 100_000, "the shortcut is taken on many of the figures tried: " + said);
        double[] odd = {0.0, -0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
                Double.MAX_VALUE};
        for (double a : odd) {
            for (double b : odd) {
                for (long u : new long[]{0, 1, -1, 1000, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 53}) {
                    check(a, u, b);
                }
            }
        }
    }
}
