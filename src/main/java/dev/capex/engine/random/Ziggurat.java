package dev.capex.engine.random;

import dev.capex.engine.math.FdlibmLog;

/**
 * Standard normal draws by the ziggurat method (Marsaglia and Tsang 2000, in Doornik's 2005 form "ZIGNOR":
 * 128 layers of equal area, the layer and a uniform taken from one 64-bit draw, Marsaglia's exact tail).
 * About 98.8% of draws cost one 64-bit draw, a multiply and a comparison; the rest add a few, and the
 * exponentials or logarithms of a rejection test. The tables are worked out once when the class loads, with
 * StrictMath, so they are the same on every JVM; every draw is IEEE arithmetic and StrictMath (its logarithm as
 * {@link FdlibmLog}, the same double). Exact: the draws follow the normal distribution (to the precision of the
 * uniforms), not an approximation of it.
 */
final class Ziggurat {
    private Ziggurat() {
    }

    /** Number of layers. */
    static final int LAYERS = 128;
    /** Where the tail begins (the right edge of the base layer's rectangle part). */
    private static final double R = 3.442619855899;
    /** The area of each layer (for the unnormalised density exp(-x^2/2)). */
    private static final double V = 9.91256303526217e-3;
    /** Layer i spans |x| < X[i] (X[0] = V / f(R), the base layer's width as if a rectangle; X[1] = R; X[LAYERS] = 0). */
    private static final double[] X = new double[LAYERS + 1];
    /** X[i + 1] / X[i]: a uniform u in (-1, 1) with |u| below it lies under the density at once. */
    private static final double[] INSIDE = new double[LAYERS];

    static {
        double f = StrictMath.exp(-0.5 * R * R);
        X[0] = V / f;
        X[1] = R;
        X[LAYERS] = 0;
        for (int i = 2; i < LAYERS; i++) {
            X[i] = StrictMath.sqrt(-2 * StrictMath.log(V / X[i - 1] + f));
            f = StrictMath.exp(-0.5 * X[i] * X[i]);
        }
        for (int i = 0; i < LAYERS; i++) {
            INSIDE[i] = X[i + 1] / X[i];
        }
    }

    /** A standard normal from a source of uniform 64-bit draws. */
    static double next(RandomStreams.SplitMix bits) {
        for (;;) {
            long b = bits.nextLong();
            int i = (int) (b & (LAYERS - 1));
            double u = 2.0 * ((b >>> 11) * 0x1.0p-53) - 1.0; // the top 53 bits; the layer is the low 7
            if (Math.abs(u) < INSIDE[i]) {
                return u * X[i];
            }
            if (i == 0) {
                return tail(bits, u < 0);
            }
            double x = u * X[i];
            double f0 = StrictMath.exp(-0.5 * (X[i] * X[i] - x * x));
            double f1 = StrictMath.exp(-0.5 * (X[i + 1] * X[i + 1] - x * x));
            if (f1 + bits.nextDouble() * (f0 - f1) < 1.0) {
                return x;
            }
        }
    }

    /** Marsaglia's tail beyond R, exact. */
    private static double tail(RandomStreams.SplitMix bits, boolean negative) {
        double x;
        double y;
        do {
            x = FdlibmLog.log(bits.nextDouble()) / R;
            y = FdlibmLog.log(bits.nextDouble());
        } while (-2 * y < x * x);
        return negative ? x - R : R - x;
    }
}
