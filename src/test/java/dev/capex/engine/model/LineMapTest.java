package dev.capex.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A statement's LineMap reads, prints, compares and hashes as the EnumMap of boxed Longs it replaces. */
class LineMapTest {

    @Test
    void itIsTheEnumMapItReplaces() {
        CashLine[] lines = CashLine.values();
        Random r = new Random(4);
        for (int round = 0; round < 200; round++) {
            long[] values = new long[lines.length];
            boolean[] present = new boolean[lines.length];
            Map<CashLine, Long> expected = new EnumMap<>(CashLine.class);
            for (int i = 0; i < lines.length; i++) {
                if (r.nextInt(3) == 0) {
                    present[i] = true;
                    values[i] = r.nextInt(3) == 0 ? 0 : r.nextLong() % 100_000;
                    expected.put(lines[i], values[i]);
                }
            }
            LineMap<CashLine> m = new LineMap<>(lines, values, present);
            Map<CashLine, Long> wrapped = Collections.unmodifiableMap(expected);
            assertEquals(wrapped.toString(), m.toString());
            assertEquals(wrapped, m);
            assertEquals(m, wrapped);
            assertEquals(wrapped.hashCode(), m.hashCode());
            assertEquals(expected.size(), m.size());
            for (CashLine l : lines) {
                assertEquals(expected.get(l), m.get(l));
                assertEquals(expected.getOrDefault(l, 0L), m.getOrDefault(l, 0L));
                assertEquals(expected.getOrDefault(l, 0L).longValue(), m.getLong(l));
            }
            values[0] = 12345; // the caller's arrays are copied
            present[0] = !present[0];
            assertEquals(wrapped, m);
        }
        LineMap<CashLine> m = new LineMap<>(lines, new long[lines.length], new boolean[lines.length]);
        assertNull(m.get(Account.CASH));
        assertFalse(m.containsKey("DIVIDENDS"));
        assertThrows(UnsupportedOperationException.class, () -> m.put(CashLine.DIVIDENDS, 1L));
    }
}
