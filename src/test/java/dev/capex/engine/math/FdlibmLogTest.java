package dev.capex.engine.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The Java logarithms give StrictMath's double, bit for bit: special values, edges, and arguments across the range. */
class FdlibmLogTest {

    private static void same(double x) {
        assertEquals(Double.doubleToRawLongBits(StrictMath.log(x)), Double.doubleToRawLongBits(FdlibmLog.log(x)),
                () -> "log(" + x + ") [" + Long.toHexString(Double.doubleToRawLongBits(x)) + "]");
        assertEquals(Double.doubleToRawLongBits(StrictMath.log10(x)), Double.doubleToRawLongBits(FdlibmLog.log10(x)),
                () -> "log10(" + x + ") [" + Long.toHexString(Double.doubleToRawLongBits(x)) + "]");
    }

    @Test
    void specialValuesAndEdges() {
        double[] xs = {0.0, -0.0, 1.0, -1.0, 2.0, 0.5, 10.0, 100.0, 1e-300, 1e300, Double.MIN_VALUE, -Double.MIN_VALUE,
                Double.MIN_NORMAL, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
                Math.E, Math.nextUp(1.0), Math.nextDown(1.0), 1 + 0x1p-20, 1 - 0x1p-20, 1 + 0x1p-21, 0x1p-1074,
                0x1p-1023, Math.nextDown(Double.MIN_NORMAL), 1e-5, 1e5, 1e15, 1e22, 0.1, 0.2, 0.3, 3.0, 7.0};
        for (double x : xs) {
            same(x);
        }
        for (int e = -1074; e <= 1023; e++) { // every power of two, its neighbours, and 10^k
            double p = StrictMath.scalb(1.0, e);
            same(p);
            same(Math.nextUp(p));
            same(Math.nextDown(p));
            same(p * 1.5);
        }
        for (int k = -300; k <= 300; k++) {
            same(Double.parseDouble("1e" + k));
        }
    }

    @Test
    void argumentsAcrossTheRange() {
        SplittableRandom r = new SplittableRandom(2025);
        for (int n = 0; n < 1_000_000; n++) {
            same(Double.longBitsToDouble(r.nextLong() & 0x7fffffffffffffffL)); // any positive double (and NaNs)
            same(r.nextDouble()); // uniforms, as the random streams draw
            same(1 + (r.nextDouble() - 0.5) * 0x1p-18); // near 1, where the small-|f| branch is taken
            same(r.nextDouble() * 1e6); // the engine's ratios and compute figures
        }
    }
}
