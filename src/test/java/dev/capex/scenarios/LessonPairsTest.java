package dev.capex.scenarios;

import static dev.capex.scenarios.Games.scenario;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.model.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario's lesson shows in the outcome (issue 10, item 7): for each shipped scenario, the plan that
 * learnt its lesson (scenarios/plans/lessons/ID-right.json) beats the one that did not (ID-wrong.json) on
 * median score over 200 worlds (seeds 1 to 200, the same worlds for both: common random numbers).
 * docs/facilitator-guide.md tabulates the figures.
 */
class LessonPairsTest {
    static final int WORLDS = 200;

    static Stream<String> shippedScenarios() throws IOException {
        return ScenarioLessonsTest.shippedScenarios();
    }

    @ParameterizedTest(name = "{0}: the lesson learnt beats the lesson not learnt")
    @MethodSource("shippedScenarios")
    void theLessonLearntWinsOnMedianScore(String id) {
        Path right = Path.of("scenarios/plans/lessons", id + "-right.json");
        Path wrong = Path.of("scenarios/plans/lessons", id + "-wrong.json");
        assertTrue(Files.isRegularFile(right) && Files.isRegularFile(wrong), id + " has a pair of lesson plans");
        Scenario sc = scenario(id);
        Medians r = Medians.of(sc, right, WORLDS);
        Medians w = Medians.of(sc, wrong, WORLDS);
        assertTrue(r.score() > w.score(), id + ": lesson learnt " + r + " vs not learnt " + w);
    }
}
