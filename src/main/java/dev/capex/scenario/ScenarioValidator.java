package dev.capex.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.capex.engine.model.Scenario;
import dev.capex.scenario.ScenarioException.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Validates scenario text and reports every problem at once, each with file, line, column and field:
 * <ol>
 * <li>one streaming pass finds syntax errors, duplicate fields and trailing content, and records where
 * every value and field name is;</li>
 * <li>the JSON tree is checked against the Scenario records (unknown, missing, null and mistyped fields);</li>
 * <li>only when that is clean, the strict mapper binds the Scenario and the semantic checks run (ranges,
 * quarters, vocabularies, unique ids, references).</li>
 * </ol>
 */
public final class ScenarioValidator {
    private ScenarioValidator() {
    }

    /** The scenario when valid (otherwise null) and every problem found, in file order. */
    public record Result(Scenario scenario, List<Problem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public static Result validate(String name, String text) {
        List<Problem> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add(new Problem(name, 0, 0, "", "is empty: expected a scenario (a JSON object)"));
            return new Result(null, problems);
        }
        ObjectMapper mapper = ScenarioLoader.strictMapper();
        JsonLocations locations = JsonLocations.scan(mapper.getFactory(), text);
        for (JsonLocations.Issue i : locations.issues()) {
            problems.add(new Problem(name, i.pos().line(), i.pos().column(), i.path(), i.message()));
        }
        if (locations.syntaxError()) {
            return new Result(null, problems);
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            problems.add(fromJackson(name, e));
            return new Result(null, sorted(problems));
        }
        for (Structure.Issue i : Structure.check(tree, Scenario.class)) {
            JsonLocations.Pos pos = switch (i.where()) {
                case NAME -> locations.nameOf(i.path());
                case PARENT -> locations.valueOf(JsonLocations.parent(i.path()));
                default -> locations.valueOf(i.path());
            };
            problems.add(new Problem(name, pos.line(), pos.column(), i.path(), i.message()));
        }
        if (!problems.isEmpty()) {
            return new Result(null, sorted(problems));
        }
        Scenario scenario;
        try {
            scenario = mapper.treeToValue(tree, Scenario.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // The structural walk should have caught everything the mapper refuses; keep a clear message anyway.
            if (e instanceof JsonProcessingException j) {
                Problem p = fromJackson(name, j);
                JsonLocations.Pos pos = locations.valueOf(p.field());
                problems.add(new Problem(name, pos.line(), pos.column(), p.field(), p.message()));
            } else {
                problems.add(new Problem(name, 0, 0, "", "cannot be read: " + e.getMessage()));
            }
            return new Result(null, problems);
        }
        for (Semantics.Issue i : Semantics.check(scenario)) {
            JsonLocations.Pos pos = locations.valueOf(i.path());
            problems.add(new Problem(name, pos.line(), pos.column(), i.path(), i.message()));
        }
        return problems.isEmpty() ? new Result(scenario, List.of()) : new Result(null, sorted(problems));
    }

    private static List<Problem> sorted(List<Problem> problems) {
        List<Problem> s = new ArrayList<>(problems);
        s.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return List.copyOf(s);
    }

    static Problem fromJackson(String name, JsonProcessingException e) {
        var loc = e.getLocation();
        String field = e instanceof JsonMappingException m ? ScenarioLoader.path(m) : "";
        return new Problem(name, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), field,
                JsonLocations.clean(e.getOriginalMessage()));
    }
}
