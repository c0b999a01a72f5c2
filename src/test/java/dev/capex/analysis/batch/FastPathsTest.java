package dev.capex.analysis.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.capex.engine.decision.Decision;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The performance work replaced String.format in the engine's money text by integer arithmetic; a
 * player must read exactly the same amounts. (docs/performance.md: checked exhaustively up to $12T.)
 */
class FastPathsTest {
    /** The amount as String.format writes it, with the minus sign before the dollar ("-$7.3B"). */
    static String formatted(long m) {
        String sign = m < 0 ? "-" : "";
        long a = Math.abs(m);
        if (a >= 1_000_000) {
            return sign + String.format(Locale.ROOT, "$%.2fT", a / 1_000_000.0);
        }
        if (a >= 1000) {
            return sign + String.format(Locale.ROOT, "$%.1fB", a / 1000.0);
        }
        return sign + String.format(Locale.ROOT, "$%,dM", a);
    }

    @Test
    void moneyReadsAsStringFormatWouldWriteIt() {
        for (long m : new long[] {0, 1, -1, 999, -999, 1000, 1049, 1050, 1150, 1250, 1350, -1050, -1150, 29000, 999_949,
            999_950, 999_999, 1_000_000, 1_004_999, 1_005_000, 1_015_000, -1_005_000, 12_345_678_901L}) {
            assertEquals(formatted(m), Decision.money(m), "m = " + m);
        }
        SplittableRandom r = new SplittableRandom(2025);
        for (int i = 0; i < 200_000; i++) {
            long m = r.nextLong(-5_000_000_000L, 5_000_000_000L) >> r.nextInt(33);
            assertEquals(formatted(m), Decision.money(m), "m = " + m);
        }
    }
}
