package dev.capex.report;

import dev.capex.engine.EloForecast;
import dev.capex.engine.QuarterResult;
import dev.capex.engine.Score;
import dev.capex.engine.ValuationBridge;
import dev.capex.engine.ValuationBridge.Driver;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.ArenaModel;
import dev.capex.engine.model.CompetitorState;
import dev.capex.engine.model.ConstructionProject;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.GpuCohort;
import dev.capex.engine.model.GpuOrder;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.model.SiteState;
import dev.capex.engine.model.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Why things moved, as text every screen shares (dashboard, result page, plain mode, debrief): the share
 * price's bridge, the next release's Elo and its drivers, the rivals, power against GPUs, and the score.
 * It only reads states and the engine's pure explanations; the words come from {@link Msg}.
 */
public final class Explain {
    private Explain() {
    }

    // ---- the share price

    /** The label of a driver of the share price. */
    public static String driver(Driver d) {
        return switch (d) {
            case EARNINGS -> Msg.t("bridge.earnings");
            case GROWTH -> Msg.t("bridge.growth");
            case RATES -> Msg.t("bridge.rates");
            case AI_NARRATIVE -> Msg.t("bridge.narrative");
            case LEVERAGE_RATING -> Msg.t("bridge.leverage");
            case CAPITAL_INTENSITY -> Msg.t("bridge.intensity");
            case MARKET_MOOD -> Msg.t("bridge.mood");
            case NET_DEBT -> Msg.t("bridge.netDebt");
        };
    }

    /** "+$12.34" / "-$0.56" for cents a share. */
    public static String cents(long c) {
        return (c < 0 ? "-" : "+") + String.format(Locale.ROOT, "$%d.%02d", Math.abs(c) / 100, Math.abs(c) % 100);
    }

    /**
     * The bridge as lines: the title with both prices, one line per driver (drivers that moved less than a
     * cent are folded into one "other" line only if any), and the check that they add up.
     */
    public static List<String> bridge(ValuationBridge b) {
        List<String> out = new ArrayList<>();
        out.add(Msg.t("bridge.title", b.priceBefore(), b.priceAfter(), cents(b.totalCents())));
        List<ValuationBridge.Step> steps = new ArrayList<>(b.steps());
        steps.sort(Comparator.comparingLong((ValuationBridge.Step s) -> -Math.abs(s.cents())));
        int still = 0;
        // The label column as wide as the longest label (German labels are longer than the English).
        int width = Math.max(34, Msg.t("bridge.total").length());
        for (ValuationBridge.Step s : steps) {
            width = Math.max(width, driver(s.driver()).length());
        }
        String row = "  %-" + width + "s %10s";
        for (ValuationBridge.Step s : steps) {
            if (s.cents() == 0) {
                still++;
                continue;
            }
            out.add(String.format(Locale.ROOT, row, driver(s.driver()), cents(s.cents())));
        }
        if (still > 0) {
            out.add("  " + (still == 1 ? Msg.t("bridge.unchangedOne") : Msg.t("bridge.unchanged", still)));
        }
        out.add(String.format(Locale.ROOT, row, Msg.t("bridge.total"), cents(b.totalCents())));
        return out;
    }

    /** The biggest drivers in one line: "price +$4.10: earnings +$6.00, AI narrative -$2.10, …". */
    public static String bridgeLine(ValuationBridge b, int most) {
        List<ValuationBridge.Step> steps = new ArrayList<>(b.steps());
        steps.sort(Comparator.comparingLong((ValuationBridge.Step s) -> -Math.abs(s.cents())));
        List<String> parts = new ArrayList<>();
        for (ValuationBridge.Step s : steps) {
            if (s.cents() != 0 && parts.size() < most) {
                parts.add(driver(s.driver()) + " " + cents(s.cents()));
            }
        }
        return Msg.t("bridge.line", cents(b.totalCents()), parts.isEmpty() ? Msg.t("bridge.nothing")
                : String.join(", ", parts));
    }

    // ---- the arena

    /** The next release's forecast in one line, with its drivers. */
    public static String forecast(EloForecast f) {
        return Msg.t("forecast.line", f.model(), f.releaseQuarter(), f.elo(), f.noiseSd(), f.rank());
    }

    /** The forecast for a narrow panel: "Next Llama 4.1 (2025Q3) ~1290 Elo #20". */
    public static String forecastShort(EloForecast f) {
        return Msg.t("forecast.short", f.model(), f.releaseQuarter(), f.elo(), f.rank());
    }

    /** The drivers of the forecast: the Elo from compute, then what talent, data, technique, reasoning add. */
    public static String forecastDrivers(EloForecast f) {
        String s = Msg.t("forecast.drivers", f.compute(), f.talent(), f.data(), f.technique());
        return f.reasoning() > 0 ? s + Msg.t("forecast.reasoning", f.reasoning()) : s;
    }

    /** The change a decision makes to the forecast: "next release ~1302 Elo (▲ +14: talent)". */
    public static String forecastChange(EloForecast before, EloForecast after) {
        double d = after.elo() - before.elo();
        String why = biggest(after.compute() - before.compute(), after.talent() - before.talent(),
                after.data() - before.data(), after.reasoning() - before.reasoning());
        String ch = Math.abs(d) < 0.5 ? Msg.t("forecast.same") : String.format(Locale.ROOT, "%s%.0f%s",
                d > 0 ? "▲ +" : "▼ -", Math.abs(d), why.isEmpty() ? "" : ": " + why);
        return Msg.t("forecast.change", after.model(), after.elo(), ch, after.rank(), before.rank());
    }

    private static String biggest(double compute, double talent, double data, double reasoning) {
        double[] v = {compute, talent, data, reasoning};
        String[] k = {"forecast.compute", "forecast.talent", "forecast.data", "forecast.reasoningWord"};
        int best = -1;
        for (int i = 0; i < v.length; i++) {
            if (Math.abs(v[i]) >= 0.5 && (best < 0 || Math.abs(v[i]) > Math.abs(v[best]))) {
                best = i;
            }
        }
        return best < 0 ? "" : Msg.t(k[best]);
    }

    /**
     * What the model released in the quarter from {@code before} to {@code after} was expected to score:
     * the forecast from the quarter before, with the quarter's actual training compute, stars and data.
     */
    public static EloForecast releaseExpected(Scenario sc, GameState before, GameState after) {
        EloForecast.Assumptions a = new EloForecast.Assumptions(after.lab().stars() - before.lab().stars(), 1.0,
                after.lab().ai().trainingH100e() - before.lab().ai().h100eOnline(), after.lab().ai().dataQuality() - before.lab().ai().dataQuality());
        return EloForecast.of(sc, before, a);
    }

    /**
     * The lines a result page, the plain mode and the debrief show first: the share price's biggest
     * drivers, why a release scored what it did, the next release's forecast and the running score.
     * (The whole bridge, {@link #bridge}, comes after the statements.)
     */
    public static List<String> quarterWhy(Scenario sc, GameState before, QuarterResult r, ValuationBridge b) {
        List<String> out = new ArrayList<>();
        if (b != null) {
            out.add(bridgeLine(b, 3));
        }
        for (GameEvent e : r.events()) {
            if (e instanceof GameEvent.ModelReleased m && m.meta() && before != null) {
                out.add(release(m, releaseExpected(sc, before, r.state())));
            }
        }
        if (!r.state().isOver()) {
            out.add(forecast(EloForecast.of(sc, r.state())) + " — " + forecastDrivers(EloForecast.of(sc, r.state())));
        }
        out.add(running(sc, r.state()));
        return out;
    }

    /** Why a released model scored its Elo (the result page): its compute and efficiency, by driver. */
    public static String release(GameEvent.ModelReleased m, EloForecast expected) {
        double luck = m.elo() - expected.elo();
        return Msg.t("release.why", m.model(), m.elo(), expected.compute(), expected.talent(), expected.data(),
                expected.technique(), expected.reasoning(), luck >= 0 ? "+" : "-", Math.abs(luck));
    }

    /** A lab of the arena: its best model, its Elo and the change since the last quarter, its capex, its last move. */
    public record Rival(String lab, String model, double elo, double change, long capexM, String lastMove,
            boolean meta) {
    }

    /** The arena field, best first: each lab's best model (Meta included) with its rivals' capex and moves. */
    public static List<Rival> rivals(Scenario sc, GameState now, GameState before, List<QuarterResult> results) {
        Map<String, ArenaModel> best = bestByLab(now);
        Map<String, ArenaModel> was = before == null ? Map.of() : bestByLab(before);
        List<Rival> out = new ArrayList<>();
        for (ArenaModel m : best.values()) {
            ArenaModel p = was.get(m.lab());
            long capex = 0;
            String move = Msg.t("rivals.released", m.name(), m.released());
            for (Scenario.Competitor c : sc.competitors()) {
                if (c.name().equals(m.lab())) {
                    CompetitorState st = null;
                    for (CompetitorState x : now.world().competitors()) {
                        if (x.id().equals(c.id())) {
                            st = x;
                        }
                    }
                    capex = Math.round(Paths.value(c.capexPathM(), now.quarter()) * (st == null ? 1 : st.capexFactor()));
                    String news = lastNews(results, c.name());
                    if (news != null) {
                        move = news;
                    }
                }
            }
            if (m.meta()) {
                move = Msg.t("rivals.you");
            }
            out.add(new Rival(m.lab(), m.name(), m.elo(), p == null ? 0 : m.elo() - p.elo(), capex, move, m.meta()));
        }
        out.sort(Comparator.comparingDouble((Rival r) -> -r.elo()));
        return out;
    }

    private static Map<String, ArenaModel> bestByLab(GameState s) {
        Map<String, ArenaModel> best = new LinkedHashMap<>();
        for (ArenaModel m : s.world().arena()) {
            ArenaModel b = best.get(m.lab());
            if (b == null || m.elo() > b.elo()) {
                best.put(m.lab(), m);
            }
        }
        return best;
    }

    /** A lab's latest notable move: a release or a headline, never the routine capex line. */
    private static String lastNews(List<QuarterResult> results, String lab) {
        for (int i = results.size() - 1; i >= 0; i--) {
            List<GameEvent> ev = results.get(i).events();
            for (int k = ev.size() - 1; k >= 0; k--) {
                GameEvent e = ev.get(k);
                if (e instanceof GameEvent.ModelReleased m && !m.meta() && m.lab().equals(lab)) {
                    return Msg.t("rivals.releasedElo", m.model(), m.elo(), results.get(i).statements().quarter());
                }
                if (e instanceof GameEvent.CompetitorNews n && lab.equals(n.competitor())
                        && !n.text().contains(" on capex this quarter")) {
                    return results.get(i).statements().quarter() + ": " + dev.capex.report.i18n.ScenarioText.of(n.text());
                }
            }
        }
        return null;
    }

    // ---- power

    /** Power at a glance, now and at each pending GPU delivery. */
    public record Power(double onlineGw, double buildingGw, double contractedGw, double gpuGw, double spareGw,
            List<Delivery> deliveries) {
    }

    /** A pending delivery: when, what, and the spare power left once it is plugged in. */
    public record Delivery(Quarter due, long units, String generation, double needGw, double onlineGw, double spareGw) {
    }

    public static Power power(Scenario sc, GameState s) {
        double online = s.gwOnline();
        double building = s.gwUnderConstruction();
        double contracted = 0;
        for (Scenario.SiteSpec spec : sc.sites()) {
            if (!s.quarter().isBefore(Quarter.parse(spec.availableFrom()))) {
                SiteState st = s.site(spec.id());
                double used = st == null ? 0 : st.onlineGw();
                for (ConstructionProject p : s.estate().projects()) {
                    if (p.siteId().equals(spec.id())) {
                        used += p.gw();
                    }
                }
                contracted += Math.max(0, spec.maxGw() - used);
            }
        }
        double need = 0;
        for (GpuCohort c : s.fleet().cohorts()) {
            need += c.units() * sc.generation(c.generation()).kwPerGpu() / 1e6;
        }
        List<GpuOrder> orders = new ArrayList<>(s.fleet().orders());
        orders.sort(Comparator.comparing(GpuOrder::due));
        List<Delivery> out = new ArrayList<>();
        double later = need;
        for (GpuOrder o : orders) {
            if (o.outstanding() <= 0) {
                continue;
            }
            double gw = o.outstanding() * sc.generation(o.generation()).kwPerGpu() / 1e6;
            later += gw;
            double onlineThen = online;
            for (ConstructionProject p : s.estate().projects()) {
                if (p.quartersLeft() <= o.due().minus(s.quarter())) {
                    onlineThen += p.gw();
                }
            }
            out.add(new Delivery(o.due(), o.outstanding(), o.generation(), gw, onlineThen, onlineThen - later));
        }
        return new Power(online, building, contracted, need, online - need, out);
    }

    /** Power in one line: online, building, contracted, and spare (or short) after the GPUs on hand. */
    public static String powerLine(Power p) {
        return Msg.t("power.line", p.onlineGw(), p.buildingGw(), p.contractedGw(),
                p.spareGw() >= 0 ? Msg.t("power.spare", p.spareGw()) : Msg.t("power.short", -p.spareGw()));
    }

    /** Power for a narrow panel: "1.00 GW on, +1.00 bldg, 0.20 spare". */
    public static String powerShort(Power p) {
        return Msg.t("power.shortLine", p.onlineGw(), p.buildingGw(), p.spareGw() >= 0
                ? Msg.t("power.spare", p.spareGw()) : Msg.t("power.short", -p.spareGw()));
    }

    /** GPUs against power at each pending delivery. */
    public static List<String> deliveryLines(Power p) {
        List<String> out = new ArrayList<>();
        out.add(Msg.t("power.gpusNow", p.gpuGw(), p.onlineGw()));
        for (Delivery d : p.deliveries()) {
            out.add(Msg.t("power.delivery", d.due(), d.units(), d.generation(), d.needGw(), d.spareGw() >= 0
                    ? Msg.t("power.spare", d.spareGw()) : Msg.t("power.idle", -d.spareGw())));
        }
        return out;
    }

    /**
     * The spare power when an order of {@code gw} lands in {@code due}: powered capacity then (what is online
     * and what will be finished), less the GPUs on hand and every delivery due by then, this one included.
     */
    public static double spareAt(Scenario sc, GameState s, Quarter due, double gw) {
        Power p = power(sc, s);
        double online = p.onlineGw();
        for (ConstructionProject c : s.estate().projects()) {
            if (c.quartersLeft() <= due.minus(s.quarter())) {
                online += c.gw();
            }
        }
        double need = p.gpuGw() + gw;
        for (Delivery d : p.deliveries()) {
            if (!d.due().isAfter(due)) {
                need += d.needGw();
            }
        }
        return online - need;
    }

    // ---- the score

    /** The scorecard's measures with their weights, as a player reads them before playing. */
    public static List<String> weights(Scenario sc) {
        Scenario.Scorecard w = sc.scorecard();
        List<String> out = new ArrayList<>();
        out.add(Msg.t("score.weights"));
        out.add("  " + Msg.t("score.weight.tsr", w.tsrWeight()));
        out.add("  " + Msg.t("score.weight.rank", w.rankWeight()));
        out.add("  " + Msg.t("score.weight.rating", w.ratingWeight()));
        out.add("  " + Msg.t("score.weight.fcf", w.fcfWeight(), Text.money(Math.round(w.fcfScaleM()))));
        out.add("  " + Msg.t("score.weight.gw", w.gwWeight(), w.gwScale()));
        out.add("  " + Msg.t("score.weight.survival", w.survivalWeight()));
        return out;
    }

    /** The running score in one line: the total as if the game ended now, and its biggest parts. */
    public static String running(Scenario sc, GameState s) {
        Score x = Score.of(sc, s);
        Scenario.Scorecard w = sc.scorecard();
        return Msg.t("score.running", Text.fixed(x.total(), 1), Text.fixed(w.tsrWeight() * x.tsrPoints(), 1),
                Text.fixed(w.rankWeight() * x.rankPoints(), 1), Text.fixed(w.ratingWeight() * x.ratingPoints(), 1),
                Text.fixed(w.fcfWeight() * x.fcfPoints(), 1), Text.fixed(w.gwWeight() * x.gwPoints(), 1),
                Text.fixed(w.survivalWeight() * x.survivalPoints(), 1));
    }

    /** The running score for a narrow panel. */
    public static String runningShort(Scenario sc, GameState s) {
        return Msg.t("score.runningShort", Text.fixed(Score.of(sc, s).total(), 1));
    }

    /** Where the player's score stands among the bots played in the same world (same scenario and seed). */
    public static List<String> benchmark(Scenario sc, GameState mine, long seed) {
        Map<String, List<GameState>> bots = BotReference.runs(sc, seed);
        double me = Score.of(sc, mine).total();
        List<Map.Entry<String, Double>> all = new ArrayList<>();
        for (Map.Entry<String, List<GameState>> b : bots.entrySet()) {
            GameState end = BotReference.at(b.getValue(), mine.turn());
            all.add(Map.entry(b.getKey(), Score.of(sc, end).total()));
        }
        all.sort(Comparator.comparingDouble(e -> -e.getValue()));
        int place = 1;
        for (Map.Entry<String, Double> e : all) {
            if (e.getValue() > me) {
                place++;
            }
        }
        List<String> out = new ArrayList<>();
        out.add(Msg.t("bench.title", Text.fixed(me, 1), place, all.size() + 1));
        for (Map.Entry<String, Double> e : all) {
            out.add(String.format(Locale.ROOT, "  %-24s %8s%s", e.getKey(), Text.fixed(e.getValue(), 1),
                    e.getValue() > me ? "" : "  " + Msg.t("bench.beaten")));
        }
        return out;
    }
}
