package dev.capex.analysis.probe;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.model.Scenario;
import dev.capex.scenario.ScenarioLoader;
import dev.capex.strategy.Bots;
import dev.capex.strategy.Plan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CI balance gate (issue 10, item 8): the probe, at a small budget, must not find a plan whose median
 * score beats the expert plan's by more than 25% in the baseline or in the workshop. A failure here means
 * a rule or a scenario parameter pays a trick more than sound play: run {@code capex probe SCENARIO
 * --budget 5000} and read which levers the best plan leans on.
 */
class ProbeBalanceTest {
    @ParameterizedTest(name = "{0}: the probe's best plan is within 1.25x of {1}")
    @CsvSource({"meta-2025, expert.json", "meta-2025-workshop, expert-meta-2025-workshop.json"})
    // The search also starts from the best plan a large search found (scenarios/plans/probe/ID-best.json,
    // `capex probe ID --budget 5000 --seeds 16 --worlds 300`): a budget CI can afford rarely finds it again,
    // so without it the gate would pass a rule change that makes the strongest known plan stronger still.
    void noPlanTheProbeFindsBeatsTheExpertByMoreThanAQuarter(String id, String expertFile) throws Exception {
        Scenario sc = ScenarioLoader.load(Path.of("scenarios", id + ".json"));
        Path expertPath = Path.of("scenarios/plans", expertFile);
        assertTrue(Files.isRegularFile(expertPath), expertPath + " ships with the game");
        Plan expert = new Plan("expert", Plan.load(expertPath).decisions());
        Path bestPath = Path.of("scenarios/plans/probe", id + "-best.json");
        assertTrue(Files.isRegularFile(bestPath), bestPath + " ships with the game");
        Plan best = new Plan("best found", Plan.load(bestPath).decisions());
        Probe.Result r = new Probe(sc, new Probe.Settings(1, 300, 8, 100, 2)).run(List.of(expert, best), true,
                Bots.all());
        double ratio = r.ratioToExpert();
        assertTrue(r.expert().scoreP50() > 0, id + ": the expert plan scores above zero");
        assertTrue(ratio <= 1.25, id + ": the probe's best plan scores " + String.format(java.util.Locale.ROOT, "%.2f",
                ratio) + "x the expert plan's median\n" + String.join("\n", ProbeReport.text(r)));
    }
}
