package dev.capex.scenario;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.capex.engine.model.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads scenario JSON into the engine's {@link Scenario}, strictly: syntax errors, unknown fields, missing
 * fields, wrong types, out-of-range values and dangling references are all reported at once, each naming
 * the file, line, column and field ({@link ScenarioValidator}).
 */
public final class ScenarioLoader {
    private ScenarioLoader() {
    }

    public static ObjectMapper strictMapper() {
        return new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);
    }

    /** Loads a scenario file; every problem (unreadable file, syntax, shape, values) is a ScenarioException. */
    public static Scenario load(Path file) throws ScenarioException {
        return result(check(file));
    }

    /**
     * Binds a scenario held as a JSON tree (the one a save embeds) with the same shape checks and binder as a
     * file, without Jackson's data binding (whose warm-up costs a replay more than the rest of the load).
     * Problems carry their field path, not a line: a save's scenario is not a file the user edits. Fields added
     * to the format since the save was written get the values that keep the old behaviour ({@link LegacyDefaults}).
     */
    public static Scenario fromTree(String name, com.fasterxml.jackson.databind.JsonNode tree) throws ScenarioException {
        tree = LegacyDefaults.fill(tree);
        List<Structure.Issue> shape = Structure.check(tree, Scenario.class);
        if (!shape.isEmpty()) {
            List<ScenarioException.Problem> problems = new java.util.ArrayList<>();
            for (Structure.Issue i : shape) {
                problems.add(new ScenarioException.Problem(name, 0, 0, i.path(), i.message()));
            }
            throw new ScenarioException(problems);
        }
        return Structure.bind(tree, Scenario.class);
    }

    /** Parses scenario text; {@code name} is used in messages. */
    public static Scenario parse(String name, String text) throws ScenarioException {
        return result(ScenarioValidator.validate(name, text));
    }

    /** Checks a scenario file without throwing: the scenario when valid, and every problem found. */
    public static ScenarioValidator.Result check(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            return failed(name, "is a directory, not a scenario file");
        }
        if (!Files.exists(file)) {
            return failed(name, "no such file");
        }
        String text;
        try {
            text = Limits.readText(file, Limits.SCENARIO_BYTES, "a scenario file");
        } catch (Limits.TooLarge e) {
            String m = e.getMessage();
            return failed(name, m.startsWith(name + ": ") ? m.substring(name.length() + 2) : m);
        }
        return ScenarioValidator.validate(name, text, basesNear(file));
    }

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /**
     * Where a scenario file's base is found: NAME.json beside it, then the built-in scenarios
     * ({@link #builtInBases}).
     */
    static Overlay.Bases basesNear(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        Overlay.Bases builtIn = builtInBases();
        return new Overlay.Bases() {
            @Override
            public Overlay.Source find(String id) {
                if (!ID.matcher(id).matches()) {
                    return null;
                }
                Path p = dir == null ? Path.of(id + ".json") : dir.resolve(id + ".json");
                if (Files.isRegularFile(p)) {
                    try {
                        // A base is held to the same size limit as any scenario file (docs/limits.md).
                        return new Overlay.Source(file.resolveSibling(id + ".json").toString(),
                                Limits.readText(p, Limits.SCENARIO_BYTES, "a scenario file"));
                    } catch (Limits.TooLarge | RuntimeException e) {
                        return null;
                    }
                }
                return builtIn.find(id);
            }

            @Override
            public String lookedIn(String id) {
                return file.resolveSibling(id + ".json") + " and the built-in scenarios";
            }
        };
    }

    /** The built-in scenarios as bases (packaged in the jar), for scenario text that has no file. */
    static Overlay.Bases builtInBases() {
        return new Overlay.Bases() {
            @Override
            public Overlay.Source find(String id) {
                if (!ID.matcher(id).matches()) {
                    return null;
                }
                try (InputStream in = ScenarioLoader.class.getResourceAsStream("/scenarios/" + id + ".json")) {
                    return in == null ? null : new Overlay.Source(id + ".json",
                            new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    return null;
                }
            }

            @Override
            public String lookedIn(String id) {
                return "the built-in scenarios: " + String.join(", ", BUILT_IN);
            }
        };
    }

    private static ScenarioValidator.Result failed(String name, String message) {
        return new ScenarioValidator.Result(null, List.of(new ScenarioException.Problem(name, 0, 0, "", message)));
    }

    private static Scenario result(ScenarioValidator.Result r) throws ScenarioException {
        if (!r.valid()) {
            throw new ScenarioException(r.problems());
        }
        return r.scenario();
    }

    /**
     * The first number of a scenario outside its range (docs/limits.md) or a game longer than the limit,
     * as "path: message", or null: for scenarios that arrive without the validator, embedded in a save.
     */
    public static String outOfBounds(Scenario sc) {
        List<Semantics.Issue> issues = Semantics.bounds(sc);
        if (issues.isEmpty()) {
            return null;
        }
        Semantics.Issue first = issues.get(0);
        return first.path() + ": " + first.message() + (issues.size() > 1 ? " (and " + (issues.size() - 1) + " more)" : "");
    }

    /** A Jackson error's field path, written like lenders[2].spreadBp (also used for saves). */
    public static String path(JsonMappingException m) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** The names of the scenarios shipped in scenarios/ (also packaged in the jar). */
    public static final List<String> BUILT_IN = List.of("meta-2025", "meta-2025-workshop", "ai-demand-peak",
            "rate-shock", "power-crunch", "talent-war", "antitrust-turn", "sandbox");

    /**
     * Resolves --scenario: a file path if one exists, otherwise a built-in name looked up in
     * ./scenarios/NAME.json and then in the jar.
     */
    public static Scenario resolve(String nameOrFile) throws ScenarioException {
        Path p;
        try {
            p = Path.of(nameOrFile);
        } catch (java.nio.file.InvalidPathException e) {
            throw new ScenarioException(List.of(new ScenarioException.Problem(nameOrFile, 0, 0, "",
                    "is not a valid file name or scenario name")));
        }
        if (Files.exists(p)) {
            return load(p);
        }
        Path local = Path.of("scenarios", nameOrFile + ".json");
        if (Files.exists(local)) {
            return load(local);
        }
        try (InputStream in = ScenarioLoader.class.getResourceAsStream("/scenarios/" + nameOrFile + ".json")) {
            if (in != null) {
                return parse(nameOrFile + ".json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // fall through to the message below
        }
        throw new ScenarioException(List.of(new ScenarioException.Problem(nameOrFile, 0, 0, "",
                "no such scenario file or built-in scenario (built-in: " + String.join(", ", BUILT_IN) + ")")));
    }
}
