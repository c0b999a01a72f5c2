package dev.capex.engine.math;

/**
 * The natural and the decimal logarithm as {@link StrictMath#log} and {@link StrictMath#log10} give them, the
 * same double for every argument, in Java: fdlibm 5.3's {@code e_log.c} and {@code e_log10.c} (the algorithms
 * StrictMath is specified to follow), line for line, in IEEE double arithmetic (which Java never contracts into
 * fused multiply-adds). Why not StrictMath itself: on Java 17 its logarithms are native methods, and each call
 * crosses into C and back, several times the cost of the arithmetic (Java 21 moved them into Java the same way).
 * FdlibmLogTest compares both with StrictMath over special values and millions of arguments across the range.
 *
 * <p>From fdlibm: Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved. Developed at SunSoft, a Sun
 * Microsystems, Inc. business. Permission to use, copy, modify, and distribute this software is freely granted,
 * provided that this notice is preserved.
 */
public final class FdlibmLog {
    private FdlibmLog() {
    }

    private static final double LN2_HI = Double.longBitsToDouble(0x3fe62e42_fee00000L); // 6.93147180369123816490e-01
    private static final double LN2_LO = Double.longBitsToDouble(0x3dea39ef_35793c76L); // 1.90821492927058770002e-10
    private static final double TWO54 = Double.longBitsToDouble(0x43500000_00000000L); // 1.80143985094819840000e+16
    private static final double LG1 = Double.longBitsToDouble(0x3fe55555_55555593L); // 6.666666666666735130e-01
    private static final double LG2 = Double.longBitsToDouble(0x3fd99999_9997fa04L); // 3.999999999940941908e-01
    private static final double LG3 = Double.longBitsToDouble(0x3fd24924_94229359L); // 2.857142874366239149e-01
    private static final double LG4 = Double.longBitsToDouble(0x3fcc71c5_1d8e78afL); // 2.222219843214978396e-01
    private static final double LG5 = Double.longBitsToDouble(0x3fc74664_96cb03deL); // 1.818357216161805012e-01
    private static final double LG6 = Double.longBitsToDouble(0x3fc39a09_d078c69fL); // 1.531383769920937332e-01
    private static final double LG7 = Double.longBitsToDouble(0x3fc2f112_df3e5244L); // 1.479819860511658591e-01
    private static final double IVLN10 = Double.longBitsToDouble(0x3fdbcb7b_1526e50eL); // 4.34294481903251816668e-01
    private static final double LOG10_2HI = Double.longBitsToDouble(0x3fd34413_509f6000L); // 3.01029995663611771306e-01
    private static final double LOG10_2LO = Double.longBitsToDouble(0x3d59fef3_11f12b36L); // 3.69423907715893078616e-13
    private static final double ZERO = 0.0;

    private static int hi(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    private static int lo(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    private static double withHi(double x, int hi) {
        return Double.longBitsToDouble(((long) hi << 32) | (Double.doubleToRawLongBits(x) & 0xffffffffL));
    }

    /** {@link StrictMath#log}: the natural logarithm (fdlibm's {@code __ieee754_log}). */
    public static double log(double x) {
        int hx = hi(x);
        int lx = lo(x);
        int k = 0;
        if (hx < 0x00100000) { // x < 2^-1022
            if (((hx & 0x7fffffff) | lx) == 0) {
                return -TWO54 / ZERO; // log(+-0) = -inf
            }
            if (hx < 0) {
                return (x - x) / ZERO; // log(-#) = NaN
            }
            k -= 54;
            x *= TWO54; // subnormal: scale up
            hx = hi(x);
        }
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        x = withHi(x, hx | (i ^ 0x3ff00000)); // normalise x or x/2
        k += i >> 20;
        double f = x - 1.0;
        double dk;
        if ((0x000fffff & (2 + hx)) < 3) { // |f| < 2^-20
            if (f == ZERO) {
                if (k == 0) {
                    return ZERO;
                }
                dk = k;
                return dk * LN2_HI + dk * LN2_LO;
            }
            double r = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0) {
                return f - r;
            }
            dk = k;
            return dk * LN2_HI - ((r - dk * LN2_LO) - f);
        }
        double s = f / (2.0 + f);
        dk = k;
        double z = s * s;
        i = hx - 0x6147a;
        double w = z * z;
        int j = 0x6b851 - hx;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        i |= j;
        double r = t2 + t1;
        if (i > 0) {
            double hfsq = 0.5 * f * f;
            if (k == 0) {
                return f - (hfsq - s * (hfsq + r));
            }
            return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
        }
        if (k == 0) {
            return f - s * (f - r);
        }
        return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
    }

    /** {@link StrictMath#log10}: the decimal logarithm (fdlibm's {@code __ieee754_log10}). */
    public static double log10(double x) {
        int hx = hi(x);
        int lx = lo(x);
        int k = 0;
        if (hx < 0x00100000) { // x < 2^-1022
            if (((hx & 0x7fffffff) | lx) == 0) {
                return -TWO54 / ZERO; // log(+-0) = -inf
            }
            if (hx < 0) {
                return (x - x) / ZERO; // log(-#) = NaN
            }
            k -= 54;
            x *= TWO54; // subnormal: scale up
            hx = hi(x);
        }
        if (hx >= 0x7ff00000) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        int i = (k & 0x80000000) >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = withHi(x, hx);
        double z = y * LOG10_2LO + IVLN10 * log(x);
        return z + y * LOG10_2HI;
    }
}
