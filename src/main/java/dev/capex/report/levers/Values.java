package dev.capex.report.levers;

import dev.capex.report.i18n.Msg;

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
        long m = Math.round(number(t, what, Msg.t("value.howMoney")) * factor);
        if (Math.abs(m) > dev.capex.scenario.Limits.AMOUNT_M) {
            throw new BadValue(Msg.t("value.maxMoney", field(what)));
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
        long n = Math.round(number(t, what, Msg.t("value.howCount")) * factor);
        if (Math.abs(n) > dev.capex.scenario.Limits.COUNT) {
            throw new BadValue(Msg.t("value.maxCount", field(what), dev.capex.scenario.Limits.COUNT));
        }
        return n;
    }

    public static long whole(String s, String what) {
        double d = number(clean(s, what), what, Msg.t("value.howWhole"));
        if (d != Math.rint(d)) {
            throw new BadValue(Msg.t("value.whole", field(what)));
        }
        return (long) d;
    }

    public static double decimal(String s, String what) {
        return number(clean(s, what).replace("$", ""), what, Msg.t("value.howDecimal"));
    }

    /** A share: 49% or 0.49. */
    public static double share(String s, String what) {
        String t = clean(s, what);
        if (t.endsWith("%")) {
            return number(t.substring(0, t.length() - 1), what, Msg.t("value.howShare")) / 100;
        }
        return number(t, what, Msg.t("value.howShare"));
    }

    /** A percent: 5% or 5. */
    public static double percent(String s, String what) {
        String t = clean(s, what);
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1);
        }
        return number(t, what, Msg.t("value.howPercent"));
    }

    private static String clean(String s, String what) {
        String t = s == null ? "" : s.trim().replace(",", "");
        if (t.isEmpty()) {
            throw new BadValue(Msg.t("value.required", field(what)));
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
                throw new BadValue(Msg.t("value.tooLarge", field(what)));
            }
            return d;
        } catch (NumberFormatException e) {
            throw new BadValue(Msg.t("value.write", field(what), how));
        }
    }

    /** A field's name as the forms pass it (English), in the player's language for a message. */
    static String field(String what) {
        return switch (what == null ? "" : what) {
            case "amount" -> Msg.t("lever.amount");
            case "stars" -> Msg.t("lever.hire.stars");
            case "package" -> Msg.t("lever.hire.package");
            case "units" -> Msg.t("lever.order.units");
            case "quarters" -> Msg.t("lever.quarters");
            case "training share" -> Msg.t("lever.training.title");
            case "resale share" -> Msg.t("lever.resale.share");
            case "budget" -> Msg.t("lever.rl.budget");
            case "dividend per share" -> Msg.t("lever.dividend.perShare");
            case "workforce cut" -> Msg.t("lever.restructure.cut");
            case "equity co-invest" -> Msg.t("lever.credit.equity");
            case "share" -> Msg.t("lever.stake.share");
            case "partner's share" -> Msg.t("lever.jv.share");
            case "distribution" -> Msg.t("lever.jv.distribution");
            case "initial lease" -> Msg.t("lever.jv.lease");
            case "extension options" -> Msg.t("lever.jv.extension");
            case "residual value guarantee" -> Msg.t("lever.jv.guarantee");
            default -> what;
        };
    }
}
