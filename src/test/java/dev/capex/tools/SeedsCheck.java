package dev.capex.tools;

import dev.capex.engine.Engine;
import dev.capex.engine.QuarterResult;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.GpuCohort;
import dev.capex.engine.model.QuarterFigures;
import dev.capex.engine.model.Scenario;
import dev.capex.scenario.ScenarioLoader;
import dev.capex.strategy.Plan;
import dev.capex.strategy.Strategy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * A developer's tool, not a test: a plan over seeds 1..N of a scenario, with what issue 11 asks of the seeds'
 * plan: decisions refused (by reason), 2025 capex (p5, median, p95, share inside 64-72B), GPUs at the end
 * of 2025 and 2025 expenses. Run: java -cp target/classes:target/test-classes:$(cat cp.txt)
 * dev.capex.tools.SeedsCheck scenarios/meta-2025.json scenarios/plans/seeds-2025.json 200
 */
public final class SeedsCheck {
    public static void main(String[] args) throws Exception {
        Scenario sc = ScenarioLoader.load(Path.of(args[0]));
        Strategy st = Strategy.of(Plan.load(Path.of(args[1])));
        int n = Integer.parseInt(args[2]);
        List<Double> capex = new ArrayList<>();
        List<Double> gpus = new ArrayList<>();
        List<Double> online = new ArrayList<>();
        List<Double> idleNext = new ArrayList<>();
        TreeMap<String, Integer> refused = new TreeMap<>();
        for (int seed = 1; seed <= n; seed++) {
            GameState s = Engine.start(sc, seed);
            while (!s.isOver()) {
                QuarterResult r = Engine.resolve(sc, s, st.decide(sc, s));
                for (GameEvent e : r.events()) {
                    if (e instanceof GameEvent.DecisionRefused x) {
                        refused.merge(s.quarter() + " " + x.decision().type() + ": " + dev.capex.report.EngineText.english(x.reason()), 1, Integer::sum);
                    }
                }
                s = r.state();
                if (seed == 1 && System.getProperty("trace") != null) {
                    QuarterFigures f = s.latest();
                    long units = 0;
                    for (GpuCohort c : s.fleet().cohorts()) {
                        units += c.units();
                    }
                    System.out.printf(Locale.ROOT, "  %s: %.2f GW online, GPUs %d online + %d idle, %d owned, orders %d%n",
                            f.quarter(), f.gwOnline(), f.gpusOnline(), f.gpusIdle(), units, s.fleet().orders().size());
                }
                if (s.quarter().toString().equals("2026Q1")) {
                    long units = 0;
                    for (GpuCohort c : s.fleet().cohorts()) {
                        units += c.units();
                    }
                    gpus.add(units / 1e6);
                    online.add(s.latest().gpusOnline() / 1e6);
                }
                if (s.quarter().toString().equals("2026Q2")) {
                    idleNext.add(s.latest().gpusIdle() / 1e6);
                }
            }
            long c = sc.company().capexEarlierThisYearM();
            for (QuarterFigures f : s.played()) {
                if (f.quarter().year() == 2025) {
                    c += f.capexM();
                }
            }
            capex.add(c / 1000.0);
        }
        long inside = capex.stream().filter(c -> c >= 64 && c <= 72).count();
        System.out.printf(Locale.ROOT, "2025 capex: p5 %.1fB, median %.1fB, p95 %.1fB; inside 64-72B in %d of %d%n",
                pct(capex, 5), pct(capex, 50), pct(capex, 95), inside, n);
        System.out.printf(Locale.ROOT, "GPUs at the end of 2025: p5 %.2fM, median %.2fM, p95 %.2fM (online: median %.2fM)%n",
                pct(gpus, 5), pct(gpus, 50), pct(gpus, 95), pct(online, 50));
        System.out.printf(Locale.ROOT, "GPUs idle for want of power in 2026Q1 (the 2025 deliveries installed): median %.3fM, p95 %.3fM%n",
                pct(idleNext, 50), pct(idleNext, 95));
        System.out.println("refused: " + (refused.isEmpty() ? "none" : ""));
        refused.forEach((k, v) -> System.out.println("  " + v + "x " + k));
    }

    static double pct(List<Double> xs, int p) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, s.size() * p / 100));
    }
}
