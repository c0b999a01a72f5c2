package dev.capex.tui;

import dev.capex.engine.decision.Decision;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Numbers as the dashboard shows them: short money, signed changes with arrows, sparklines, wrapping. */
public final class Fmt {
    private Fmt() {
    }

    private static final char[] BARS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

    public static String money(long m) {
        return Decision.money(m);
    }

    /** "▲ +$18.1B", "▼ -$1.4B" or "= 0": the arrow and the sign carry the direction without colour. */
    public static String moneyChange(long d) {
        if (d == 0) {
            return "= 0";
        }
        return (d > 0 ? "▲ +" : "▼ -") + Decision.money(Math.abs(d));
    }

    public static String change(double d, String format) {
        String a = String.format(Locale.ROOT, format, Math.abs(d));
        if (Math.abs(d) < 1e-9 || !a.matches(".*[1-9].*")) {
            return "= 0"; // a change that rounds to nothing is none: never "▼ -0.00x"
        }
        return (d > 0 ? "▲ +" : "▼ -") + a;
    }

    /** Rank improves when its number falls: "▲ 3 up" / "▼ 2 down". */
    public static String rankChange(int before, int after) {
        if (before == after || before <= 0) {
            return dev.capex.report.Msg.t("fmt.same");
        }
        int d = before - after;
        return d > 0 ? dev.capex.report.Msg.t("fmt.up", d) : dev.capex.report.Msg.t("fmt.down", -d);
    }

    public static String ratio(double x) {
        return dev.capex.report.Text.fixed(x, 2) + "x";
    }

    public static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    public static String units(long n) {
        if (n >= 1_000_000) {
            return String.format(Locale.ROOT, "%.2fM", n / 1e6);
        }
        if (n >= 10_000) {
            return String.format(Locale.ROOT, "%.0fk", n / 1e3);
        }
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A sparkline of the last {@code width} values, scaled between their own minimum and maximum. */
    public static String spark(List<Double> values, int width) {
        if (values.isEmpty() || width <= 0) {
            return "";
        }
        List<Double> v = values.subList(Math.max(0, values.size() - width), values.size());
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double x : v) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        StringBuilder sb = new StringBuilder();
        for (double x : v) {
            int i = max - min < 1e-12 ? 3 : (int) Math.round((x - min) / (max - min) * (BARS.length - 1));
            sb.append(BARS[i]);
        }
        return sb.toString();
    }

    /** Cuts a string to a width, marking the cut with "…". */
    public static String fit(String s, int width) {
        if (width <= 0) {
            return "";
        }
        if (s.length() <= width) {
            return s;
        }
        return width == 1 ? "…" : s.substring(0, width - 1) + "…";
    }

    public static String padRight(String s, int width) {
        String f = fit(s, width);
        return f + " ".repeat(Math.max(0, width - f.length()));
    }

    public static String padLeft(String s, int width) {
        String f = fit(s, width);
        return " ".repeat(Math.max(0, width - f.length())) + f;
    }

    /** Word-wraps text to lines of at most {@code width} characters; continuation lines get an indent. */
    public static List<String> wrap(String text, int width, String indent) {
        List<String> out = new ArrayList<>();
        if (width <= indent.length() + 4) {
            out.add(fit(text, Math.max(1, width)));
            return out;
        }
        String rest = text;
        String prefix = "";
        while (prefix.length() + rest.length() > width) {
            int room = width - prefix.length();
            int cut = rest.lastIndexOf(' ', room);
            if (cut <= room / 3) {
                cut = room;
            }
            out.add(prefix + rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
            prefix = indent;
        }
        out.add(prefix + rest);
        return out;
    }
}
