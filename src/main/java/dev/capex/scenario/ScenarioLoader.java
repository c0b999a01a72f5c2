package dev.capex.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
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
 * Reads scenario JSON into the engine's {@link Scenario}, strictly: unknown fields, missing fields,
 * wrong types and trailing content are errors that name the file, line, column and field.
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

    /** Loads a scenario file. */
    public static Scenario load(Path file) throws ScenarioException {
        String text;
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioException(List.of(new ScenarioException.Problem(file.toString(), 0, 0, "",
                        "is a directory, not a scenario file")));
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(List.of(new ScenarioException.Problem(file.toString(), 0, 0, "",
                    "cannot be read: " + e.getMessage())));
        }
        return parse(file.toString(), text);
    }

    /** Parses scenario text; {@code name} is used in messages. */
    public static Scenario parse(String name, String text) throws ScenarioException {
        if (text.isBlank()) {
            throw new ScenarioException(List.of(new ScenarioException.Problem(name, 0, 0, "", "is empty")));
        }
        try {
            return strictMapper().readValue(text, Scenario.class);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String field = e instanceof JsonMappingException m ? path(m) : "";
            throw new ScenarioException(List.of(new ScenarioException.Problem(name, loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr(), field, e.getOriginalMessage())));
        }
    }

    static String path(JsonMappingException m) {
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
    public static final List<String> BUILT_IN = List.of("meta-2025");

    /**
     * Resolves --scenario: a file path if one exists, otherwise a built-in name looked up in
     * ./scenarios/NAME.json and then in the jar.
     */
    public static Scenario resolve(String nameOrFile) throws ScenarioException {
        Path p = Path.of(nameOrFile);
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
