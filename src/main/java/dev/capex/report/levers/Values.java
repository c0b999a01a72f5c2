package dev.capex.report.levers;

import dev.capex.engine.decision.Decision;
import java.util.Locale;

/** How the forms read and write the values a player types: amounts, counts, shares, percents. */
public final class Values {
    private Values() {
    }

    /** Millions as a player types them: 20000, 20B, 1.5B, 500M, $20,000. */
    public static String amount(long m) {
        return m % 1000 == 0 && m != 0 ? (m / 1000) + "B" : Long.toString(m);
    }

    /** "$29.0B". */
    static String money(long m) {
        return Decision.money(m);
    }

    /** A rate: "5.25%". */
    static String rate(double r) {
        return String.format(Locale.ROOT, "%.2f%%", r * 100);
    }

    /** "49%". */
    static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    /** "300k", "1.30M", "9,000". */
    static String units(long n) {
        if (n >= 1_000_000) {
            return String.format(Locale.ROOT, "%.2fM", n / 1e6);
        }
        if (n >= 10_000) {
            return String.format(Locale.ROOT, "%.0fk", n / 1e3);
        }
        return String.format(Locale.ROOT, "%,d", n);
    }

    public static long money(String s, String what) {
        String t = clean(s, what).replace("$", "").toUpperCase(Locale.ROOT);
        double factor = 1;
        if (t.endsWith("T")) {
            factor = 1_000_000;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("B")) {
            factor = 1000;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("M")) {
            t = t.substring(0, t.length() - 1);
        }
        long m = Math.round(number(t, what, "an amount in $M, like 20000 or 20B") * factor);
        if (Math.abs(m) > dev.capex.scenario.Limits.AMOUNT_M) {
            throw new BadValue(what + ": at most $100T (docs/limits.md)");
        }
        return m;
    }

    public static long count(String s, String what) {
        String t = clean(s, what).toUpperCase(Locale.ROOT);
        double factor = 1;
        if (t.endsWith("K")) {
            factor = 1000;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("M")) {
            factor = 1_000_000;
            t = t.substring(0, t.length() - 1);
        }
        long n = Math.round(number(t, what, "a number like 300000 or 300k") * factor);
        if (Math.abs(n) > dev.capex.scenario.Limits.COUNT) {
            throw new BadValue(what + ": at most " + dev.capex.scenario.Limits.COUNT + " (docs/limits.md)");
        }
        return n;
    }

    public static long whole(String s, String what) {
        double d = number(clean(s, what), what, "a whole number");
        if (d != Math.rint(d)) {
            throw new BadValue(what + ": write a whole number");
        }
        return (long) d;
    }

    public static double decimal(String s, String what) {
        return number(clean(s, what).replace("$", ""), what, "a number like 0.5");
    }

    /** A share: 49% or 0.49. */
    public static double share(String s, String what) {
        String t = clean(s, what);
        if (t.endsWith("%")) {
            return number(t.substring(0, t.length() - 1), what, "a share like 49% or 0.49") / 100;
        }
        return number(t, what, "a share like 49% or 0.49");
    }

    /** A percent: 5% or 5. */
    public static double percent(String s, String what) {
        String t = clean(s, what);
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1);
        }
        return number(t, what, "a percent like 5%");
    }

    private static String clean(String s, String what) {
        String t = s == null ? "" : s.trim().replace(",", "");
        if (t.isEmpty()) {
            throw new BadValue(what + ": required");
        }
        return t;
    }

    private static double number(String t, String what, String how) {
        try {
            double d = Double.parseDouble(t);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            if (Math.abs(d) > dev.capex.scenario.Limits.COUNT) {
                throw new BadValue(what + ": too large (docs/limits.md)");
            }
            return d;
        } catch (NumberFormatException e) {
            throw new BadValue(what + ": write " + how);
        }
    }
}
