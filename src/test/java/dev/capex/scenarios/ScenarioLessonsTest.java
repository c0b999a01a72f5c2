package dev.capex.scenarios;

import static dev.capex.scenarios.Games.mean;
import static dev.capex.scenarios.Games.plan;
import static dev.capex.scenarios.Games.play;
import static dev.capex.scenarios.Games.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.Engine;
import dev.capex.engine.Preview;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.decision.Decision.*;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.GameStatus;
import dev.capex.engine.model.QuarterFigures;
import dev.capex.engine.model.Scenario;
import dev.capex.strategy.Bots;
import dev.capex.strategy.Strategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped scenario plays to the end with every bot, and each variant teaches its lesson: the same
 * plan, in the same worlds (seeds 1 to 20, common random numbers), fares observably differently from the
 * baseline in the way the scenario's lesson says.
 */
class ScenarioLessonsTest {
    private static final Scenario BASELINE = scenario("meta-2025");

    static Stream<String> shippedScenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            return files.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> p.getFileName().toString().replace(".json", "")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0} validates and plays to the end with every bot")
    @MethodSource("shippedScenarios")
    void everyShippedScenarioValidatesAndPlaysToTheEndWithEveryBot(String id) throws IOException {
        Path file = Path.of("scenarios", id + ".json");
        var result = dev.capex.scenario.ScenarioValidator.validate(file.toString(), Files.readString(file));
        assertTrue(result.valid(), id + ": " + result.problems());
        Scenario sc = scenario(id);
        assertEquals(id, sc.id(), "the file name and the scenario id agree");
        assertFalse(sc.description().isBlank(), id + " says what it changes");
        assertFalse(sc.lesson().isBlank(), id + " says what it teaches");
        for (Map.Entry<String, Strategy> bot : Bots.all().entrySet()) {
            Games.Game g = play(sc, 7, bot.getValue());
            assertTrue(g.end().isOver(), id + " with " + bot.getKey() + " reaches the end");
            if (g.end().status() != GameStatus.DEFAULTED) {
                assertEquals(sc.turns(), g.quarters().size(), id + " with " + bot.getKey() + " plays every quarter");
            }
        }
    }

    @Test
    void capexScenariosListsEveryShippedScenario() throws IOException {
        assertEquals(shippedScenarios().toList(), dev.capex.scenario.ScenarioLoader.BUILT_IN.stream().sorted().toList());
    }

    @Test
    @DisplayName("rate shock: floating private credit pays clearly more interest; a bond fixed before the shock barely more")
    void rateShockRepricesFloatingDebt() {
        Scenario shock = scenario("rate-shock");
        Strategy floating = plan("30B of floating private credit in 2025Q2", Map.of(0, List.of(
                new PrivateCredit("apollo", 15000, "corporate", null, 0),
                new PrivateCredit("pimco", 15000, "corporate", null, 0))));
        Strategy fixed = plan("a 30B fixed-rate bond in 2025Q2", Map.of(0, List.of(new Bond(30000, 10))));
        double floatingExtra = mean(shock, floating, g -> g.sum(QuarterFigures::interestM))
                - mean(BASELINE, floating, g -> g.sum(QuarterFigures::interestM));
        double fixedExtra = mean(shock, fixed, g -> g.sum(QuarterFigures::interestM))
                - mean(BASELINE, fixed, g -> g.sum(QuarterFigures::interestM));
        // 300 bp on 30B for about two years is some 1.8B of extra interest; the bonds close before the shock.
        assertTrue(mean(BASELINE, fixed, g -> g.end().debtM()) > mean(BASELINE, Games.plan("nothing", Map.of()),
                g -> g.end().debtM()) + 25000, "the bond was issued");
        assertTrue(floatingExtra > 1200, "floating debt costs at least $1.2B more over the game: " + floatingExtra);
        assertTrue(floatingExtra > 2 * fixedExtra, "the floating plan suffers far more than the fixed one: "
                + floatingExtra + " vs " + fixedExtra);
    }

    @Test
    @DisplayName("power crunch: the same GPU orders sit idle for many more GPU-quarters")
    void powerCrunchLeavesGpusIdle() {
        Scenario crunch = scenario("power-crunch");
        Strategy gpus = plan("1.1M GPUs and 2 GW at Hyperion", Map.of(
                0, List.of(new OrderGpus("B200", 400000)),
                1, List.of(new OrderGpus("B200", 400000)),
                2, List.of(new OrderGpus("GB300", 300000), new Build("hyperion", 2.0))));
        double base = mean(BASELINE, gpus, g -> g.sum(QuarterFigures::gpusIdle));
        double crunched = mean(crunch, gpus, g -> g.sum(QuarterFigures::gpusIdle));
        assertTrue(crunched > 1.5 * base, "idle GPU-quarters: baseline " + base + ", crunch " + crunched);
    }

    @Test
    @DisplayName("talent war: the status-quo bot keeps far fewer stars and ends lower in the arena")
    void talentWarCostsTheStatusQuoItsStars() {
        Scenario war = scenario("talent-war");
        Strategy sq = Bots.named("status-quo");
        double baseStars = mean(BASELINE, sq, g -> g.end().lab().stars());
        double warStars = mean(war, sq, g -> g.end().lab().stars());
        double baseRank = mean(BASELINE, sq, g -> g.end().lab().ai().rank());
        double warRank = mean(war, sq, g -> g.end().lab().ai().rank());
        assertTrue(warStars < 0.6 * baseStars, "stars kept: baseline " + baseStars + ", talent war " + warStars);
        assertTrue(warRank > baseRank + 3, "final rank: baseline #" + baseRank + ", talent war #" + warRank);
    }

    @Test
    @DisplayName("antitrust turn: the same stakes draw more probes and more forced sales")
    void antitrustTurnUnwindsStakes() {
        Scenario turn = scenario("antitrust-turn");
        Strategy stakes = plan("49% of Scale AI, then 20% of SSI", Map.of(
                0, List.of(new Stake("scale", 0.49)), 1, List.of(new Stake("ssi", 0.2))));
        GameEvent.StakeNews.What probe = GameEvent.StakeNews.What.PROBE;
        GameEvent.StakeNews.What probeCard = GameEvent.StakeNews.What.PROBE_CARD;
        GameEvent.StakeNews.What sale = GameEvent.StakeNews.What.FORCED_SALE;
        double baseProbes = mean(BASELINE, stakes, g -> g.count(probe, probeCard));
        double turnProbes = mean(turn, stakes, g -> g.count(probe, probeCard));
        double baseSales = mean(BASELINE, stakes, g -> g.count(sale));
        double turnSales = mean(turn, stakes, g -> g.count(sale));
        assertTrue(turnProbes > 2 * baseProbes, "probes per game: baseline " + baseProbes + ", turn " + turnProbes);
        assertTrue(turnSales > 2 * baseSales, "forced sales per game: baseline " + baseSales + ", turn " + turnSales);
    }

    @Test
    @DisplayName("AI demand peak: the capex-heavy debt plan loses more of its value, and falls further behind the paced one")
    void demandPeakPunishesCapexHeavyPlans() throws Exception {
        Scenario peak = scenario("ai-demand-peak");
        // The scenario's lesson pair, played in both worlds (the leverage bot defaults in nearly every world of both
        // since issue 11's recalibration, so it cannot show a difference; docs/bots.md).
        Strategy heavy = Strategy.of(dev.capex.strategy.Plan.load(java.nio.file.Path.of("scenarios/plans/lessons/ai-demand-peak-wrong.json")));
        Strategy careful = Strategy.of(dev.capex.strategy.Plan.load(java.nio.file.Path.of("scenarios/plans/lessons/ai-demand-peak-right.json")));
        // Share price plus dividends against the start: 1 + TSR.
        double heavyBase = mean(BASELINE, heavy, g -> 1 + g.end().latest().tsr());
        double heavyPeak = mean(peak, heavy, g -> 1 + g.end().latest().tsr());
        double carefulBase = mean(BASELINE, careful, g -> 1 + g.end().latest().tsr());
        double carefulPeak = mean(peak, careful, g -> 1 + g.end().latest().tsr());
        assertTrue(heavyPeak < heavyBase, "the capex-heavy plan's TSR falls: " + heavyBase + " -> " + heavyPeak);
        double gapBase = carefulBase / heavyBase;
        double gapPeak = carefulPeak / heavyPeak;
        assertTrue(gapPeak > gapBase, "the paced plan's lead over the capex-heavy plan widens: "
                + gapBase + "x -> " + gapPeak + "x");
        // The lesson in the outcome: in the peak the capex-heavy debt plan loses to the conservative one on score.
        double heavyScore = mean(peak, heavy, g -> dev.capex.engine.Score.of(peak, g.end()).total());
        double carefulScore = mean(peak, careful, g -> dev.capex.engine.Score.of(peak, g.end()).total());
        assertTrue(carefulScore > heavyScore, "score in the peak: paced " + carefulScore + ", capex-heavy "
                + heavyScore);
    }

    @Test
    @DisplayName("workshop: eight quarters, and the switched-off levers are refused with a reason")
    void workshopIsShortWithFewerLevers() {
        Scenario w = scenario("meta-2025-workshop");
        assertEquals(8, w.turns());
        GameState s = Engine.start(w, 1);
        Map<String, Decision> samples = Map.of(
                "bond", new Bond(5000, 10),
                "equityRaise", new EquityRaise(5000),
                "restructure", new Restructure(5),
                "computeResale", new ComputeResale(0.1),
                "realityLabs", new RealityLabs(3000),
                "dividend", new Dividend(0.5),
                "repay", new Repay(s.financing().debts().get(0).id(), 100));
        assertFalse(w.disabledLevers().isEmpty());
        for (String lever : w.disabledLevers()) {
            Decision d = samples.get(lever);
            assertTrue(d != null, "a sample decision for " + lever);
            Preview off = Engine.preview(w, s, List.of(d));
            assertTrue(off.lastRefused(), lever + " is refused in the workshop");
            assertTrue(dev.capex.report.EventText.text(off.last()).contains("switched off"), dev.capex.report.EventText.text(off.last()));
            assertFalse(Engine.preview(BASELINE, Engine.start(BASELINE, 1), List.of(d)).lastRefused(),
                    lever + " works in the baseline");
        }
        assertFalse(Engine.preview(w, s, List.of(new PrivateCredit("apollo", 10000, "corporate", null, 0))).lastRefused(),
                "the core levers stay on");
        Games.Game g = play(w, 1, Bots.named("status-quo"));
        assertEquals(8, g.quarters().size());
        assertEquals(1, g.count(GameEvent.CardDrawn.class, "The market turns on AI capex"),
                "every team meets the facilitator's shock");
    }

    @Test
    @DisplayName("sandbox: a loan the baseline refuses for its size is accepted")
    void sandboxLendsGenerously() {
        Scenario sandbox = scenario("sandbox");
        Decision big = new PrivateCredit("apollo", 60000, "corporate", null, 0);
        Preview base = Engine.preview(BASELINE, Engine.start(BASELINE, 1), List.of(big));
        assertTrue(base.lastRefused());
        assertTrue(dev.capex.report.EventText.text(base.last()).contains("lends between"), dev.capex.report.EventText.text(base.last()));
        Preview free = Engine.preview(sandbox, Engine.start(sandbox, 1), List.of(big));
        assertFalse(free.lastRefused(), dev.capex.report.EventText.text(free.last()));
        assertTrue(sandbox.events().stream().noneMatch(e -> e.kind().equals("random")), "no random cards");
    }
}
