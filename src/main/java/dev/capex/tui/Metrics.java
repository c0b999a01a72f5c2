package dev.capex.tui;

import dev.capex.engine.Engine;
import dev.capex.engine.model.ArenaModel;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.QuarterFigures;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The headline figures at the start of the game and after each quarter played, read from the state's
 * history: what the dashboard's changes and sparklines are drawn from. Reads only; computes no rule.
 */
public record Metrics(Quarter quarter, long cashM, long debtM, long interestM, double netLeverage, String rating,
        long fcfM, double sharePrice, long marketCapM, double elo, int rank, double frontierElo, long gpusOnline,
        long gpusIdle, double gwOnline, int stars) {

    /** The opening position: the engine's start state for this scenario and seed (a pure function). */
    public static Metrics start(Scenario sc, GameState s) {
        QuarterFigures pre = s.latest();
        double frontier = 0;
        for (ArenaModel m : s.world().arena()) {
            if (!m.meta()) {
                frontier = Math.max(frontier, m.elo());
            }
        }
        return new Metrics(pre.quarter(), s.cashM(), s.debtM(), pre.interestM(),
                Engine.preview(sc, s, List.of()).netLeverage(), sc.finance().ratings().get(s.financing().credit().ratingIndex()).name(),
                pre.freeCashFlowM(), s.market().sharePrice(), s.market().marketCapM(), s.lab().ai().bestElo(), s.lab().ai().rank(),
                frontier, owned(s), s.lab().ai().gpusIdle(), s.gwOnline(), s.lab().stars());
    }

    /** Before the first quarter no GPU has been counted online yet: the fleet Meta owns stands in. */
    private static long owned(GameState s) {
        long n = 0;
        for (dev.capex.engine.model.GpuCohort c : s.fleet().cohorts()) {
            n += c.units();
        }
        return n;
    }

    public static Metrics of(QuarterFigures f) {
        return new Metrics(f.quarter(), f.cashM(), f.debtM(), f.interestM(), f.netLeverage(), f.rating(),
                f.freeCashFlowM(), f.sharePrice(), f.marketCapM(), f.elo(), f.rank(), f.frontierElo(), f.gpusOnline(),
                f.gpusIdle(), f.gwOnline(), f.stars());
    }

    /** The start of the game, then one entry per quarter played, oldest first. */
    public static List<Metrics> series(Scenario sc, long seed, GameState now) {
        return series(start(sc, Engine.start(sc, seed)), now);
    }

    /** The series from a start already computed (the dashboard keeps it: the start never changes). */
    public static List<Metrics> series(Metrics start, GameState now) {
        List<Metrics> out = new ArrayList<>();
        out.add(start);
        for (QuarterFigures f : now.played()) {
            out.add(of(f));
        }
        return out;
    }

    public static List<Double> values(List<Metrics> series, ToDoubleFunction<Metrics> f) {
        List<Double> v = new ArrayList<>();
        for (Metrics m : series) {
            v.add(f.applyAsDouble(m));
        }
        return v;
    }
}
