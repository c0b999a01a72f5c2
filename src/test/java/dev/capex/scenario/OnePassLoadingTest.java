package dev.capex.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.capex.engine.Engine;
import dev.capex.engine.model.Scenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scenario loader parses the text once and binds the records itself (it is on the path to the
 * dashboard's first frame). Whatever it reads must be exactly what Jackson's strict mapper reads: the
 * same tree, the same Scenario, the same game.
 */
class OnePassLoadingTest {
    private final ObjectMapper jackson = ScenarioLoader.strictMapper();

    @Test
    void everyBuiltInScenarioLoadsToWhatTheStrictMapperBinds() throws Exception {
        for (String name : ScenarioLoader.BUILT_IN) {
            Path file = Path.of("scenarios", name + ".json");
            String text = Files.readString(file, StandardCharsets.UTF_8);
            JsonLocations one = JsonLocations.scan(jackson.getFactory(), text);
            assertEquals(jackson.readTree(text), one.tree(), name + ": the one-pass tree");
            Scenario loaded = ScenarioLoader.load(file);
            Scenario bound;
            if (one.tree().has(Overlay.EXTENDS)) {
                // A variant: Jackson binds the overlay merged onto its base.
                List<ScenarioException.Problem> problems = new java.util.ArrayList<>();
                Overlay.Resolved r = Overlay.resolve(jackson.getFactory(), file.toString(), text,
                        ScenarioLoader.basesNear(file), problems);
                assertEquals(List.of(), problems, name);
                bound = jackson.treeToValue(r.tree, Scenario.class);
            } else {
                bound = jackson.readValue(text, Scenario.class);
            }
            assertEquals(bound, loaded, name + ": the bound scenario");
            assertEquals(bound.toString(), loaded.toString(), name);
            assertEquals(Engine.digest(Engine.start(bound, 7)), Engine.digest(Engine.start(loaded, 7)),
                    name + ": the same opening state");
        }
    }

    @Test
    void numbersBecomeTheSameNodesAsInJacksonsTree() throws Exception {
        String text = "{\"i\": 7, \"neg\": -2147483649, \"l\": 3000000000, \"big\": 99999999999999999999999,"
                + " \"d\": 0.1, \"e\": 2.5e3, \"huge\": 1e400, \"z\": -0.0, \"t\": true, \"f\": false, \"n\": null,"
                + " \"s\": \"x\", \"a\": [1, 2.0, [], {}], \"dup\": 1, \"dup\": \"last\"}";
        JsonLocations one = JsonLocations.scan(jackson.getFactory(), text);
        JsonNode tree = one.tree();
        assertNotNull(tree);
        assertEquals(jackson.readTree(text), tree);
        assertEquals("last", tree.get("dup").asText(), "a repeated field keeps its last value, as in Jackson");
        assertTrue(one.issues().get(0).message().startsWith("duplicate field"), "and it is still reported");
        for (String field : new String[] {"i", "neg", "l", "big", "d", "e", "huge", "z"}) {
            assertEquals(jackson.readTree(text).get(field).getClass(), tree.get(field).getClass(), field);
        }
    }

    @Test
    void aWholeNumberInADecimalFieldBindsAsJacksonBindsIt() throws Exception {
        String text = Files.readString(Path.of("scenarios/meta-2025.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"taxRate\"\\s*:\\s*[0-9.]+", "\"taxRate\": 0");
        Scenario loaded = ScenarioLoader.parse("meta-2025.json", text);
        assertEquals(jackson.readValue(text, Scenario.class), loaded);
    }
}
