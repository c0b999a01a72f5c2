package dev.capex.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.capex.engine.decision.Decision;
import dev.capex.save.DecisionJson;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The format's three descriptions cannot drift apart: the Scenario records (what the engine reads),
 * FieldRules (what the validator accepts) and docs/scenario-format.md + docs/scenario.schema.json (what
 * facilitators and their editors read). After changing a Scenario record, run
 * {@code mvn -q test -Dtest=ScenarioSchemaTest -Dcapex.writeDocs=true} and describe any new field.
 */
class ScenarioSchemaTest {
    static final String HOW = " Run: mvn -q test -Dtest=ScenarioSchemaTest -Dcapex.writeDocs=true, then describe any new "
            + "field in docs/scenario-format.md (and give a new number field its range in FieldRules.BOUNDS).";
    static final ObjectMapper JSON = new ObjectMapper();

    static String markdown() throws IOException {
        if (Boolean.getBoolean("capex.writeDocs")) {
            ScenarioDocs.write();
        }
        return Files.readString(ScenarioDocs.MARKDOWN, StandardCharsets.UTF_8);
    }

    @Test
    void everyNumberFieldHasADeclaredRangeAndNoRuleNamesAFieldThatIsGone() {
        Set<String> numbers = new TreeSet<>();
        Set<String> all = new HashSet<>();
        for (Class<?> r : ScenarioDocs.records().values()) {
            for (RecordComponent c : r.getRecordComponents()) {
                String key = ScenarioDocs.key(r, c);
                all.add(key);
                all.add(r.getSimpleName() + "." + c.getName());
                Class<?> e = ScenarioDocs.element(c.getGenericType());
                if (e.isPrimitive() && e != boolean.class || Number.class.isAssignableFrom(e)) {
                    numbers.add(key);
                }
            }
        }
        Set<String> missing = new TreeSet<>(numbers);
        missing.removeAll(FieldRules.BOUNDS.keySet());
        assertEquals(Set.of(), missing, "number fields without a range in FieldRules.BOUNDS");
        Set<String> stale = new TreeSet<>();
        Stream.of(FieldRules.BOUNDS.keySet(), FieldRules.QUARTERS, FieldRules.ENUMS.keySet())
                .flatMap(Set::stream).filter(k -> !all.contains(k)).forEach(stale::add);
        assertEquals(Set.of(), stale, "FieldRules names fields the Scenario records do not have");
    }

    @Test
    void theFieldTablesOfTheFormatDocMatchTheRecords() throws IOException {
        String md = markdown();
        String synced = ScenarioDocs.syncMarkdown(md);
        if (!synced.equals(md)) {
            fail("docs/scenario-format.md's field tables are out of step with the Scenario records or FieldRules." + HOW);
        }
        List<String> undescribed = new ArrayList<>();
        for (Map.Entry<String, Map<String, ScenarioDocs.Row>> e : ScenarioDocs.readRows(md).entrySet()) {
            e.getValue().forEach((field, row) -> {
                if (row.meaning().isBlank() || row.unit().isBlank() || row.usedBy().isBlank()) {
                    undescribed.add(e.getKey() + "." + field);
                }
            });
        }
        assertEquals(List.of(), undescribed, "fields without a unit, meaning or user in docs/scenario-format.md");
    }

    @Test
    void theSchemaFileIsTheOneGeneratedFromTheRecords() throws IOException {
        JsonNode generated = JSON.readTree(ScenarioDocs.schemaText(ScenarioDocs.schema(markdown())));
        JsonNode onDisk = JSON.readTree(ScenarioDocs.SCHEMA.toFile());
        if (!generated.equals(onDisk)) {
            fail("docs/scenario.schema.json is out of step with the Scenario records." + HOW);
        }
    }

    @Test
    void everyFieldOfEveryScenarioRecordIsInTheSchemaRequiredAndNothingElseIsAllowed() throws IOException {
        JsonNode schema = JSON.readTree(ScenarioDocs.SCHEMA.toFile());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        for (Map.Entry<String, Class<?>> e : ScenarioDocs.records().entrySet()) {
            // A scenario without "extends" is checked against the full record (an overlay: its differences only).
            JsonNode def = e.getKey().equals("Scenario") ? schema.get("else") : schema.get("$defs").get(e.getKey());
            assertTrue(def != null, "no schema for " + e.getKey());
            assertFalse(def.get("additionalProperties").asBoolean(true), e.getKey() + " allows unknown fields");
            Set<String> required = new HashSet<>();
            def.get("required").forEach(n -> required.add(n.asText()));
            Set<String> properties = new HashSet<>();
            def.get("properties").fieldNames().forEachRemaining(properties::add);
            Set<String> components = new HashSet<>();
            Set<String> mandatory = new HashSet<>();
            for (RecordComponent c : e.getValue().getRecordComponents()) {
                components.add(c.getName());
                if (!Structure.optional(e.getValue(), c.getGenericType())) {
                    mandatory.add(c.getName());
                }
            }
            assertEquals(components, properties, e.getKey() + ": schema properties");
            // Only the German texts beside the English ones may be left out.
            assertEquals(mandatory, required, e.getKey() + ": schema required fields");
        }
    }

    @Test
    void theShippedScenariosAndTheMinimalFixturePassTheSchema() throws IOException {
        JsonNode schema = JSON.readTree(ScenarioDocs.SCHEMA.toFile());
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(Path.of("scenarios"))) {
            s.filter(p -> p.toString().endsWith(".json")).forEach(files::add);
        }
        files.add(ScenarioValidationTest.BAD.resolve("minimal-valid.json"));
        for (Path f : files) {
            List<String> errors = new ArrayList<>();
            MiniSchema.check(schema, schema, JSON.readTree(f.toFile()), "", errors);
            assertEquals(List.of(), errors, f.toString());
            assertEquals(List.of(), ScenarioLoader.check(f).problems(), f.toString());
        }
    }

    @Test
    void theSchemaRejectsWhatTheValidatorRejectsInOneField() throws IOException {
        JsonNode schema = JSON.readTree(ScenarioDocs.SCHEMA.toFile());
        Map<String, String> expected = Map.of(
                "wrong-type.json", "lenders[1].spreadBp",
                "unknown-field.json", "lenders[1].spreadBP",
                "missing-field.json", "macro.baseRateSd",
                "out-of-range.json", "targets[0].customerFlightShare");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            List<String> errors = new ArrayList<>();
            MiniSchema.check(schema, schema, JSON.readTree(ScenarioValidationTest.BAD.resolve(e.getKey()).toFile()), "",
                    errors);
            assertTrue(errors.stream().anyMatch(s -> s.startsWith(e.getValue() + ":")), e.getKey() + ": " + errors);
        }
    }

    @Test
    void everyLeverThatCanBeDisabledIsADecisionTypeOfPlanFiles() throws IOException {
        assertEquals(Decision.class.getPermittedSubclasses().length, FieldRules.DECISION_TYPES.size());
        for (String type : FieldRules.DECISION_TYPES) {
            Decision d = DecisionJson.mapper().readValue("{\"type\": \"" + type + "\"}", Decision.class);
            assertEquals(type, dev.capex.engine.levers.LeverRules.type(d));
        }
    }

    /** Just enough of JSON Schema 2020-12 to check the generated schema: the keywords it uses. */
    static final class MiniSchema {
        static void check(JsonNode root, JsonNode s, JsonNode v, String path, List<String> errors) {
            if (s.has("if")) {
                boolean matches = v.isObject();
                for (JsonNode r : s.get("if").path("required")) {
                    matches &= v.has(r.asText());
                }
                check(root, s.get(matches ? "then" : "else"), v, path, errors);
                return;
            }
            if (s.has("$ref")) {
                String name = s.get("$ref").asText().replace("#/$defs/", "");
                check(root, root.get("$defs").get(name), v, path, errors);
                return;
            }
            String type = s.path("type").asText("");
            boolean ok = switch (type) {
                case "object" -> v.isObject();
                case "array" -> v.isArray();
                case "string" -> v.isTextual();
                case "integer" -> v.isIntegralNumber();
                case "number" -> v.isNumber();
                case "boolean" -> v.isBoolean();
                default -> true;
            };
            if (!ok) {
                errors.add(path + ": not " + type);
                return;
            }
            if (v.isObject()) {
                JsonNode props = s.get("properties");
                for (JsonNode r : s.path("required")) {
                    if (!v.has(r.asText())) {
                        errors.add(join(path, r.asText()) + ": required");
                    }
                }
                Iterator<String> names = v.fieldNames();
                while (names.hasNext()) {
                    String n = names.next();
                    if (props != null && props.has(n)) {
                        check(root, props.get(n), v.get(n), join(path, n), errors);
                    } else if (!s.path("additionalProperties").asBoolean(true)) {
                        errors.add(join(path, n) + ": not allowed");
                    }
                }
            } else if (v.isArray()) {
                for (int i = 0; i < v.size(); i++) {
                    check(root, s.get("items"), v.get(i), path + "[" + i + "]", errors);
                }
            } else if (v.isNumber()) {
                double d = v.asDouble();
                if (s.has("minimum") && d < s.get("minimum").asDouble()
                        || s.has("exclusiveMinimum") && d <= s.get("exclusiveMinimum").asDouble()
                        || s.has("maximum") && d > s.get("maximum").asDouble()
                        || s.has("exclusiveMaximum") && d >= s.get("exclusiveMaximum").asDouble()) {
                    errors.add(path + ": out of range");
                }
            } else if (v.isTextual()) {
                String t = v.asText();
                if (s.has("minLength") && t.length() < s.get("minLength").asInt()) {
                    errors.add(path + ": too short");
                }
                if (s.has("pattern") && !Pattern.compile(s.get("pattern").asText()).matcher(t).find()) {
                    errors.add(path + ": does not match " + s.get("pattern").asText());
                }
                if (s.has("enum")) {
                    boolean found = false;
                    for (JsonNode e : s.get("enum")) {
                        found |= e.asText().equals(t);
                    }
                    if (!found) {
                        errors.add(path + ": not in enum");
                    }
                }
            }
        }

        static String join(String path, String field) {
            return path.isEmpty() ? field : path + "." + field;
        }
    }
}
