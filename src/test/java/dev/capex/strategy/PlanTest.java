package dev.capex.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlanTest {
    @Test
    void aPlanWrittenOutReadsBackAsTheSameDecisions() throws Exception {
        Plan seeds = Plan.load(Path.of("scenarios/plans/seeds-2025.json"));
        Plan again = Plan.parse("again.json", Plan.toJson(seeds.decisions()));
        assertEquals(seeds.decisions(), again.decisions());
    }
}
