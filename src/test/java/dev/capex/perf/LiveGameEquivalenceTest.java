package dev.capex.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.Engine;
import dev.capex.engine.LiveGame;
import dev.capex.engine.ProForma;
import dev.capex.engine.QuarterResult;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.MarketState;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.rules.ValuationRules;
import dev.capex.scenario.ScenarioLoader;
import dev.capex.strategy.Bots;
import dev.capex.strategy.Strategy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A game played on in one working state ({@link LiveGame}) must stand exactly where the same decisions
 * resolved quarter by quarter from each quarter's state ({@link Engine#resolve}) stand: the same state
 * (digest), events and statements after every quarter, on every built-in scenario, for every bot, whether
 * the state is built after every quarter, never until the end, or now and then (the working lists are
 * shared with a built state copy-on-write: a later quarter must not write into a state already built).
 */
class LiveGameEquivalenceTest {

    @Test
    void aGamePlayedOnInPlaceEqualsTheGameResolvedStateByState() throws Exception {
        int quarters = 0;
        for (String name : ScenarioLoader.BUILT_IN) {
            Scenario sc = ScenarioLoader.resolve(name);
            for (Map.Entry<String, Strategy> bot : Bots.all().entrySet()) {
                for (long seed = 1; seed <= 2; seed++) {
                    quarters += compare(sc, bot.getKey(), bot.getValue(), seed);
                }
            }
        }
        assertTrue(quarters > 500, quarters + " quarters: too few to compare");
    }

    /**
     * Every bot decides on a live game standing at a state exactly as on the state, along the random bot's
     * path (odd debts, leases and refusals), on every built-in scenario.
     */
    @Test
    void everyBotDecidesOnALiveGameAsOnItsState() throws Exception {
        Strategy random = Bots.named("random");
        int quarters = 0;
        for (String name : ScenarioLoader.BUILT_IN) {
            Scenario sc = ScenarioLoader.resolve(name);
            for (long seed = 1; seed <= 3; seed++) {
                GameState s = Engine.start(sc, seed);
                while (!s.isOver()) {
                    for (Map.Entry<String, Strategy> bot : Bots.all().entrySet()) {
                        assertEquals(bot.getValue().decide(sc, s), bot.getValue().decide(sc, LiveGame.from(sc, s)),
                                name + " seed " + seed + " " + bot.getKey() + " " + s.quarter());
                    }
                    quarters++;
                    s = Engine.resolve(sc, s, random.decide(sc, s)).state();
                }
            }
        }
        assertTrue(quarters > 100, quarters + " quarters: too few to compare");
    }

    /**
     * Decisions sent to a quarter opened in place stay applied when accepted and leave no trace when refused:
     * the quarter played on from there has the events, statements and state of the quarter resolved with the
     * accepted decisions alone (no DecisionRefused). Decisions that are not those applied are refused loudly.
     */
    @Test
    void aRefusedTrialOnTheQuarterOpenedInPlaceLeavesNoTrace() throws Exception {
        Scenario sc = ScenarioLoader.resolve("meta-2025");
        LiveGame g = LiveGame.start(sc, 7);
        GameState s = Engine.start(sc, 7);
        ProForma pf = g.open();
        Decision stop = new Decision.Buyback(0);
        Decision order = new Decision.OrderGpus("B200", 50000);
        assertFalse(pf.send(new Decision.OrderGpus("NO-SUCH-GPU", 1000)), "an unknown generation is refused");
        assertTrue(pf.send(stop));
        assertFalse(pf.send(new Decision.OrderGpus("B200", 1_000_000_000L)), "beyond the allocation: refused");
        assertFalse(pf.send(new Decision.Build("NO-SUCH-SITE", 1.0)), "an unknown site is refused");
        assertTrue(pf.send(order));
        assertThrows(IllegalStateException.class, g::state, "the state between quarters is gone once applied");
        assertThrows(IllegalStateException.class, g::cashM);
        assertThrows(IllegalStateException.class, g::open, "opened twice with decisions applied");
        IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> g.play(List.of(order, stop)));
        assertTrue(wrong.getMessage().contains("applied in place"), wrong.getMessage());

        List<Decision> accepted = List.of(stop, order);
        QuarterResult r = Engine.resolve(sc, s, accepted);
        List<GameEvent> events = g.play(accepted);
        assertEquals(r.events(), events, "the events of the quarter played with the accepted decisions alone");
        assertTrue(events.stream().noneMatch(e -> e instanceof GameEvent.DecisionRefused), events.toString());
        assertEquals(2, events.stream().filter(e -> e instanceof GameEvent.DecisionApplied).count(), events.toString());
        assertEquals(r.statements(), g.statements());
        assertEquals(Engine.digest(r.state()), Engine.digest(g.state()));

        // opened, nothing applied (every trial refused): played with no decisions, or with more decisions
        ProForma none = g.open();
        assertFalse(none.send(new Decision.OrderGpus("NO-SUCH-GPU", 1000)));
        assertEquals(r.state().cashM(), g.cashM(), "nothing applied: the position is still readable");
        Decision more = new Decision.OrderGpus("B200", 40000);
        QuarterResult r2 = Engine.resolve(sc, r.state(), List.of(more));
        assertEquals(r2.events(), g.play(List.of(more)));
        assertEquals(Engine.digest(r2.state()), Engine.digest(g.state()));
    }

    /**
     * The valuation's inputs kept with the state are those that priced its quarter: worked out again from them
     * alone ({@link ValuationRules#price}), they give the state's share price, bit for bit, on the state-by-state
     * path and on live games whose state is built every third quarter or only at the end (the working market
     * keeps the quarter's inputs as fields and makes their record when the state is built: a record left from
     * an earlier quarter shows here; the format-1 digest the fingerprint records does not hold the inputs).
     */
    @Test
    void theValuationInputsKeptWithTheStatePriceItsQuarter() throws Exception {
        int checked = 0;
        for (String name : ScenarioLoader.BUILT_IN) {
            Scenario sc = ScenarioLoader.resolve(name);
            for (String botName : List.of("status-quo", "leverage", "random")) {
                Strategy bot = Bots.named(botName);
                for (long seed = 1; seed <= 2; seed++) {
                    String where = name + " " + botName + " seed " + seed;
                    LiveGame sometimes = LiveGame.start(sc, seed);
                    LiveGame never = LiveGame.start(sc, seed);
                    GameState s = Engine.start(sc, seed);
                    int n = 0;
                    while (!s.isOver()) {
                        List<Decision> d = bot.decide(sc, s);
                        s = Engine.resolve(sc, s, d).state();
                        assertPricedByItsInputs(sc, s, where + " " + s.latest().quarter());
                        sometimes.play(d);
                        never.play(d);
                        if (n++ % 3 == 1) {
                            assertPricedByItsInputs(sc, sometimes.state(), where + " " + s.latest().quarter() + " (live)");
                        }
                        checked++;
                    }
                    assertPricedByItsInputs(sc, never.state(), where + " (live, built at the end)");
                    assertPricedByItsInputs(sc, sometimes.state(), where + " (live, at the end)");
                }
            }
        }
        assertTrue(checked > 200, checked + " quarters: too few");
    }

    private static void assertPricedByItsInputs(Scenario sc, GameState s, String at) {
        MarketState m = s.market();
        assertEquals(m.sharePrice(), ValuationRules.price(sc, m, m.inputs()), 0.0,
                at + ": the state's valuation inputs do not give its share price");
    }

    /** Plays one world three ways; returns the quarters compared. */
    private static int compare(Scenario sc, String botName, Strategy bot, long seed) {
        String where = sc.id() + " " + botName + " seed " + seed;
        LiveGame every = LiveGame.start(sc, seed); // the state built after every quarter
        LiveGame never = LiveGame.start(sc, seed); // built only at the end
        LiveGame sometimes = LiveGame.start(sc, seed); // built after odd quarters, and kept to check later
        LiveGame quiet = LiveGame.start(sc, seed).withoutRivalNews(); // as a batch run plays: no rival news
        GameState s = Engine.start(sc, seed);
        GameState builtEarlier = null;
        String builtEarlierDigest = null;
        int n = 0;
        while (!s.isOver()) {
            List<Decision> d = bot.decide(sc, s);
            QuarterResult r = Engine.resolve(sc, s, d);
            String at = where + " " + s.quarter();
            assertEquals(d, bot.decide(sc, every), at + ": the bot decides differently on a live game");
            QuarterResult live = every.resolve(d);
            // the bot's live path: it decides on the live game itself (state not built), sending its decisions
            // to the quarter opened in place, and the game is played on with what it returns
            List<Decision> dNever = bot.decide(sc, never);
            assertEquals(d, dNever, at + ": the bot decides differently on a live game whose state is not built");
            List<GameEvent> neverEvents = never.play(dNever);
            List<Decision> dSometimes = bot.decide(sc, sometimes);
            assertEquals(d, dSometimes, at + ": the bot decides differently on a live game (state built now and then)");
            sometimes.play(dSometimes);
            List<Decision> dQuiet = bot.decide(sc, quiet);
            assertEquals(d, dQuiet, at + ": the bot decides differently on a live game without the rivals' news");
            List<GameEvent> quietEvents = quiet.play(dQuiet);
            assertEquals(withoutRivalNews(r.events()), quietEvents, at + ": the events other than the rivals' news differ");
            assertEquals(r.statements(), quiet.statements(), at + ": the statements differ (no rival news)");
            assertEquals(r.state().latest(), quiet.latest(), at + ": the latest figures differ (no rival news)");
            assertEquals(dev.capex.engine.Score.of(sc, r.state()), quiet.score(), at + ": the score read live differs");
            assertEquals(r.state().lab().ai().rank(), quiet.rank(), at);
            assertEquals(r.state().financing().credit().downgrades(), quiet.downgrades(), at);
            if (n % 3 == 2) {
                assertEquals(Engine.digest(r.state()), Engine.digest(quiet.state()), at + ": the state differs (no rival news)");
            }
            String digest = Engine.digest(r.state());
            assertEquals(digest, Engine.digest(live.state()), at + ": the state differs");
            assertEquals(r.state(), live.state(), at + ": the state differs");
            assertEquals(r.events(), live.events(), at + ": the events differ");
            assertEquals(r.events(), neverEvents, at + ": the events differ (state not built)");
            assertEquals(r.statements(), live.statements(), at + ": the statements differ");
            assertEquals(r.statements(), never.statements(), at + ": the statements differ (state not built)");
            assertEquals(r.state().latest(), never.latest(), at + ": the latest figures differ");
            assertEquals(r.state().isOver(), never.isOver(), at);
            if (n % 2 == 1) {
                builtEarlier = sometimes.state();
                builtEarlierDigest = Engine.digest(builtEarlier);
                assertEquals(digest, builtEarlierDigest, at + ": the state built now and then differs");
            }
            if (builtEarlier != null) {
                assertEquals(builtEarlierDigest, Engine.digest(builtEarlier), at + ": a later quarter wrote into a built state");
            }
            s = r.state();
            n++;
        }
        assertEquals(Engine.digest(s), Engine.digest(never.state()), where + ": the final state differs (built once)");
        assertEquals(Engine.digest(s), Engine.digest(sometimes.state()), where + ": the final state differs");
        assertEquals(Engine.digest(s), Engine.digest(quiet.state()), where + ": the final state differs (no rival news)");
        return n;
    }

    /** The events without the rivals' news (headlines, capex, reactions' announcements, their model releases). */
    private static List<GameEvent> withoutRivalNews(List<GameEvent> events) {
        return events.stream().filter(e -> !(e instanceof GameEvent.CompetitorNews || e instanceof GameEvent.CompetitorCapex
                || e instanceof GameEvent.ModelReleased m && !m.meta())).toList();
    }

    /**
     * GPUs bought faster than power is built stand idle, and the valuation counts their book value as idle
     * capital: the live game keeps depreciation's book values beside the records (PendingBooks), so this is
     * where a stale record would show. Ordered every quarter, never built for: idle GPUs, the same states.
     */
    @Test
    void idleGpusAreValuedAtTheirBookValueNowOnALiveGame() throws Exception {
        Scenario sc = ScenarioLoader.resolve("meta-2025");
        LiveGame live = LiveGame.start(sc, 3);
        GameState s = Engine.start(sc, 3);
        int idleQuarters = 0;
        while (!s.isOver()) {
            List<Decision> d = List.of(new Decision.OrderGpus("H200", 300000), new Decision.OrderGpus("B200", 400000));
            QuarterResult r = Engine.resolve(sc, s, d);
            live.play(d);
            if (r.events().stream().anyMatch(e -> e instanceof GameEvent.GpusIdle)) {
                idleQuarters++;
            }
            // the quarter's figures (share price, market cap) without building the live state (which would put
            // the pending book values into the records every quarter, as the state-by-state path does)
            assertEquals(r.state().latest(), live.latest(), s.quarter() + ": the quarter's figures differ");
            s = r.state();
        }
        assertEquals(Engine.digest(s), Engine.digest(live.state()), "the final state differs");
        assertTrue(idleQuarters >= 3, idleQuarters + " quarters with idle GPUs: too few to test their valuation");
    }

    /**
     * A site's buildings sold after quarters of depreciation: the sale takes their book value now off the
     * books, which on a live game sits beside the records until they are read (PendingBooks).
     */
    @Test
    void aSiteSoldAfterYearsOfDepreciationLeavesAtItsBookValueNowOnALiveGame() throws Exception {
        Scenario sc = ScenarioLoader.resolve("meta-2025");
        for (dev.capex.engine.decision.SaleMode mode : List.of(dev.capex.engine.decision.SaleMode.outright,
                dev.capex.engine.decision.SaleMode.saleLeaseback)) {
            LiveGame live = LiveGame.start(sc, 4);
            GameState s = Engine.start(sc, 4);
            boolean sold = false;
            while (!s.isOver()) {
                List<Decision> d = s.turn() == 5 ? List.of(new Decision.AssetSale("campuses", mode)) : List.of();
                QuarterResult r = Engine.resolve(sc, s, d);
                List<GameEvent> ev = live.play(d);
                sold |= ev.stream().anyMatch(e -> e instanceof GameEvent.DecisionApplied a && a.decision() instanceof Decision.AssetSale);
                assertEquals(r.events(), ev, mode + " " + s.quarter() + ": the events differ");
                assertEquals(r.state().latest(), live.latest(), mode + " " + s.quarter() + ": the quarter's figures differ");
                s = r.state();
            }
            assertTrue(sold, mode + ": the sale was not applied: nothing tested");
            assertEquals(Engine.digest(s), Engine.digest(live.state()), mode + ": the final state differs");
        }
    }
}
