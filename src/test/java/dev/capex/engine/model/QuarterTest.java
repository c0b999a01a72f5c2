package dev.capex.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Quarters moved on and parsed are the same values as the arithmetic gives, shared instances or not. */
class QuarterTest {

    @Test
    void plusGivesTheQuarterOfTheArithmeticInsideAndOutsideTheSharedRange() {
        for (int year : new int[] {-3, 0, 1, 1989, 1990, 2025, 2099, 2100, 2500}) {
            for (int q = 1; q <= 4; q++) {
                Quarter from = new Quarter(year, q);
                for (int k = -9; k <= 9; k++) {
                    int o = from.ordinal() + k;
                    Quarter expected = new Quarter(Math.floorDiv(o, 4), Math.floorMod(o, 4) + 1);
                    Quarter got = from.plus(k);
                    assertEquals(expected, got, from + " plus " + k);
                    assertEquals(expected.hashCode(), got.hashCode());
                    assertEquals(expected.toString(), got.toString());
                    assertEquals(expected, Quarter.ofOrdinal(o));
                    assertEquals(expected, Quarter.of(expected.year(), expected.q()));
                }
            }
        }
    }

    @Test
    void theGamesQuartersAreSharedAndParsedTheSame() {
        assertSame(Quarter.parse("2025Q2"), new Quarter(2025, 1).plus(1));
        assertEquals(new Quarter(2025, 2), Quarter.parse("2025Q2"));
        assertEquals(new Quarter(2025, 2), Quarter.parse(" 2025q2 "));
        assertThrows(IllegalArgumentException.class, () -> Quarter.parse("2025Q5"));
        assertThrows(IllegalArgumentException.class, () -> Quarter.of(2025, 0));
        assertThrows(IllegalArgumentException.class, () -> Quarter.of(3000, 7));
    }
}
