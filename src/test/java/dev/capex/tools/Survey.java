package dev.capex.tools;

import dev.capex.engine.Engine;
import dev.capex.engine.Score;
import dev.capex.engine.model.*;
import dev.capex.scenario.ScenarioLoader;
import dev.capex.strategy.Bots;
import dev.capex.strategy.Plan;
import dev.capex.strategy.Strategy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** A developer's tool: a strategy over many seeds, summarised. Not a test. */
public final class Survey {
    public static void main(String[] args) throws Exception {
        Scenario sc = ScenarioLoader.load(Path.of(args[0]));
        String name = args[1];
        Strategy st = Bots.named(name) != null ? Bots.named(name) : (name.equals("none")
                ? Strategy.of(new Plan("none", java.util.Map.of())) : Strategy.of(Plan.load(Path.of(name))));
        int n = Integer.parseInt(args[2]);
        List<Double> tsr = new ArrayList<>();
        List<Double> score = new ArrayList<>();
        List<Double> rank = new ArrayList<>();
        List<Double> capex25 = new ArrayList<>();
        List<Double> growthFirst = new ArrayList<>();
        List<Double> growthLast = new ArrayList<>();
        List<Double> peakLev = new ArrayList<>();
        int downgraded = 0;
        int defaulted = 0;
        int worseRank = 0;
        for (int seed = 1; seed <= n; seed++) {
            GameState s = Engine.start(sc, seed);
            int startRank = s.lab().ai().rank();
            double lev = -9;
            while (!s.isOver()) {
                s = Engine.resolve(sc, s, st.decide(sc, s)).state();
                lev = Math.max(lev, s.latest().netLeverage());
            }
            Score sco = Score.of(sc, s);
            tsr.add(sco.tsr());
            score.add(sco.total());
            rank.add((double) s.lab().ai().rank());
            peakLev.add(lev);
            if (s.financing().credit().downgrades() > 0) {
                downgraded++;
            }
            if (s.status() == GameStatus.DEFAULTED) {
                defaulted++;
                if (System.getenv("REASONS") != null) {
                    System.out.println("  seed " + seed + " " + s.quarter() + ": " + dev.capex.report.EngineText.english(s.endReason()));
                }
            }
            if (s.lab().ai().rank() > startRank) {
                worseRank++;
            }
            List<QuarterFigures> h = s.books().history();
            long c = sc.company().capexEarlierThisYearM();
            for (QuarterFigures f : h) {
                if (f.played() && f.quarter().year() == 2025) {
                    c += f.capexM();
                }
            }
            capex25.add(c / 1000.0);
            growthFirst.add(yoy(h, new Quarter(2025, 4)));
            growthLast.add(yoy(h, new Quarter(2028, 4)));
        }
        System.out.printf(Locale.ROOT, "%s over %d seeds: downgraded %d, defaulted %d, rank worse than start %d%n", name, n,
                downgraded, defaulted, worseRank);
        p("tsr", tsr);
        p("score", score);
        p("final rank", rank);
        p("2025 capex B", capex25);
        p("yoy growth 2025Q4", growthFirst);
        p("yoy growth 2028Q4", growthLast);
        p("peak net leverage", peakLev);
    }

    static double yoy(List<QuarterFigures> h, Quarter q) {
        QuarterFigures a = null;
        QuarterFigures b = null;
        for (QuarterFigures f : h) {
            if (f.quarter().equals(q)) {
                a = f;
            }
            if (f.quarter().equals(q.plus(-4))) {
                b = f;
            }
        }
        return a == null || b == null ? Double.NaN : a.revenueM() / (double) b.revenueM() - 1;
    }

    static void p(String label, List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        s.removeIf(x -> x.isNaN());
        Collections.sort(s);
        if (s.isEmpty()) {
            return;
        }
        System.out.printf(Locale.ROOT, "  %-20s p5 %8.2f  p25 %8.2f  p50 %8.2f  p75 %8.2f  p95 %8.2f%n", label,
                s.get((int) (s.size() * 0.05)), s.get((int) (s.size() * 0.25)), s.get(s.size() / 2),
                s.get((int) (s.size() * 0.75)), s.get(Math.min(s.size() - 1, (int) (s.size() * 0.95))));
    }
}
