package dev.capex.engine.model;

/** Comparing ids as the scenario format does: ignoring case. */
public final class Ids {
    private Ids() {
    }

    /**
     * {@code a.equalsIgnoreCase(b)}, exactly, but quick to say no: the engine looks ids up in short lists
     * many times a quarter, and most comparisons are between different ids. Two ASCII characters whose
     * bits differ other than in the case bit (0x20) are never equal ignoring case, so a first character
     * like that settles it; anything else is left to {@link String#equalsIgnoreCase}.
     */
    public static boolean same(String a, String b) {
        int n = a.length(); // a null id fails here, as a.equalsIgnoreCase(b) would
        if (a == b) {
            return true;
        }
        if (b == null || n != b.length()) {
            return false;
        }
        if (n > 0) {
            char x = a.charAt(0);
            char y = b.charAt(0);
            if (x < 0x80 && y < 0x80 && (x | 0x20) != (y | 0x20)) {
                return false;
            }
        }
        return a.equalsIgnoreCase(b);
    }
}
