package dev.capex.report;

import dev.capex.report.i18n.ScenarioText;
import static dev.capex.report.SvgChart.esc;

import dev.capex.engine.QuarterResult;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.QuarterFigures;
import dev.capex.engine.model.Scenario;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * The debrief as one self-contained HTML file: inline CSS and inline SVG, no scripts, no fonts or
 * images to fetch, so that it opens from a USB stick on a projector with no network. It is also
 * well-formed XML (every tag closed, only XML's own entities), which keeps it easy to check.
 */
public final class HtmlDebrief {
    private HtmlDebrief() {
    }

    /** A chart of one figure over the quarters. */
    public record Metric(String id, String title, String axis, ToDoubleFunction<QuarterFigures> value, boolean invert,
            DoubleFunction<String> format) {
        /** The chart's title in the reader's language. */
        public String shownTitle() {
            return switch (id) {
                case "cash" -> Msg.t("debrief.m.cash");
                case "debt" -> Msg.t("debrief.m.debt");
                case "interest" -> Msg.t("debrief.m.interest");
                case "rank" -> Msg.t("debrief.m.rank");
                case "share-price" -> Msg.t("debrief.m.price");
                case "net-leverage" -> Msg.t("debrief.m.leverage");
                default -> title;
            };
        }

        /** The chart's axis in the reader's language. */
        public String shownAxis() {
            return switch (id) {
                case "cash" -> Msg.t("debrief.a.cash");
                case "debt" -> Msg.t("debrief.a.debt");
                case "interest" -> Msg.t("debrief.a.interest");
                case "rank" -> Msg.t("debrief.a.rank");
                case "share-price" -> Msg.t("debrief.a.price");
                case "net-leverage" -> Msg.t("debrief.a.leverage");
                default -> axis;
            };
        }
    }

    public static final List<Metric> METRICS = List.of(
            new Metric("cash", "Cash at the end of the quarter", "cash, $B", f -> f.cashM() / 1000.0, false,
                    v -> String.format(Locale.ROOT, "$%.0fB", v)),
            new Metric("debt", "Debt (bonds, private credit, emergency facility)", "debt, $B", f -> f.debtM() / 1000.0,
                    false, v -> String.format(Locale.ROOT, "$%.0fB", v)),
            new Metric("interest", "Interest paid in the quarter", "interest, $B a quarter", f -> f.interestM() / 1000.0,
                    false, v -> String.format(Locale.ROOT, "$%.2fB", v)),
            new Metric("rank", "LM Arena rank of Meta's best model (#1 at the top)", "arena rank", f -> f.rank(), true,
                    v -> String.format(Locale.ROOT, "#%.0f", v)),
            new Metric("share-price", "Share price", "share price, $", QuarterFigures::sharePrice, false,
                    v -> String.format(Locale.ROOT, "$%.0f", v)),
            new Metric("net-leverage", "Net leverage (net debt and leases / EBITDA): what the rating reads", "net leverage, x",
                    QuarterFigures::netLeverage, false, v -> String.format(Locale.ROOT, "%.2fx", v)));

    /**
     * The whole page.
     *
     * @param csvName the CSV file written beside the page, linked from it
     */
    public static String render(Debrief d, String csvName, String programVersion) {
        List<ReplayedGame> games = d.games();
        StringBuilder h = new StringBuilder();
        Scenario sc = games.isEmpty() ? null : games.get(0).game().scenario();
        String title = sc == null ? Msg.t("debrief.title") : Msg.t("debrief.titleOf", sc.name());
        h.append("<!DOCTYPE html>\n<html lang=\"").append(Msg.german() ? "de" : "en").append("\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"generator\" content=\"capex ").append(esc(programVersion)).append("\"/>\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
        header(h, d, title);
        leaderboard(h, d);
        charts(h, games);
        bridges(h, games);
        moments(h, d);
        timeline(h, d);
        data(h, d, csvName);
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void header(StringBuilder h, Debrief d, String title) {
        h.append("<header>\n<h1>").append(esc(title)).append("</h1>\n");
        if (d.games().isEmpty()) {
            h.append("<p>").append(esc(Msg.t("debrief.noGames"))).append("</p>\n</header>\n");
            return;
        }
        ReplayedGame first = d.games().get(0);
        Scenario sc = first.game().scenario();
        h.append("<p class=\"lesson\"><strong>").append(esc(Msg.t("debrief.lesson"))).append("</strong> ").append(esc(ScenarioText.lesson(sc))).append("</p>\n");
        h.append("<p class=\"meta\">");
        if (d.sameWorld()) {
            h.append(esc(Msg.t("debrief.scenario"))).append(" <code>").append(esc(sc.id())).append("</code>, ")
                    .append(esc(Msg.t("debrief.sameWorld", first.game().seed())));
        } else {
            h.append(esc(Msg.t("debrief.differentWorlds")));
        }
        List<String> names = new ArrayList<>();
        for (ReplayedGame g : d.games()) {
            names.add(esc(g.team()) + " (" + esc(Msg.t(!g.score().survived() ? "debrief.teamDefaulted"
                    : g.end().isOver() ? "debrief.teamQuarters" : "debrief.teamUnfinished", g.figures().size())) + ")");
        }
        h.append(esc(Msg.t("debrief.teams"))).append(" ").append(String.join(", ", names)).append(".</p>\n</header>\n");
    }

    private static void leaderboard(StringBuilder h, Debrief d) {
        Leaderboard lb = d.leaderboard();
        h.append("<section id=\"leaderboard\">\n<h2>").append(esc(Msg.t("debrief.leaderboard"))).append("</h2>\n<div class=\"two\">\n<table class=\"leaderboard\">\n")
                .append("<caption>").append(esc(Msg.t("debrief.caption"))).append("</caption>\n")
                .append("<thead><tr>");
        for (String col : List.of(Msg.t("debrief.col.place"), Msg.t("debrief.col.team"), Msg.t("debrief.col.score"), "TSR", Msg.t("debrief.col.rank"),
                Msg.t("debrief.col.rating"), Msg.t("debrief.col.cash"), Msg.t("debrief.col.outcome"))) {
            h.append("<th scope=\"col\">").append(esc(col)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody class=\"teams\">\n");
        List<String> places = lb.places();
        boolean mixed = lb.mixesUnfinished();
        for (int i = 0; i < lb.teams().size(); i++) {
            Leaderboard.Row r = lb.teams().get(i);
            if (mixed && !r.finished() && (i == 0 || lb.teams().get(i - 1).finished())) {
                h.append("<tr><th colspan=\"8\" scope=\"rowgroup\" class=\"sub\">").append(esc(Msg.t("debrief.unfinished")))
                        .append("</th></tr>\n");
            }
            row(h, places.get(i).replace("u", ""), r, "team");
        }
        h.append("</tbody>\n");
        if (!lb.bots().isEmpty()) {
            h.append("<tbody class=\"bots\">\n<tr><th colspan=\"8\" scope=\"rowgroup\" class=\"sub\">")
                    .append(esc(Msg.t("debrief.reference"))).append("</th></tr>\n");
            for (Leaderboard.Row r : lb.bots()) {
                row(h, "ref.", r, "bot");
            }
            h.append("</tbody>\n");
        }
        h.append("</table>\n<figure>").append(SvgChart.scores("chart-score", Msg.t("debrief.scores"),
                lb.teams(), lb.bots())).append("</figure>\n</div>\n</section>\n");
    }

    private static void row(StringBuilder h, String place, Leaderboard.Row r, String cls) {
        h.append(String.format(Locale.ROOT, "<tr class=\"%s\"><td>%s</td><th scope=\"row\">%s</th><td class=\"num\">%.1f</td>"
                        + "<td class=\"num\">%+.1f%%</td><td class=\"num\">#%d</td><td>%s</td><td class=\"num\">%s</td>"
                        + "<td>%s</td></tr>\n", cls, place, esc(r.bot() ? Msg.t("debrief.bot", r.name()) : r.name()), r.score(),
                r.tsr() * 100, r.arenaRank(), esc(r.rating()), esc(Text.money(r.cashM())),
                !r.survived() ? "<strong>" + esc(Msg.t("debrief.defaulted")) + "</strong>" : esc(r.outcome())));
    }

    private static void charts(StringBuilder h, List<ReplayedGame> games) {
        TreeSet<Quarter> qs = new TreeSet<>();
        for (ReplayedGame g : games) {
            g.figures().forEach(f -> qs.add(f.quarter()));
        }
        List<Quarter> quarters = new ArrayList<>(qs);
        List<String> labels = quarters.stream().map(Quarter::toString).toList();
        h.append("<section id=\"charts\">\n<h2>").append(esc(Msg.t("debrief.charts"))).append("</h2>\n<p class=\"hint\">")
                .append(esc(Msg.t("debrief.chartsHint"))).append("</p>\n<div class=\"grid\">\n");
        for (Metric m : METRICS) {
            List<SvgChart.Series> series = new ArrayList<>();
            for (ReplayedGame g : games) {
                Map<Quarter, QuarterFigures> byQ = new LinkedHashMap<>();
                g.figures().forEach(f -> byQ.put(f.quarter(), f));
                List<Double> vs = new ArrayList<>();
                for (Quarter q : quarters) {
                    QuarterFigures f = byQ.get(q);
                    vs.add(f == null ? null : m.value().applyAsDouble(f));
                }
                series.add(new SvgChart.Series(g.team(), vs));
            }
            h.append("<figure class=\"metric\" data-metric=\"").append(m.id()).append("\">")
                    .append(SvgChart.lines("chart-" + m.id(), m.shownTitle(), m.shownAxis(), labels, series, m.invert(), m.format()))
                    .append("</figure>\n");
        }
        h.append("</div>\n</section>\n");
    }

    /**
     * Why each team's share price moved, quarter by quarter: the valuation bridge (cents a share by
     * driver, adding up to the change in the price).
     */
    private static void bridges(StringBuilder h, List<ReplayedGame> games) {
        if (games.isEmpty()) {
            return;
        }
        h.append("<section id=\"bridges\">\n<h2>").append(esc(Msg.t("debrief.bridgeTitle"))).append("</h2>\n<p class=\"hint\">")
                .append(esc(Msg.t("debrief.bridgeHint"))).append("</p>\n");
        for (ReplayedGame g : games) {
            h.append("<details><summary>").append(esc(g.team())).append("</summary>\n<table class=\"bridge\">\n<thead><tr><th>")
                    .append(esc(Msg.t("debrief.quarter"))).append("</th><th class=\"num\">")
                    .append(esc(Msg.t("debrief.price"))).append("</th>");
            for (dev.capex.engine.ValuationBridge.Driver dr : dev.capex.engine.ValuationBridge.Driver.values()) {
                h.append("<th class=\"num\">").append(esc(Explain.driver(dr))).append("</th>");
            }
            h.append("<th class=\"num\">").append(esc(Msg.t("bridge.total"))).append("</th></tr></thead>\n<tbody>\n");
            dev.capex.engine.model.MarketState before = dev.capex.engine.Engine.start(g.game().scenario(),
                    g.game().seed()).market();
            for (dev.capex.engine.QuarterResult r : g.quarters()) {
                dev.capex.engine.model.MarketState after = r.state().market();
                dev.capex.engine.ValuationBridge b = dev.capex.engine.ValuationBridge.between(g.game().scenario(),
                        before, after);
                h.append("<tr><td>").append(esc(r.statements().quarter().toString())).append("</td><td class=\"num\">")
                        .append(String.format(java.util.Locale.ROOT, "$%.2f", b.priceAfter())).append("</td>");
                for (dev.capex.engine.ValuationBridge.Step st : b.steps()) {
                    h.append("<td class=\"num\">").append(st.cents() == 0 ? "" : esc(Explain.cents(st.cents())))
                            .append("</td>");
                }
                h.append("<td class=\"num\">").append(esc(Explain.cents(b.totalCents()))).append("</td></tr>\n");
                before = after;
            }
            h.append("</tbody>\n</table>\n</details>\n");
        }
        h.append("</section>\n");
    }

    private static void moments(StringBuilder h, Debrief d) {
        h.append("<section id=\"moments\">\n<h2>").append(esc(Msg.t("debrief.moments"))).append("</h2>\n");
        if (!d.shocks().isEmpty()) {
            h.append("<h3>").append(esc(Msg.t("debrief.shocks"))).append("</h3>\n<ul class=\"shocks\">\n");
            for (Moment m : d.shocks()) {
                h.append("<li>").append(esc(m.text())).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("<div class=\"teams-moments\">\n");
        for (ReplayedGame g : d.games()) {
            h.append("<div class=\"team-moments\"><h3>").append(esc(g.team())).append("</h3>\n");
            List<Moment> ms = d.moments().stream().filter(m -> m.team().equals(g.team())).toList();
            if (ms.isEmpty()) {
                h.append("<p>").append(esc(Msg.t("debrief.quiet"))).append("</p>\n");
            } else {
                h.append("<ol>\n");
                for (Moment m : ms) {
                    h.append("<li><span class=\"tag ").append(m.kind()).append("\">").append(esc(m.kind()))
                            .append("</span> ").append(esc(m.text())).append("</li>\n");
                }
                h.append("</ol>\n");
            }
            h.append("</div>\n");
        }
        h.append("</div>\n</section>\n");
    }

    private static void timeline(StringBuilder h, Debrief d) {
        List<ReplayedGame> games = d.games();
        boolean world = d.sameWorld();
        TreeSet<Quarter> qs = new TreeSet<>();
        for (ReplayedGame g : games) {
            g.figures().forEach(f -> qs.add(f.quarter()));
        }
        h.append("<section id=\"timeline\">\n<h2>").append(esc(Msg.t("debrief.timeline"))).append("</h2>\n<table class=\"timeline\">\n"
                + "<colgroup><col class=\"quarter\"/>").append(world ? "<col class=\"world\"/>" : "");
        for (int i = 0; i < games.size(); i++) {
            h.append("<col/>");
        }
        h.append("</colgroup>\n<thead><tr><th scope=\"col\">").append(esc(Msg.t("debrief.col.quarter"))).append("</th>");
        if (world) {
            h.append("<th scope=\"col\">").append(esc(Msg.t("debrief.col.world"))).append("</th>");
        }
        for (ReplayedGame g : games) {
            h.append("<th scope=\"col\">").append(esc(g.team())).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (Quarter q : qs) {
            h.append("<tr><th scope=\"row\">").append(q).append("</th>");
            if (world) {
                h.append("<td>");
                QuarterResult r = result(games.get(0), q);
                if (r != null) {
                    for (GameEvent e : r.events()) {
                        if (e instanceof GameEvent.CardDrawn) {
                            h.append("<p class=\"card\"><strong>").append(esc(Msg.t("debrief.card"))).append("</strong> ").append(esc(EventText.text(e))).append("</p>");
                        }
                    }
                }
                h.append("</td>");
            }
            for (ReplayedGame g : games) {
                h.append("<td>");
                QuarterResult r = result(g, q);
                if (r != null) {
                    for (GameEvent e : r.events()) {
                        String line = timelineLine(e, world);
                        if (line != null) {
                            h.append(line);
                        }
                    }
                }
                h.append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    /** One event as a timeline entry, or null for the routine ones (deliveries, competitor news). */
    static String timelineLine(GameEvent e, boolean worldColumn) {
        if (e instanceof GameEvent.DecisionApplied a) {
            return "<p class=\"done\"><strong>" + esc(Msg.t("debrief.done")) + "</strong> " + esc(Text.summary(null, a.decision())) + "</p>";
        } else if (e instanceof GameEvent.DecisionRefused r) {
            return "<p class=\"refused\"><strong>" + esc(Msg.t("debrief.refused")) + "</strong> " + esc(Text.summary(null, r.decision()))
                    + " — " + esc(EngineText.reason(r.reason())) + "</p>";
        } else if (e instanceof GameEvent.CardDrawn) {
            return worldColumn ? null : "<p class=\"card\"><strong>" + esc(Msg.t("debrief.card")) + "</strong> " + esc(EventText.text(e)) + "</p>";
        } else if (e instanceof GameEvent.GameEnded end && !end.defaulted()) {
            return "<p class=\"event\"><strong>" + esc(Msg.t("debrief.end")) + "</strong> " + esc(EngineText.end(end.reason())) + "</p>";
        } else if (e instanceof GameEvent.RatingChanged || e instanceof GameEvent.CovenantBreached
                || e instanceof GameEvent.EmergencyFacilityDrawn || e instanceof GameEvent.GameEnded) {
            return "<p class=\"alert\"><strong>" + esc(e.category() == GameEvent.Category.GAME ? Msg.t("debrief.end") : Msg.t("debrief.credit"))
                    + "</strong> " + esc(EventText.text(e)) + "</p>";
        } else if ((e instanceof GameEvent.ModelReleased m && m.meta()) || e instanceof GameEvent.StarsLeft
                || e instanceof GameEvent.StakeNews || e instanceof GameEvent.ConstructionCompleted
                || e instanceof GameEvent.ConstructionDelayed || e instanceof GameEvent.BondClosed
                || e instanceof GameEvent.Milestone || e instanceof GameEvent.GpusIdle) {
            return "<p class=\"event\">" + esc(EventText.text(e)) + "</p>";
        }
        return null;
    }

    private static QuarterResult result(ReplayedGame g, Quarter q) {
        for (QuarterResult r : g.quarters()) {
            if (r.state().latest().quarter().equals(q)) {
                return r;
            }
        }
        return null;
    }

    private static void data(StringBuilder h, Debrief d, String csvName) {
        String csv = DebriefCsv.of(d.games());
        String uri = "data:text/csv;charset=utf-8," + URLEncoder.encode(csv, StandardCharsets.UTF_8).replace("+", "%20");
        h.append("<section id=\"data\">\n<h2>").append(esc(Msg.t("debrief.data"))).append("</h2>\n<p>")
                .append(esc(Msg.t("debrief.dataHint"))).append(" <a href=\"")
                .append(esc(csvName)).append("\">").append(esc(csvName))
                .append("</a> ").append(esc(Msg.t("debrief.beside"))).append(" <a download=\"").append(esc(csvName)).append("\" href=\"")
                .append(esc(uri)).append("\">").append(esc(Msg.t("debrief.embedded"))).append("</a>.</p>\n")
                .append("<details><summary>").append(esc(Msg.t("debrief.showCsv"))).append("</summary><pre id=\"csv\">").append(esc(csv))
                .append("</pre></details>\n</section>\n");
    }

    static final String CSS = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
                   margin: 24px auto; max-width: 1360px; padding: 0 16px; color: #1a1a1a; line-height: 1.4; }
            h1 { font-size: 1.8em; margin-bottom: 0.2em; }
            h2 { border-bottom: 2px solid #1a1a1a; padding-bottom: 2px; margin-top: 1.6em; }
            .lesson { font-size: 1.15em; background: #f3f3f3; padding: 8px 12px; border-left: 5px solid #0072B2; }
            .meta, .hint { color: #444; }
            table { border-collapse: collapse; }
            th, td { padding: 4px 8px; text-align: left; vertical-align: top; }
            .leaderboard { font-size: 1.05em; margin-right: 24px; }
            .leaderboard thead th { border-bottom: 2px solid #1a1a1a; }
            .leaderboard tr.team td, .leaderboard tr.team th { border-bottom: 1px solid #ccc; }
            .leaderboard tr.bot { color: #555; font-style: italic; }
            .leaderboard .sub { font-weight: normal; color: #555; padding-top: 12px; }
            caption { caption-side: bottom; color: #555; font-size: 0.85em; text-align: left; padding-top: 6px; }
            .num { text-align: right; font-variant-numeric: tabular-nums; }
            .two { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 12px; }
            .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(660px, 1fr)); gap: 8px 16px; }
            figure { margin: 0; }
            svg.chart { max-width: 100%; height: auto; font-size: 12px; }
            svg .chart-title { font-size: 14px; font-weight: bold; }
            svg .grid { stroke: #ddd; stroke-width: 1; }
            svg .axis { stroke: #333; stroke-width: 1.2; }
            svg .tick { fill: #333; font-size: 11px; }
            svg .axis-label { fill: #333; font-size: 12px; }
            svg .end-label { font-size: 12px; font-weight: bold; }
            svg .legend, svg .bar-value { fill: #1a1a1a; font-size: 12px; }
            svg .ref-label { fill: #444; font-size: 11px; font-style: italic; }
            .shocks li { margin-bottom: 4px; }
            .teams-moments { display: grid; grid-template-columns: repeat(auto-fit, minmax(400px, 1fr)); gap: 16px; }
            .team-moments ol { padding-left: 1.4em; }
            .team-moments li { margin-bottom: 6px; }
            .tag { display: inline-block; font-size: 0.75em; text-transform: uppercase; letter-spacing: 0.04em;
                   border: 1px solid #555; border-radius: 3px; padding: 0 4px; }
            .tag.downgrade, .tag.covenant, .tag.emergency, .tag.default { background: #fde0d0; }
            .tag.downgrade, .tag.share-fall, .tag.stake, .tag.talent, .tag.idle { background: #fde0d0; }
            .tag.upgrade, .tag.model, .tag.share-rise { background: #d8f0e6; }
            .timeline { font-size: 0.82em; width: 100%; table-layout: fixed; }
            .timeline thead th { border-bottom: 2px solid #1a1a1a; position: sticky; top: 0; background: white; }
            .timeline tbody tr { border-bottom: 1px solid #ccc; }
            .timeline col.quarter { width: 5.5em; }
            .timeline col.world { width: 18%; }
            .timeline p { margin: 0 0 3px 0; }
            .timeline .refused { color: #8a2a00; }
            .timeline .alert { color: #8a2a00; font-weight: 600; }
            .timeline .card { background: #fff3cd; padding: 2px 4px; }
            pre { font-size: 0.75em; overflow-x: auto; background: #f6f6f6; padding: 8px; }
            @media print { .grid { grid-template-columns: 1fr 1fr; } details { display: none; } }
            """;
}
