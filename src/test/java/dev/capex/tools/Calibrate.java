package dev.capex.tools;

import dev.capex.engine.Engine;
import dev.capex.engine.QuarterResult;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.*;
import dev.capex.scenario.ScenarioLoader;
import dev.capex.strategy.Plan;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A developer's tool: prints a game quarter by quarter to calibrate the scenario. Not a test. */
public final class Calibrate {
    public static void main(String[] args) throws Exception {
        Scenario sc = ScenarioLoader.load(Path.of(args.length > 0 ? args[0] : "scenarios/meta-2025.json"));
        dev.capex.strategy.Strategy strategy = args.length > 1 && dev.capex.strategy.Bots.named(args[1]) != null
                ? dev.capex.strategy.Bots.named(args[1])
                : dev.capex.strategy.Strategy.of(args.length > 1 && !args[1].equals("-") ? Plan.load(Path.of(args[1]))
                : new Plan("none", java.util.Map.of()));
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        boolean events = args.length > 3;
        GameState s = Engine.start(sc, seed);
        System.out.printf(Locale.ROOT, "start cap %,d price %.2f pe %.1f cal %.3f rank %d%n", s.market().marketCapM(),
                s.market().sharePrice(), s.market().multiple(), s.market().calibration(), s.lab().ai().rank());
        while (!s.isOver()) {
            List<Decision> ds = strategy.decide(sc, s);
            QuarterResult r = Engine.resolve(sc, s, ds);
            Statements st = r.statements();
            s = r.state();
            QuarterFigures f = s.latest();
            System.out.printf(Locale.ROOT,
                    "%s rev %6d ebitda %6d ni %6d capex %6d fcf %6d cash %6d debt %6d lev %5.2f cov %5.1f %-5s elo %4.0f rank %2d front %4.0f gpus %7d idle %7d gw %4.2f stars %3d px %7.2f cap %8d tsr %5.2f pe %.1f%n",
                    f.quarter(), f.revenueM(), f.ebitdaM(), f.netIncomeM(), f.capexM(), f.freeCashFlowM(), f.cashM(),
                    f.debtM(), f.netLeverage(), Math.min(f.interestCover(), 999), f.rating(), f.elo(), f.rank(),
                    f.frontierElo(), f.gpusOnline(), f.gpusIdle(), f.gwOnline(), f.stars(), f.sharePrice(),
                    f.marketCapM(), f.tsr(), s.market().multiple());
            ValuationInputs in = s.market().inputs();
            System.out.printf(Locale.ROOT, "    growth %.3f rate %.3f (base %.4f) capital %.3f (roic %.3f idle %.3f) lev %.2f resale ttm %d ebitda ttm %d%n",
                    in.growth(), dev.capex.engine.rules.ValuationRules.rateFactor(sc, in.baseRate()), in.baseRate(),
                    dev.capex.engine.rules.ValuationRules.capitalFactor(sc, in.capitalReturn(), in.idleCapitalShare(), s.market().startCapitalReturn(), s.market().startIdleShare()),
                    in.capitalReturn(), in.idleCapitalShare(), in.netLeverage(), in.resaleRevenueM(), in.ebitdaM());
            if (st.closing().totalAssets() != st.closing().totalLiabilities() + st.closing().totalEquity()) {
                System.out.println("  !! balance sheet does not balance");
            }
            if (st.netCashFlow() != st.closingCashM() - st.openingCashM()) {
                System.out.println("  !! cash flow does not reconcile");
            }
            if (events) {
                for (GameEvent e : r.events()) {
                    System.out.println("    " + dev.capex.report.EventText.text(e));
                }
            }
        }
        System.out.println(dev.capex.report.EngineText.english(s.endReason()) + " score " + dev.capex.engine.Score.of(sc, s));
    }
}
