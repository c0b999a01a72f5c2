package dev.capex.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Where a project stands on the construction S-curve is the 40-step bisection's double, bit for bit, however
 * it is found ({@code DeliveryRules.sCurvePosition} against {@code DeliveryRules.bisect}): at the edges, at
 * the ratios a project's spending gives, at random, and on both sides of every value the bisection compares
 * against (the S-curve at grid points, where one rounding more or less would move the answer).
 */
class SCurvePositionTest {

    private static void same(double spent) {
        long expected = Double.doubleToRawLongBits(DeliveryRules.bisect(spent));
        long got = Double.doubleToRawLongBits(DeliveryRules.sCurvePosition(spent));
        if (expected != got) {
            assertEquals(DeliveryRules.bisect(spent), DeliveryRules.sCurvePosition(spent),
                    "spent " + spent + " (" + Double.toHexString(spent) + ")");
            assertEquals(expected, got, "spent " + spent + " (" + Double.toHexString(spent) + ")");
        }
    }

    private static void around(double v) {
        same(v);
        same(Math.nextUp(v));
        same(Math.nextDown(v));
    }

    @Test
    void atTheEdges() {
        for (double v : new double[] {0.0, -0.0, Double.MIN_VALUE, 1e-300, 1e-20, 1e-12, 1e-6, 0.5, 0.98, 0.99, 0.995,
                0.9999998, 0.99999982, 1.0, Double.NaN}) {
            around(v);
        }
    }

    @Test
    void atTheRatiosOfProjectsSpending() {
        for (int total = 1; total <= 400; total++) {
            for (int spentM = 0; spentM <= total; spentM++) {
                same((total - (double) (total - spentM)) / total);
                same(spentM / (double) total);
            }
        }
        SplittableRandom r = new SplittableRandom(9);
        for (int i = 0; i < 20_000; i++) {
            long total = 1 + r.nextLong(200_000);
            long remaining = r.nextLong(total + 1);
            same((total - remaining) / (double) total);
        }
    }

    @Test
    void atRandom() {
        SplittableRandom r = new SplittableRandom(40);
        for (int i = 0; i < 200_000; i++) {
            same(r.nextDouble());
            same(r.nextDouble() * 1e-9);
            same(1 - r.nextDouble() * 1e-3);
        }
    }

    @Test
    void besideTheValuesTheBisectionComparesAgainst() {
        SplittableRandom r = new SplittableRandom(41);
        for (int i = 0; i < 200_000; i++) {
            long k = i < 2_000 ? i : (i < 4_000 ? (1L << 40) - (i - 2_000) : r.nextLong(1L << 40));
            double m = k * 0x1p-40;
            around(m * m * (3 - 2 * m));
        }
        for (int bits = 1; bits <= 12; bits++) { // the bisection's first midpoints, coarse to fine
            for (long k = 1; k < (1L << bits); k += 2) {
                double m = k * Math.scalb(1.0, -bits);
                around(m * m * (3 - 2 * m));
            }
        }
    }
}
