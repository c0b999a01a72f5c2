package dev.capex.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.capex.engine.model.Scenario;
import dev.capex.scenario.ScenarioException.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Validates scenario text and reports every problem at once, each with file, line, column and field:
 * <ol>
 * <li>one streaming pass finds syntax errors, duplicate fields and trailing content, records where
 * every value and field name is, and builds the JSON tree;</li>
 * <li>the JSON tree is checked against the Scenario records (unknown, missing, null and mistyped fields);</li>
 * <li>only when that is clean, the tree is bound to the Scenario records ({@link Structure#bind}, equal to
 * what the strict mapper binds) and the semantic checks run (ranges, quarters, vocabularies, unique ids,
 * references).</li>
 * </ol>
 * The text is parsed once and no ObjectMapper is created: this is on the path to the dashboard's first frame.
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
        return validate(name, text, ScenarioLoader.builtInBases());
    }

    /**
     * Validates scenario text; a scenario that {@code "extends"} another finds its base with
     * {@code bases} and is merged onto it first ({@link Overlay}), each problem then located in the file
     * that holds the value at fault.
     */
    static Result validate(String name, String text, Overlay.Bases bases) {
        List<Problem> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add(new Problem(name, 0, 0, "", "is empty: expected a scenario (a JSON object)"));
            return new Result(null, problems);
        }
        if (text.length() > Limits.SCENARIO_BYTES) {
            problems.add(new Problem(name, 0, 0, "", "is " + Limits.bytes(text.length()) + " long; a scenario may be at most "
                    + Limits.bytes(Limits.SCENARIO_BYTES) + " (docs/limits.md)"));
            return new Result(null, problems);
        }
        Overlay.Resolved resolved = Overlay.resolve(FACTORY, name, text, bases, problems);
        StartupTrace.mark("scenario: one pass (tree, places)");
        if (resolved == null) {
            return new Result(null, problems);
        }
        JsonNode tree = resolved.tree;
        List<Structure.Issue> shape = Structure.check(tree, Scenario.class);
        StartupTrace.mark("scenario: shape walk");
        for (Structure.Issue i : shape) {
            problems.add(resolved.problem(i.path(), i.where(), i.message()));
        }
        if (!problems.isEmpty() && !shape.stream().allMatch(i -> i.where() == Structure.Where.VOCABULARY)) {
            return new Result(null, sorted(name, problems));
        }
        Scenario scenario;
        try {
            scenario = Structure.bind(tree, Scenario.class);
        } catch (RuntimeException e) {
            // The structural walk catches everything the binder could refuse; keep a clear message anyway.
            problems.add(new Problem(name, 0, 0, "", "cannot be read: " + e.getMessage()));
            return new Result(null, problems);
        }
        StartupTrace.mark("scenario: bind");
        List<Semantics.Issue> semantic = Semantics.check(scenario);
        StartupTrace.mark("scenario: semantic checks");
        for (Semantics.Issue i : semantic) {
            problems.add(resolved.problem(i.path(), Structure.Where.VALUE, i.message()));
        }
        // A word outside a vocabulary bound as an empty field: the checks above ran, the scenario is refused.
        return problems.isEmpty() ? new Result(scenario, List.of()) : new Result(null, sorted(name, problems));
    }

    /** The strict mapper's parser settings (Jackson's defaults): only the factory is needed to read the text. */
    private static final JsonFactory FACTORY = new JsonFactory();

    /** The scenario's own file first, then its bases'; by line and column within a file. */
    private static List<Problem> sorted(String name, List<Problem> problems) {
        List<Problem> s = new ArrayList<>(problems);
        s.sort(Comparator.comparingInt((Problem p) -> p.file().equals(name) ? 0 : 1).thenComparing(Problem::file)
                .thenComparingInt(Problem::line).thenComparingInt(Problem::column));
        return List.copyOf(s);
    }

    static Problem fromJackson(String name, JsonProcessingException e) {
        var loc = e.getLocation();
        String field = e instanceof JsonMappingException m ? ScenarioLoader.path(m) : "";
        return new Problem(name, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), field,
                JsonLocations.clean(e.getOriginalMessage()));
    }
}
