package dev.capex.analysis.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Batch results as text (a table a person reads), CSV (one row per strategy) or JSON. */
public final class BatchReport {
    private BatchReport() {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    // ------------------------------------------------------------------ text

    /** The percentile table of one strategy's worlds. */
    public static List<String> text(String title, Summary s) {
        List<String> out = new ArrayList<>();
        out.add(title);
        out.add(String.format(Locale.ROOT, "  %-20s %10s %10s %10s %10s %10s", "", "p5", "p25", "p50", "p75", "p95"));
        for (Metric m : Metric.values()) {
            double[] p = s.percentiles(m);
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "  %-20s", m.label()));
            for (double v : p) {
                sb.append(String.format(Locale.ROOT, " %10s", format(m, v)));
            }
            out.add(sb.toString());
        }
        out.add(String.format(Locale.ROOT, "  rating cut in %s of worlds; default in %s of worlds", share(s.downgradeShare()),
                share(s.defaultShare())));
        if (s.refusedDecisions() > 0) {
            out.add(String.format(Locale.ROOT, "  %,d decisions refused and skipped, in %,d of %,d worlds",
                    s.refusedDecisions(), s.worldsWithRefusals(), s.worlds()));
        }
        return out;
    }

    static String format(Metric m, double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        switch (m) {
            case TSR:
                return String.format(Locale.ROOT, "%+.1f%%", v * 100);
            case SCORE:
                return String.format(Locale.ROOT, "%.1f", v);
            case FINAL_RANK:
                return String.format(Locale.ROOT, "%.0f", v);
            case MIN_CASH:
                return String.format(Locale.ROOT, "%,.0f", v);
            default:
                return String.format(Locale.ROOT, "%.2fx", v);
        }
    }

    static String share(double v) {
        return String.format(Locale.ROOT, "%.1f%%", v * 100);
    }

    /** Luck versus skill as text: the verdict, the actual outcome, then each distribution. */
    public static List<String> text(LuckVersusSkill.Report r) {
        List<String> out = new ArrayList<>();
        WorldOutcome a = r.actual();
        out.add(r.verdict());
        out.add(String.format(Locale.ROOT, "Your score of %.1f beat %.0f%% of your own plan's worlds.", a.score(),
                Math.floor(r.ownWorlds().scoreBeatenShare() * 100)));
        out.add(String.format(Locale.ROOT, "The game: %s, seed %d, %d quarters; TSR %s, score %.1f, final rank %d, "
                + "minimum cash $%,dM, peak net leverage %.2fx%s%s", r.game().name(), r.game().seed(), a.quarters(),
                format(Metric.TSR, a.tsr()), a.score(), a.finalRank(), a.minCashM(), a.peakNetLeverage(),
                a.downgraded() ? ", rating cut" : "", a.defaulted() ? ", DEFAULTED" : ""));
        out.add("");
        out.addAll(text(String.format(Locale.ROOT, "Your decisions in %,d other worlds (seeds %d to %d):",
                r.ownWorlds().worlds(), r.seed(), r.seed() + r.ownWorlds().worlds() - 1), r.ownWorlds()));
        for (Map.Entry<String, Summary> b : r.bots().entrySet()) {
            out.add("");
            out.addAll(text(String.format(Locale.ROOT, "Bot %s in the same worlds (yours beat %.0f%% of them):",
                    b.getKey(), Math.floor(b.getValue().tsrBeatenShare() * 100)), b.getValue()));
        }
        return out;
    }

    // ------------------------------------------------------------------ CSV

    public static String csvHeader() {
        StringBuilder sb = new StringBuilder("strategy,worlds");
        for (Metric m : Metric.values()) {
            for (double p : Summary.PERCENTILES) {
                sb.append(',').append(m.key()).append("_p").append((int) p);
            }
        }
        return sb.append(",downgrade_share,default_share,refused_decisions,tsr_beaten_share").toString();
    }

    public static String csvRow(String strategy, Summary s, boolean withPlacement) {
        StringBuilder sb = new StringBuilder(csvField(strategy)).append(',').append(s.worlds());
        for (Metric m : Metric.values()) {
            for (double v : s.percentiles(m)) {
                sb.append(',').append(number(m, v));
            }
        }
        sb.append(',').append(plain(s.downgradeShare())).append(',').append(plain(s.defaultShare())).append(',')
                .append(s.refusedDecisions()).append(',').append(withPlacement ? plain(s.tsrBeatenShare()) : "");
        return sb.toString();
    }

    public static List<String> csv(LuckVersusSkill.Report r) {
        List<String> out = new ArrayList<>();
        out.add(csvHeader());
        out.add(csvRow("own-plan", r.ownWorlds(), true));
        r.bots().forEach((name, s) -> out.add(csvRow(name, s, true)));
        return out;
    }

    private static String csvField(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** A value at its metric's resolution, without exponent or grouping. */
    static String number(Metric m, double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        int decimals = m.resolution() >= 1 ? 0 : (int) Math.round(-Math.log10(m.resolution()));
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String plain(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    // ------------------------------------------------------------------ JSON

    public static ObjectNode json(Summary s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("worlds", s.worlds());
        ObjectNode metrics = o.putObject("metrics");
        for (Metric m : Metric.values()) {
            ObjectNode mo = metrics.putObject(m.key());
            mo.put("resolution", m.resolution());
            double[] p = s.percentiles(m);
            for (int i = 0; i < p.length; i++) {
                mo.put("p" + (int) Summary.PERCENTILES[i], Double.parseDouble(number(m, p[i])));
            }
        }
        o.put("downgrade_share", s.downgradeShare());
        o.put("default_share", s.defaultShare());
        o.put("refused_decisions", s.refusedDecisions());
        o.put("worlds_with_refusals", s.worldsWithRefusals());
        return o;
    }

    public static String json(String scenario, String strategy, long seed, int threads, Summary s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("scenario", scenario);
        o.put("strategy", strategy);
        o.put("first_seed", seed);
        o.put("threads", threads);
        o.setAll(json(s));
        return write(o);
    }

    public static String json(String scenario, LuckVersusSkill.Report r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("scenario", scenario);
        o.put("game", r.game().name());
        o.put("game_seed", r.game().seed());
        o.put("first_seed", r.seed());
        o.put("verdict", r.verdict());
        ObjectNode a = o.putObject("actual");
        WorldOutcome w = r.actual();
        a.put("quarters", w.quarters());
        a.put("tsr", w.tsr());
        a.put("score", w.score());
        a.put("final_rank", w.finalRank());
        a.put("min_cash_m", w.minCashM());
        a.put("peak_net_leverage", w.peakNetLeverage());
        a.put("downgraded", w.downgraded());
        a.put("defaulted", w.defaulted());
        ObjectNode own = json(r.ownWorlds());
        own.put("tsr_beaten_share", r.ownWorlds().tsrBeatenShare());
        own.put("score_beaten_share", r.ownWorlds().scoreBeatenShare());
        o.set("own_plan", own);
        ObjectNode bots = o.putObject("bots");
        r.bots().forEach((name, s) -> {
            ObjectNode b = json(s);
            b.put("tsr_beaten_share", s.tsrBeatenShare());
            b.put("score_beaten_share", s.scoreBeatenShare());
            bots.set(name, b);
        });
        ArrayNode beaten = o.putArray("bot_medians_beaten");
        r.botMediansBeaten().forEach(beaten::add);
        return write(o);
    }

    private static String write(ObjectNode o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
