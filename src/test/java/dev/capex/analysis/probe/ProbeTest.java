package dev.capex.analysis.probe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.Scenario;
import dev.capex.scenario.ScenarioLoader;
import dev.capex.strategy.Bots;
import dev.capex.strategy.Plan;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The balance probe: reproducible, thread-count independent, and honest about what it found. */
class ProbeTest {
    static Scenario scenario(String id) throws Exception {
        return ScenarioLoader.load(Path.of("scenarios", id + ".json"));
    }

    static Probe.Result run(Scenario sc, long seed, int threads, List<Plan> refs) {
        return new Probe(sc, new Probe.Settings(seed, 48, 3, 12, threads)).run(refs, true, Map.of("status-quo",
                Bots.named("status-quo")));
    }

    @Test
    void theSameSeedFindsTheSamePlanOnOneThreadAndOnThree() throws Exception {
        Scenario sc = scenario("meta-2025-workshop");
        Plan expert = Plan.load(Path.of("scenarios/plans/expert.json"));
        Probe.Result one = run(sc, 7, 1, List.of(expert));
        Probe.Result three = run(sc, 7, 3, List.of(expert));
        assertEquals(one.best().decisions(), three.best().decisions());
        assertArrayEquals(one.bestEntry().scores(), three.bestEntry().scores());
        assertEquals(one.ablations(), three.ablations());
        assertEquals(48, one.evaluations());
    }

    @Test
    void theBestPlanIsNoWorseThanTheExpertPlanItStartedFromAndItsLeversAreThoseItUses() throws Exception {
        Scenario sc = scenario("meta-2025");
        Plan expert = Plan.load(Path.of("scenarios/plans/expert.json"));
        Probe.Result r = run(sc, 3, 2, List.of(expert));
        // The expert plan is in the first generation and elitism keeps the best: the search fitness of the
        // winner is at least the expert plan's in the same search worlds.
        Probe expertOnly = new Probe(sc, new Probe.Settings(3, 1, 3, 12, 1));
        Probe.Result e = expertOnly.run(List.of(expert), true, Map.of());
        assertTrue(r.searchFitness() >= e.searchFitness(), r.searchFitness() + " < " + e.searchFitness());
        assertEquals("expert", r.field().get(0).name());
        assertEquals(r.bestEntry().scoreP50() / r.expert().scoreP50(), r.ratioToExpert(), 1e-12);
        int decisions = 0;
        for (List<Decision> ds : r.best().decisions().values()) {
            decisions += ds.size();
        }
        int ablated = 0;
        for (Probe.Ablation a : r.ablations()) {
            ablated += a.decisions();
            assertTrue(a.decisions() > 0);
        }
        assertEquals(decisions, ablated, "every decision of the best plan belongs to one ablated lever");
    }

    @Test
    void aBestPlanWrittenAsAPlanFileReadsBackTheSame() throws Exception {
        Scenario sc = scenario("meta-2025");
        PlanGenes g = new PlanGenes(sc);
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 20; i++) {
            Map<Integer, List<Decision>> p = g.mutate(g.random(r), r);
            String text = Plan.toFile("p" + i, "a random plan", g.byQuarter(p));
            Plan back = Plan.parse("p.json", text);
            assertEquals(g.byQuarter(p), back.decisions(), text);
            assertEquals("p" + i, back.name());
        }
    }

    @Test
    void theSearchSpaceCoversEveryLeverTheScenarioLeavesOnAndNoOther() throws Exception {
        Scenario w = scenario("meta-2025-workshop");
        PlanGenes g = new PlanGenes(w);
        for (Lever l : g.levers()) {
            assertTrue(l.types().stream().anyMatch(w::leverEnabled), l.name());
        }
        assertFalse(g.levers().contains(Lever.LAYOFFS), "restructure is switched off in the workshop");
        assertFalse(g.levers().contains(Lever.RESALE), "resale is switched off in the workshop");
        assertTrue(g.levers().contains(Lever.GPU_ORDERS));
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 200; i++) {
            for (List<Decision> ds : g.random(r).values()) {
                for (Decision d : ds) {
                    assertTrue(w.leverEnabled(d.type()), d.type());
                }
            }
        }
    }

    @Test
    void ablationRemovesExactlyOneLever() {
        Map<Integer, List<Decision>> p = Map.of(0, List.of(new Decision.OrderGpus("B200", 1000),
                new Decision.Buyback(0)), 3, List.of(new Decision.Buyback(5000)));
        Map<Integer, List<Decision>> w = PlanGenes.without(p, Lever.BUYBACKS);
        assertEquals(Map.of(0, List.of(new Decision.OrderGpus("B200", 1000))), w);
    }
}
