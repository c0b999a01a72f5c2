package dev.capex.analysis.batch;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.Quarter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What luck versus skill needs of a played game: its world's seed, the decisions sent each quarter and
 * how many quarters were played. A save provides it (see {@code SimulateCommand}); so can a test.
 */
public record RecordedGame(String name, String scenarioId, long seed, Map<Quarter, List<Decision>> decisions,
        int quarters) {
    public RecordedGame {
        decisions = java.util.Collections.unmodifiableMap(new TreeMap<>(decisions));
    }
}
