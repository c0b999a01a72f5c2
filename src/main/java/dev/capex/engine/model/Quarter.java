package dev.capex.engine.model;

/**
 * A calendar quarter, such as 2025Q2. Quarters are the game's turns; arithmetic on them is exact.
 */
public record Quarter(int year, int q) implements Comparable<Quarter> {
    public Quarter {
        if (q < 1 || q > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4, got " + q);
        }
    }

    /** Parses "2025Q2" (case-insensitive); throws IllegalArgumentException with the offending text. */
    public static Quarter parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a quarter is required, written like 2025Q2");
        }
        // The common case, "2025Q2" exactly, without trimming, upper-casing or substrings: the engine
        // parses scenario quarters every turn. Anything else takes the general path below.
        if (text.length() == 6 && (text.charAt(4) == 'Q' || text.charAt(4) == 'q')) {
            char a = text.charAt(0);
            char b = text.charAt(1);
            char c = text.charAt(2);
            char d = text.charAt(3);
            char e = text.charAt(5);
            if (a >= '0' && a <= '9' && b >= '0' && b <= '9' && c >= '0' && c <= '9' && d >= '0' && d <= '9'
                    && e >= '1' && e <= '4') {
                return of((a - '0') * 1000 + (b - '0') * 100 + (c - '0') * 10 + (d - '0'), e - '0');
            }
        }
        String t = text.trim().toUpperCase(java.util.Locale.ROOT);
        int i = t.indexOf('Q');
        if (i != 4 || t.length() != 6) {
            throw new IllegalArgumentException("'" + text + "' is not a quarter; write it like 2025Q2");
        }
        try {
            return new Quarter(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a quarter; write it like 2025Q2");
        }
    }

    public int ordinal() {
        return year * 4 + (q - 1);
    }

    public Quarter plus(int quarters) {
        return quarters == 0 ? this : ofOrdinal(ordinal() + quarters);
    }

    /**
     * The quarter with this ordinal ({@code year * 4 + q - 1}): one shared instance for 1990Q1 to 2099Q4 (the
     * engine moves quarters on every turn), a new one outside. A quarter is a value: compared with
     * {@link #equals}, never by identity.
     */
    public static Quarter ofOrdinal(int ordinal) {
        int i = ordinal - FIRST_NAMED_YEAR * 4;
        if (i >= 0 && i < INSTANCES.length) {
            return INSTANCES[i];
        }
        return new Quarter(Math.floorDiv(ordinal, 4), Math.floorMod(ordinal, 4) + 1);
    }

    /** {@code new Quarter(year, q)}, the shared instance when there is one (checked as the constructor checks). */
    public static Quarter of(int year, int q) {
        if (q >= 1 && q <= 4 && year >= FIRST_NAMED_YEAR && year < FIRST_NAMED_YEAR + INSTANCES.length / 4) {
            return INSTANCES[(year - FIRST_NAMED_YEAR) * 4 + q - 1];
        }
        return new Quarter(year, q);
    }

    /**
     * As the record's own equals, written out: the generated one is bound through method handles at run time,
     * which C1 (the batch's compiler) calls through several frames; quarters are compared many times a turn.
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Quarter x && x.year == year && x.q == q;
    }

    /** The record's own hash (31 x year + q), written out for the same reason. */
    @Override
    public int hashCode() {
        return year * 31 + q;
    }

    /** Quarters from {@code other} to this one (positive when this is later). */
    public int minus(Quarter other) {
        return ordinal() - other.ordinal();
    }

    public boolean isBefore(Quarter other) {
        return ordinal() < other.ordinal();
    }

    public boolean isAfter(Quarter other) {
        return ordinal() > other.ordinal();
    }

    @Override
    public int compareTo(Quarter o) {
        return Integer.compare(ordinal(), o.ordinal());
    }

    @Override
    public String toString() {
        int i = (year - FIRST_NAMED_YEAR) * 4 + q - 1;
        return i >= 0 && i < NAMES.length ? NAMES[i] : year + "Q" + q; // the same text, made once
    }

    private static final int FIRST_NAMED_YEAR = 1990;
    /** "1990Q1" to "2099Q4", written once (the engine names assets and models by quarter every turn). */
    private static final String[] NAMES = new String[(2100 - FIRST_NAMED_YEAR) * 4];
    /** The quarters 1990Q1 to 2099Q4, made once ({@link #ofOrdinal}). */
    private static final Quarter[] INSTANCES = new Quarter[NAMES.length];

    static {
        for (int i = 0; i < NAMES.length; i++) {
            NAMES[i] = (FIRST_NAMED_YEAR + i / 4) + "Q" + (i % 4 + 1);
            INSTANCES[i] = new Quarter(FIRST_NAMED_YEAR + i / 4, i % 4 + 1);
        }
    }
}
