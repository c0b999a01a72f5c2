package dev.capex.analysis.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario;
import dev.capex.scenario.ScenarioLoader;
import dev.capex.strategy.Bots;
import dev.capex.strategy.Plan;
import dev.capex.strategy.Strategy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LuckVersusSkillTest {
    static Scenario baseline;
    static Plan seeds;

    @BeforeAll
    static void load() throws Exception {
        baseline = ScenarioLoader.resolve("meta-2025");
        seeds = Plan.load(Path.of("scenarios/plans/seeds-2025.json"));
    }

    static RecordedGame game(long seed) {
        return new RecordedGame("seeds", baseline.id(), seed, seeds.decisions(), baseline.turns());
    }

    /** The seed among first..first+n-1 in which the plan does best (or worst). */
    static long extreme(long first, int n, boolean best) {
        Strategy plan = Strategy.of(seeds);
        long pick = first;
        double tsr = best ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (long s = first; s < first + n; s++) {
            double t = World.play(baseline, plan, s).tsr();
            if (best ? t > tsr : t < tsr) {
                tsr = t;
                pick = s;
            }
        }
        return pick;
    }

    @Test
    void aGamePlayedInItsLuckiestWorldIsPlacedAboveEveryOtherWorldOfItsPlan() {
        int n = 30;
        long lucky = extreme(200, n, true);
        LuckVersusSkill.Report r = LuckVersusSkill.analyse(baseline, game(lucky), 200, n, 2, Map.of(),
                new AtomicLong());
        // The lucky world is one of the n: it ties with itself (half) and beats the n - 1 others.
        assertEquals((n - 1 + 0.5) / n, r.tsrBeatOwn(), 1e-12);
        assertTrue(r.verdict().startsWith("Your TSR of "), r.verdict());
        assertTrue(r.verdict().contains("beat 98% of your own plan's 30 worlds"), r.verdict());
    }

    @Test
    void aGamePlayedInItsUnluckiestWorldIsPlacedBelowEveryOtherWorld() {
        int n = 30;
        long unlucky = extreme(200, n, false);
        LuckVersusSkill.Report r = LuckVersusSkill.analyse(baseline, game(unlucky), 200, n, 1, Map.of(),
                new AtomicLong());
        assertEquals(0.5 / n, r.tsrBeatOwn(), 1e-12);
    }

    @Test
    void theOutcomeIsPlacedAmongEachBotsWorldsToo() {
        int n = 12;
        LuckVersusSkill.Report r = LuckVersusSkill.analyse(baseline, game(3), 100, n, 2,
                Map.of("leverage", Bots.named("leverage"), "status-quo", Bots.named("status-quo")), new AtomicLong());
        assertEquals(n, r.bots().get("leverage").worlds());
        // Leverage loses most of its value in the baseline; the seeds' plan does not.
        assertTrue(r.tsrBeat("leverage") > 0.9, "beat " + r.tsrBeat("leverage") + " of leverage's worlds");
        assertTrue(r.botMediansBeaten().contains("leverage"), r.botMediansBeaten().toString());
        assertTrue(r.verdict().contains("bot"), r.verdict());
    }

    @Test
    void aDecisionAWorldRefusesIsSkippedAndCounted() {
        // VR200 GPUs do not exist in 2025Q2: every world refuses the order, and plays on.
        Map<Quarter, List<Decision>> d = Map.of(baseline.start(),
                List.of(new Decision.OrderGpus("VR200", 1000), new Decision.TrainingShare(0.4)));
        RecordedGame g = new RecordedGame("refused", baseline.id(), 1, d, baseline.turns());
        LuckVersusSkill.Report r = LuckVersusSkill.analyse(baseline, g, 2, 5, 1, Map.of(), new AtomicLong());
        assertEquals(5, r.ownWorlds().refusedDecisions());
        assertEquals(5, r.ownWorlds().worldsWithRefusals());
        assertEquals(1, r.actual().refusedDecisions());
        assertEquals(baseline.turns(), r.actual().quarters());
    }

    @Test
    void anUnfinishedGameIsComparedWithWorldsStoppedAtTheSameQuarter() {
        RecordedGame g = new RecordedGame("early", baseline.id(), 5, seeds.decisions(), 4);
        LuckVersusSkill.Report r = LuckVersusSkill.analyse(baseline, g, 6, 4, 1,
                Map.of("conservative", Bots.named("conservative")), new AtomicLong());
        assertEquals(4, r.actual().quarters());
        assertEquals(4, World.play(baseline, Bots.named("conservative"), 6, 4).quarters());
    }
}
