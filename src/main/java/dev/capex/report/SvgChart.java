package dev.capex.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Inline SVG charts for the debrief: no scripts, no fonts to fetch. Each series has its own colour AND
 * its own marker shape and dash pattern, and its name is written at the end of its line, so that the
 * chart reads in grey print and for colour-blind eyes (meaning never by colour alone).
 */
public final class SvgChart {
    private SvgChart() {
    }

    /** A named line of values; null where a team has no value (its game ended sooner). */
    public record Series(String name, List<Double> values) {
    }

    /** Okabe-Ito colours: distinguishable with the common colour-vision deficiencies. */
    static final String[] COLOURS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
        "#999999"};
    static final String[] DASHES = {"", "8 4", "2 3", "10 3 2 3", "5 2", "1 2", "12 2", "4 4 1 4"};
    static final String[] MARKERS = {"circle", "square", "triangle", "diamond", "cross", "down", "x", "bar"};

    static final int W = 660;
    static final int H = 330;
    static final int LEFT = 72;
    static final int RIGHT = 120;
    static final int TOP = 34;
    static final int BOTTOM = 78;

    /**
     * A line chart with a line per series over the x labels (quarters).
     *
     * @param invert draw small values at the top (an arena rank: #1 is best)
     * @param fmt    how an axis tick and a point's value read, e.g. v -> "$" + v + "B"
     */
    public static String lines(String id, String title, String yLabel, List<String> x, List<Series> series,
            boolean invert, DoubleFunction<String> fmt) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Series s : series) {
            for (Double v : s.values()) {
                if (v != null) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min == Double.MAX_VALUE) {
            min = 0;
            max = 1;
        }
        double[] ticks = ticks(min, max);
        if (invert && ticks[0] == 0 && min >= 1) {
            ticks[0] = 1; // a rank starts at #1
        }
        double lo = ticks[0];
        double hi = ticks[ticks.length - 1];
        int pw = W - LEFT - RIGHT;
        int ph = H - TOP - BOTTOM;
        DoubleFunction<Double> ys = v -> invert ? TOP + (v - lo) / (hi - lo) * ph : TOP + ph - (v - lo) / (hi - lo) * ph;
        int n = Math.max(1, x.size() - 1);
        java.util.function.IntFunction<Double> xs = i -> LEFT + (double) i * pw / n;

        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"%s\" class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" "
                        + "height=\"%d\" role=\"img\" aria-labelledby=\"%s-title %s-desc\">", id, W, H, W, H, id, id));
        sb.append("<title id=\"").append(id).append("-title\">").append(esc(title)).append("</title>");
        sb.append("<desc id=\"").append(id).append("-desc\">").append(esc(describe(title, x, series, fmt)))
                .append("</desc>");
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" class=\"chart-title\">%s</text>", LEFT, esc(title)));
        // Grid and y axis.
        for (double t : ticks) {
            double y = ys.apply(t);
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" class=\"grid\"/>", LEFT,
                    LEFT + pw, y, y));
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" class=\"tick\" text-anchor=\"end\">%s</text>",
                    LEFT - 6, y + 4, esc(fmt.apply(t))));
        }
        sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" class=\"axis\"/>", LEFT, LEFT,
                TOP, TOP + ph));
        sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" class=\"axis\"/>", LEFT,
                LEFT + pw, TOP + ph, TOP + ph));
        sb.append(String.format(Locale.ROOT,
                "<text class=\"axis-label\" transform=\"translate(16 %d) rotate(-90)\" text-anchor=\"middle\">%s</text>",
                TOP + ph / 2, esc(yLabel)));
        // X labels: every quarter when few, every other when many.
        int every = x.size() > 10 ? 2 : 1;
        for (int i = 0; i < x.size(); i += every) {
            sb.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" class=\"tick\" text-anchor=\"middle\">%s</text>", xs.apply(i), TOP + ph + 16,
                    esc(x.get(i))));
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"axis-label\" text-anchor=\"middle\">quarter</text>",
                LEFT + pw / 2, TOP + ph + 34));
        // Lines, markers and end labels.
        List<double[]> ends = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            Series se = series.get(s);
            StringBuilder path = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            double lastX = -1;
            double lastY = -1;
            for (int i = 0; i < se.values().size() && i < x.size(); i++) {
                Double v = se.values().get(i);
                if (v == null) {
                    continue;
                }
                double px = xs.apply(i);
                double py = ys.apply(v);
                path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", px, py));
                marks.append(marker(s, px, py, se.name() + " " + x.get(i) + ": " + fmt.apply(v)));
                lastX = px;
                lastY = py;
            }
            sb.append(String.format(Locale.ROOT, "<g class=\"series\" data-series=\"%s\">", esc(se.name())));
            if (path.length() > 0) {
                sb.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2.2\"%s/>",
                        path, colour(s), dash(s).isEmpty() ? "" : " stroke-dasharray=\"" + dash(s) + "\""));
            }
            sb.append(marks).append("</g>");
            if (lastX >= 0) {
                ends.add(new double[] {s, lastX, lastY});
            }
        }
        // Name each line at its end, pushed apart so that labels never overlap.
        ends.sort(Comparator.comparingDouble(e -> e[2]));
        double prev = -100;
        for (double[] e : ends) {
            double y = Math.max(e[2] + 4, prev + 13);
            prev = y;
            int s = (int) e[0];
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"end-label\" fill=\"%s\" paint-order=\"stroke\" stroke=\"white\" "
                    + "stroke-width=\"3\">%s</text>",
                    e[1] + 9, y, colour(s), esc(series.get(s).name())));
        }
        // Legend: line sample, marker and name.
        int lx = LEFT;
        int ly = H - 18;
        for (int s = 0; s < series.size(); s++) {
            String name = series.get(s).name();
            sb.append(String.format(Locale.ROOT, "<g class=\"legend-item\"><line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" "
                    + "stroke=\"%s\" stroke-width=\"2.2\"%s/>", lx, lx + 30, ly, ly, colour(s),
                    dash(s).isEmpty() ? "" : " stroke-dasharray=\"" + dash(s) + "\""));
            sb.append(marker(s, lx + 15, ly, null));
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"legend\">%s</text></g>", lx + 36, ly + 4,
                    esc(name)));
            lx += 50 + 7 * name.length();
        }
        sb.append("</svg>");
        return sb.toString();
    }

    /**
     * The score of each team as a bar, with the built-in bots' scores as labelled vertical reference lines.
     */
    public static String scores(String id, String title, List<Leaderboard.Row> teams, List<Leaderboard.Row> bots) {
        int band = 14 * bots.size() + 10;
        int barH = 26;
        int h = TOP + band + teams.size() * (barH + 8) + 40;
        int left = 150;
        int pw = W - left - 40;
        double min = 0;
        double max = 1;
        for (Leaderboard.Row r : teams) {
            min = Math.min(min, r.score());
            max = Math.max(max, r.score());
        }
        for (Leaderboard.Row r : bots) {
            min = Math.min(min, r.score());
            max = Math.max(max, r.score());
        }
        double[] ticks = ticks(min, max);
        double lo = ticks[0];
        double hi = ticks[ticks.length - 1];
        DoubleFunction<Double> xs = v -> left + (v - lo) / (hi - lo) * pw;
        int top = TOP + band;
        int bottom = top + teams.size() * (barH + 8);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"%s\" class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" "
                        + "height=\"%d\" role=\"img\" aria-labelledby=\"%s-title\">", id, W, h, W, h, id));
        sb.append("<title id=\"").append(id).append("-title\">").append(esc(title)).append("</title>");
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" class=\"chart-title\">%s</text>", 12, esc(title)));
        for (double t : ticks) {
            double x = xs.apply(t);
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" class=\"grid\"/>", x, x,
                    top, bottom));
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"tick\" text-anchor=\"middle\">%s</text>",
                    x, bottom + 16, fmtScore(t)));
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"axis-label\" text-anchor=\"middle\">"
                + "score (the scenario's scorecard)</text>", left + pw / 2, bottom + 34));
        double zero = xs.apply(0);
        for (int i = 0; i < teams.size(); i++) {
            Leaderboard.Row r = teams.get(i);
            int y = top + 4 + i * (barH + 8);
            double x1 = Math.min(zero, xs.apply(r.score()));
            double w = Math.abs(xs.apply(r.score()) - zero);
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"legend\" text-anchor=\"end\">%s</text>",
                    left - 8, y + barH / 2 + 4, esc(r.name())));
            sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\" "
                    + "fill-opacity=\"0.8\"><title>%s: %s</title></rect>", x1, y, Math.max(1, w), barH, colour(i),
                    esc(r.name()), fmtScore(r.score())));
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" class=\"bar-value\">%s</text>",
                    Math.max(x1 + w, zero) + 5, y + barH / 2 + 4, fmtScore(r.score())));
        }
        sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" class=\"axis\"/>", zero, zero,
                top, bottom));
        for (int i = 0; i < bots.size(); i++) {
            Leaderboard.Row b = bots.get(i);
            double x = xs.apply(b.score());
            int ly = TOP + 12 + 14 * i;
            sb.append(String.format(Locale.ROOT, "<g class=\"reference\"><line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" "
                    + "stroke=\"#444\" stroke-dasharray=\"3 3\"/><text x=\"%.1f\" y=\"%d\" class=\"ref-label\" paint-order=\"stroke\" stroke=\"white\" stroke-width=\"4\"%s>bot %s %s"
                    + "</text></g>", x, x, ly + 3, bottom, x + (x > left + pw * 0.7 ? -4 : 4), ly,
                    x > left + pw * 0.7 ? " text-anchor=\"end\"" : "", esc(b.name()), fmtScore(b.score())));
        }
        sb.append("</svg>");
        return sb.toString();
    }

    static String fmtScore(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    static String colour(int i) {
        return COLOURS[i % COLOURS.length];
    }

    static String dash(int i) {
        return DASHES[i % DASHES.length];
    }

    static String marker(int s, double x, double y, String tip) {
        String c = colour(s);
        String t = tip == null ? "" : "<title>" + esc(tip) + "</title>";
        String shape = MARKERS[s % MARKERS.length];
        String body = switch (shape) {
            case "circle" -> String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\">%s</circle>", x, y,
                    c, t);
            case "square" -> String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\" fill=\"white\" stroke=\"%s\" stroke-width=\"2\">%s</rect>",
                    x - 4, y - 4, c, t);
            case "triangle" -> String.format(Locale.ROOT,
                    "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"%s\">%s</polygon>", x, y - 5, x - 5, y + 4,
                    x + 5, y + 4, c, t);
            case "diamond" -> String.format(Locale.ROOT,
                    "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"white\" stroke=\"%s\" "
                            + "stroke-width=\"2\">%s</polygon>", x, y - 5, x + 5, y, x, y + 5, x - 5, y, c, t);
            case "down" -> String.format(Locale.ROOT,
                    "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"white\" stroke=\"%s\" stroke-width=\"2\">%s"
                            + "</polygon>", x, y + 5, x - 5, y - 4, x + 5, y - 4, c, t);
            case "x" -> String.format(Locale.ROOT,
                    "<path d=\"M%.1f %.1f L%.1f %.1f M%.1f %.1f L%.1f %.1f\" stroke=\"%s\" stroke-width=\"2.5\">%s</path>",
                    x - 4, y - 4, x + 4, y + 4, x - 4, y + 4, x + 4, y - 4, c, t);
            case "bar" -> String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"3\" height=\"10\" fill=\"%s\">%s</rect>", x - 1.5, y - 5, c, t);
            default -> String.format(Locale.ROOT,
                    "<path d=\"M%.1f %.1f L%.1f %.1f M%.1f %.1f L%.1f %.1f\" stroke=\"%s\" stroke-width=\"2.5\">%s</path>",
                    x - 5, y, x + 5, y, x, y - 5, x, y + 5, c, t);
        };
        return body;
    }

    /** About five round ticks covering [min, max]. */
    static double[] ticks(double min, double max) {
        if (max - min < 1e-9) {
            double pad = Math.max(1, Math.abs(max) * 0.1);
            min -= pad;
            max += pad;
        }
        double raw = (max - min) / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = mag;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * mag >= raw) {
                step = m * mag;
                break;
            }
        }
        double lo = Math.floor(min / step) * step;
        double hi = Math.ceil(max / step) * step;
        int n = (int) Math.round((hi - lo) / step) + 1;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = lo + i * step;
        }
        return t;
    }

    /** A sentence for screen readers: each series' first and last value. */
    static String describe(String title, List<String> x, List<Series> series, DoubleFunction<String> fmt) {
        List<String> parts = new ArrayList<>();
        for (Series s : series) {
            Double first = null;
            Double last = null;
            String lastQ = "";
            for (int i = 0; i < s.values().size(); i++) {
                if (s.values().get(i) != null) {
                    if (first == null) {
                        first = s.values().get(i);
                    }
                    last = s.values().get(i);
                    lastQ = i < x.size() ? x.get(i) : "";
                }
            }
            if (first != null) {
                parts.add(s.name() + " from " + fmt.apply(first) + " to " + fmt.apply(last) + " in " + lastQ);
            }
        }
        return title + ": " + String.join("; ", parts) + ".";
    }

    /** Escapes text for HTML and XML (the debrief is well-formed XML as well as HTML). */
    public static String esc(String s) {
        // Control characters are not allowed in HTML: they are shown escaped (\e, \u0007), then HTML-escaped.
        String text = dev.capex.scenario.Printable.text(s);
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
