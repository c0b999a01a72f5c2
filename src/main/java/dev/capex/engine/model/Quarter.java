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
        int o = ordinal() + quarters;
        return new Quarter(Math.floorDiv(o, 4), Math.floorMod(o, 4) + 1);
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
        return year + "Q" + q;
    }
}
