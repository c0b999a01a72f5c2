package dev.capex.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Save format versions, their migrations, and the canonical text the scenario hash is taken over. */
class SaveFormatTest {

    private static JsonNode json(String text) throws Exception {
        return SaveJson.mapper().readTree(text);
    }

    @Test
    void versionsAreNumberedInOrderAndTheLastIsCurrent() {
        SaveFormat[] all = SaveFormat.values();
        for (int i = 0; i < all.length; i++) {
            assertEquals(i + 1, all[i].number(), "versions are never reordered nor skipped");
        }
        assertSame(all[all.length - 1], SaveFormat.CURRENT);
        assertSame(SaveFormat.CURRENT, SaveFormat.of(SaveFormat.CURRENT.number()));
    }

    @Test
    void aSaveOfTheCurrentVersionIsNotChangedByMigration() throws Exception {
        ObjectNode save = (ObjectNode) json(TestGames.text(TestGames.played(7, "A", 1)));
        ObjectNode copy = save.deepCopy();
        assertEquals(copy, SaveFormat.migrate(save, SaveFormat.CURRENT));
    }

    @Test
    void migrationsRunOneVersionAtATimeInOrder() throws Exception {
        // A made-up history: version 2 renamed "team" to "player", version 3 added "notes".
        Map<Integer, UnaryOperator<ObjectNode>> steps = Map.of(
                2, n -> {
                    n.set("player", n.remove("team"));
                    return n;
                },
                3, n -> n.put("notes", "from " + n.get("formatVersion").asInt()));
        ObjectNode v1 = (ObjectNode) json("{\"formatVersion\": 1, \"team\": \"Alpha\"}");
        ObjectNode v3 = SaveFormat.migrate(v1, 1, 3, steps);
        assertEquals(json("{\"formatVersion\": 3, \"player\": \"Alpha\", \"notes\": \"from 2\"}"), v3);
        ObjectNode v2 = (ObjectNode) json("{\"formatVersion\": 2, \"player\": \"Beta\"}");
        assertEquals(json("{\"formatVersion\": 3, \"player\": \"Beta\", \"notes\": \"from 2\"}"),
                SaveFormat.migrate(v2, 2, 3, steps));
    }

    @Test
    void theCanonicalTextIgnoresLayoutKeyOrderAndNumberSpelling() throws Exception {
        JsonNode a = json("{\"b\": [1, 2.50, 1e3], \"a\": {\"y\": \"é\\n\", \"x\": null, \"z\": true}}");
        JsonNode b = json("{\"a\":{\"z\":true,\"x\":null,\"y\":\"\\u00e9\\n\"},\"b\":[1.0,25E-1,1000]}");
        assertEquals("{\"a\":{\"x\":null,\"y\":\"é\\n\",\"z\":true},\"b\":[1,2.5,1000]}", CanonicalJson.text(a));
        assertEquals(CanonicalJson.sha256(a), CanonicalJson.sha256(b));
        assertNotEquals(CanonicalJson.sha256(a), CanonicalJson.sha256(json("{\"a\":{\"x\":null,\"y\":\"é\\n\","
                + "\"z\":true},\"b\":[1,2.51,1000]}")));
    }

    @Test
    void theScenarioEmbeddedInASaveReadsBackEqualToTheOriginal() throws Exception {
        var sc = TestGames.scenario();
        SaveFile s = SaveJson.parse("test", TestGames.text(TestGames.played(sc, 7, "A", 1)));
        assertEquals(sc, s.scenario());
        assertEquals(SaveJson.scenarioSha256(sc), s.scenarioSha256());
    }
}
