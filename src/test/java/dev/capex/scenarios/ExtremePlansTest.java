package dev.capex.scenarios;

import static dev.capex.scenarios.Games.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.model.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No free lunch (issue 10): Meta's 2025 moves with any single lever pushed to its extreme
 * (scenarios/plans/extremes/) do not beat Meta's 2025 moves on median score in the baseline, over 200
 * worlds (the same seeds for both).
 */
@Disabled("PENDING the issue-10 economics (branch econ): fails under the rules on main before they land; "
        + "enabled when they do (see /work/notes/issue-10-probe.md)")
class ExtremePlansTest {
    static final int WORLDS = 200;
    static final Scenario BASELINE = scenario("meta-2025");
    static Medians seeds;

    @BeforeAll
    static void reference() {
        seeds = Medians.of(BASELINE, Path.of("scenarios/plans/seeds-2025.json"), WORLDS);
    }

    static Stream<String> extremes() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios/plans/extremes"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    void everyLeverTheIssueNamesHasAnExtremePlan() throws IOException {
        Set<String> names = extremes().map(n -> n.replaceAll("-.*", "")).collect(Collectors.toSet());
        assertEquals(Set.of("resale", "layoffs", "buybacks", "builds", "hires", "gpus", "reality"), names);
    }

    @ParameterizedTest(name = "{0} does not beat Meta's 2025 moves")
    @MethodSource("extremes")
    void anExtremeLeverDoesNotPay(String file) {
        Medians e = Medians.of(BASELINE, Path.of("scenarios/plans/extremes", file), WORLDS);
        assertTrue(e.score() < seeds.score(), file + ": " + e + " vs Meta's 2025 moves " + seeds);
    }
}
