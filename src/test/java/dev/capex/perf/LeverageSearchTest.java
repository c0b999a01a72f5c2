package dev.capex.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.Engine;
import dev.capex.engine.Preview;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.decision.Decision.*;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.*;
import dev.capex.engine.model.Scenario.*;
import dev.capex.scenario.ScenarioLoader;
import dev.capex.strategy.Bots;
import dev.capex.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The leverage bot searches each lender's limit on one pro forma instead of a preview per trial amount.
 * It must choose exactly what the preview-per-trial bot chose: that bot is kept here, as it was, and
 * both decide every quarter of every built-in scenario in several worlds (followed along either bot's
 * own path and along the random bot's, whose states carry odd debts, leases and refusals).
 */
class LeverageSearchTest {

    @Test
    void theLeverageBotBorrowsAndSpendsExactlyAsThePreviewPerTrialBotDid() throws Exception {
        Strategy fast = Bots.named("leverage");
        Strategy random = Bots.named("random");
        int quarters = 0;
        int loans = 0;
        for (String name : ScenarioLoader.BUILT_IN) {
            Scenario sc = ScenarioLoader.resolve(name);
            for (long seed = 1; seed <= 4; seed++) {
                for (Strategy path : List.of(fast, random)) {
                    GameState s = Engine.start(sc, seed);
                    while (!s.isOver()) {
                        List<Decision> expected = oldLeverage(sc, s);
                        assertEquals(expected, fast.decide(sc, s), name + " seed " + seed + " " + s.quarter());
                        loans += expected.stream().filter(d -> d instanceof PrivateCredit).count();
                        quarters++;
                        s = Engine.resolve(sc, s, path == fast ? expected : path.decide(sc, s)).state();
                    }
                }
            }
        }
        assertTrue(quarters > 500 && loans > 100, quarters + " quarters, " + loans + " loans: too few to compare");
    }

    // ------------------------------------------------------------ the bot as it was, previews and all

    static List<Decision> oldLeverage(Scenario sc, GameState s) {
        List<Decision> d = new ArrayList<>();
        d.add(new Buyback(0));
        for (Lender l : sc.lenders()) {
            if (l.structures().contains(dev.capex.engine.model.CreditStructure.corporate)) {
                for (long amount = l.maxM(); amount >= l.minM(); amount /= 2) {
                    List<Decision> trial = new ArrayList<>(d);
                    trial.add(new PrivateCredit(l.id(), amount, "corporate", null, 0));
                    if (!Engine.preview(sc, s, trial).lastRefused()) {
                        d.add(trial.get(trial.size() - 1));
                        break;
                    }
                }
            }
        }
        Preview p = Engine.preview(sc, s, d);
        long spend = p.cashAfterM() - sc.company().minimumCashM() - 10000;
        buildUpTo(sc, s, Math.max(0, 2.0 - Math.max(0, spareGw(sc, s))), d);
        for (GpuGeneration g : newestGenerations(sc, s.quarter(), 2)) {
            double price = g.priceUsd() * 1.3;
            long units = (long) Math.min(g.maxUnitsPerQuarter(), spend * 1e6 / price / 2);
            if (units > 1000) {
                d.add(new OrderGpus(g.id(), units / 1000 * 1000));
                spend -= (long) (units * price / 1e6);
            }
        }
        return keepAccepted(sc, s, d);
    }

    static List<Decision> keepAccepted(Scenario sc, GameState s, List<Decision> wanted) {
        List<Decision> ok = new ArrayList<>();
        for (Decision d : wanted) {
            List<Decision> trial = new ArrayList<>(ok);
            trial.add(d);
            if (!(Engine.preview(sc, s, trial).last() instanceof GameEvent.DecisionRefused)) {
                ok.add(d);
            }
        }
        return ok;
    }

    static List<GpuGeneration> newestGenerations(Scenario sc, Quarter q, int n) {
        List<GpuGeneration> gs = new ArrayList<>();
        for (GpuGeneration g : sc.gpuGenerations()) {
            if (!q.isBefore(Quarter.parse(g.availableFrom()))) {
                gs.add(g);
            }
        }
        gs.sort((a, b) -> Quarter.parse(b.availableFrom()).compareTo(Quarter.parse(a.availableFrom())));
        return gs.subList(0, Math.min(n, gs.size()));
    }

    static double spareGw(Scenario sc, GameState s) {
        double kw = 0;
        for (GpuCohort c : s.fleet().cohorts()) {
            kw += c.units() * sc.generation(c.generation()).kwPerGpu();
        }
        for (GpuOrder o : s.fleet().orders()) {
            kw += o.outstanding() * sc.generation(o.generation()).kwPerGpu();
        }
        return s.gwOnline() + s.gwUnderConstruction() - kw / 1e6;
    }

    static void buildUpTo(Scenario sc, GameState s, double gw, List<Decision> out) {
        double left = gw;
        for (SiteSpec site : sc.sites()) {
            if (left <= 0.05 || s.quarter().isBefore(Quarter.parse(site.availableFrom()))) {
                continue;
            }
            SiteState st = s.site(site.id());
            double underway = s.estate().projects().stream().filter(p -> p.siteId().equals(site.id()))
                    .mapToDouble(ConstructionProject::gw).sum();
            double free = site.maxGw() - st.onlineGw() - underway;
            double g = Math.floor(Math.min(free, left) * 4) / 4;
            if (g >= 0.25) {
                out.add(new Build(site.id(), g));
                left -= g;
            }
        }
    }
}
