package dev.capex.report.levers;

import java.util.Locale;

/**
 * How the plain-text commands read their arguments: money in millions (20000, 20B), units (300000,
 * 300k, 1.3M), shares (0.49 or 49%). A number written wrong throws NumberFormatException, which the text
 * mode turns into the command's usage.
 */
public final class Words {
    private Words() {
    }

    /** Millions: 20000, 20B, 20b, 1.5B, 500M. */
    public static long money(String s) {
        String t = s.replace("$", "").replace(",", "").toUpperCase(Locale.ROOT);
        if (t.endsWith("B")) {
            return Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000);
        }
        if (t.endsWith("M")) {
            t = t.substring(0, t.length() - 1);
        }
        return Math.round(Double.parseDouble(t));
    }

    /** 300000, 300k, 1.3M. */
    public static long units(String s) {
        String t = s.replace(",", "").toUpperCase(Locale.ROOT);
        if (t.endsWith("K")) {
            return Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000);
        }
        if (t.endsWith("M")) {
            return Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1_000_000);
        }
        return Long.parseLong(t);
    }

    /** 0.49 or 49%. */
    public static double share(String s) {
        if (s.endsWith("%")) {
            return Double.parseDouble(s.substring(0, s.length() - 1)) / 100;
        }
        return Double.parseDouble(s);
    }
}
