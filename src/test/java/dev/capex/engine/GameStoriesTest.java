package dev.capex.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.decision.Decision.Buyback;
import dev.capex.engine.decision.Decision.OrderGpus;
import dev.capex.engine.decision.Decision.PrivateCredit;
import dev.capex.engine.decision.Decision.Stake;
import dev.capex.engine.event.GameEvent.CovenantBreached;
import dev.capex.engine.event.GameEvent.GameEnded;
import dev.capex.engine.event.GameEvent.GpusDelivered;
import dev.capex.engine.event.GameEvent.GpusIdle;
import dev.capex.engine.event.GameEvent.StakeNews;
import dev.capex.engine.model.Account;
import dev.capex.engine.model.GameStatus;
import dev.capex.engine.model.GpuCohort;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.model.StakeHolding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stories of issue 2, told as games: given a position, when the CFO decides, then what a player
 * would notice. A "twin" is the same game (same scenario, same seed, so the same world) played without
 * the decision, to isolate what the decision did.
 */
class GameStoriesTest {

    @Test
    void ordering300kB200WithNoPoweredCapacityLeavesThemIdleButDepreciating() {
        // Given a Meta with no powered data-center capacity at all (every site's online and
        // under-construction GW set to zero in a copy of the baseline)
        Scenario dark = TestWorld.withoutPoweredCapacity(TestWorld.baseline());
        Game meta = Game.start(dark, 7);
        Game twin = Game.start(dark, 7);

        // When Meta orders 300,000 B200 and waits for them
        OrderGpus order = new OrderGpus("B200", 300_000);
        meta.play(order);
        twin.play();
        assertTrue(meta.applied(order).contains("need 0.42 GW of power"), meta.applied(order));
        long delivered = 0;
        for (int i = 0; i < 4 && delivered == 0; i++) {
            meta.play();
            twin.play();
            delivered = meta.events(GpusDelivered.class).stream().mapToLong(GpusDelivered::units).sum();
        }
        assertTrue(delivered > 0, "the B200 arrive within four quarters");

        // Then every GPU that arrived is idle, and the player is told so
        assertEquals(0, meta.state.lab().ai().gpusOnline());
        assertEquals(twin.state.lab().ai().gpusIdle() + delivered, meta.state.lab().ai().gpusIdle());
        assertEquals(1, meta.events(GpusIdle.class).size());
        assertTrue(dev.capex.report.EventText.text(meta.events(GpusIdle.class).get(0)).contains("depreciate all the same"));

        // But they depreciate from the quarter they arrive: the quarter's depreciation is the twin's
        // plus the new cohorts'
        long b200Depreciation = 0;
        for (GpuCohort c : meta.state.fleet().cohorts()) {
            if (c.generation().equals("B200") && !c.id().startsWith("CAPEX-GPUS-")) { // not everyday server capex
                b200Depreciation += c.depreciationPerQuarterM();
                assertTrue(c.bookValueM() < c.grossCostM(), "the idle cohort's book value already fell");
            }
        }
        assertTrue(b200Depreciation > 0);
        assertEquals(twin.line(Account.DEPRECIATION) + b200Depreciation, meta.line(Account.DEPRECIATION));
        assertTrue(meta.statements().netIncome() < twin.statements().netIncome());
    }

    @Test
    void a49PercentNonVotingStakeInTheDataLabelingFirmRaisesDataQualityAndTriggersCustomerFlight() {
        // Given the baseline in spring 2025 (seed 7: no antitrust probe is drawn on the deal)
        Game meta = Game.baseline(7);
        Game twin = Game.baseline(7);
        double dataQualityBefore = meta.state.lab().ai().dataQuality();
        int starsBefore = meta.state.lab().stars();

        // When Meta buys 49% of Scale AI
        Stake stake = new Stake("scale", 0.49);
        meta.play(stake);
        twin.play();

        // Then the deal is non-voting, its leader and team join, and its other customers flee
        assertTrue(meta.applied(stake).contains("non-voting"), meta.applied(stake));
        StakeHolding held = meta.state.stake("scale");
        assertFalse(held.control());
        assertFalse(held.probe(), "seed 7 draws no antitrust probe");
        assertEquals(Math.round(0.49 * 29_000), held.costM());
        assertEquals(starsBefore + 8, meta.state.lab().stars());
        List<StakeNews> news = meta.events(StakeNews.class);
        assertTrue(news.stream().anyMatch(n -> n.what() == StakeNews.What.CUSTOMERS_FLEE && n.target().equals("scale")
                && Math.round(n.share() * 100) == 35), news.toString());
        assertTrue(held.targetValueM() < 29_000 * 0.8, "the target is worth less after the flight: "
                + held.targetValueM());

        // And data quality rises only once the firm is integrated, two quarters later, by the
        // non-voting share (80%) of its 35-point gain
        meta.play();
        twin.play();
        assertEquals(dataQualityBefore, meta.state.lab().ai().dataQuality(), 1e-12);
        meta.play();
        twin.play();
        assertEquals(twin.state.lab().ai().dataQuality() + 0.35 * 0.8, meta.state.lab().ai().dataQuality(), 1e-9);
        assertTrue(meta.events(StakeNews.class).stream().anyMatch(n -> n.what() == StakeNews.What.INTEGRATED));
    }

    @Test
    void aCovenantBreachedTwoQuartersInARowEndsTheGameInDefault() {
        // Given a Meta that borrowed $20B from Apollo (covenant: interest cover at least 3.5x) and stopped
        // its buybacks, in a world where an advertising collapse strikes in 2025Q3 (a copy of the
        // baseline with a scheduled card that cuts ad growth by 300 points a year for two years)
        Scenario.EventCard collapse = new Scenario.EventCard("ad-collapse", "Advertising collapse",
                "Advertisers stop spending.", dev.capex.engine.model.CardKind.scheduled, "2025Q3", 0, "2025Q3", "2028Q3", true, List.of(),
                List.of(new Scenario.Effect(dev.capex.engine.model.CardEffect.aiDemand, -3.0, 8)), null);
        Scenario sc = TestWorld.baseline();
        List<Scenario.EventCard> cards = new ArrayList<>(sc.events());
        cards.add(collapse);
        Game meta = Game.start(TestWorld.with(sc, "events", cards), 7);
        PrivateCredit loan = new PrivateCredit("apollo", 20_000, "corporate", null, 0);
        meta.play(loan, new Buyback(0));
        assertTrue(meta.applied(loan).contains("interest cover at least 3.5x"), meta.applied(loan));

        // When trailing EBITDA falls below 3.5 times interest, the first breach is a warning
        QuarterResult first = meta.playUntil(r -> !Game.events(r, CovenantBreached.class).isEmpty(), 8);
        CovenantBreached warning = meta.events(CovenantBreached.class).get(0);
        assertEquals(1, warning.streak());
        assertEquals("Apollo", warning.lender());
        assertEquals(GameStatus.PLAYING, first.state().status(), "one breach does not end the game");
        assertTrue(dev.capex.report.EventText.text(warning).contains("quarter 1 in a row"), dev.capex.report.EventText.text(warning));

        // Then a second breach in a row ends the game in default
        meta.play();
        CovenantBreached second = meta.events(CovenantBreached.class).get(0);
        assertEquals(2, second.streak());
        assertEquals(GameStatus.DEFAULTED, meta.state.status());
        List<GameEnded> ended = meta.events(GameEnded.class);
        assertEquals(1, ended.size());
        assertTrue(ended.get(0).defaulted());
        assertEquals(dev.capex.engine.model.EndReason.Why.COVENANTS, meta.state.endReason().why());
        assertEquals(2, meta.state.endReason().quarters());
        assertEquals(meta.state.endReason(), ended.get(0).reason());
    }
}
