package dev.capex.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.model.Scenario;
import dev.capex.scenario.ScenarioException.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario variants as overlays: only the differences, merged onto the base; problems located in the overlay. */
class OverlayTest {
    @TempDir
    Path dir;

    static final Scenario BASE = load(Path.of("scenarios/meta-2025.json"));

    static Scenario load(Path p) {
        try {
            return ScenarioLoader.load(p);
        } catch (ScenarioException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    Path withBase(String overlayText) throws Exception {
        Files.copy(Path.of("scenarios/meta-2025.json"), dir.resolve("meta-2025.json"));
        return write("variant.json", overlayText);
    }

    @Test
    void anOverlayChangesOnlyWhatItSaysAndListsMergeById() throws Exception {
        String firstLender = BASE.lenders().get(0).id();
        String firstEvent = BASE.events().get(0).id();
        Path v = withBase("""
                {
                  "extends": "meta-2025",
                  "id": "variant",
                  "talent": {"marketPackageM": 123},
                  "lenders": [{"id": "%s", "maxM": 4321}],
                  "events": [{"id": "%s", "$remove": true}],
                  "disabledLevers": ["bond"]
                }
                """.formatted(firstLender, firstEvent));
        Scenario s = load(v);
        assertEquals("variant", s.id());
        assertEquals(BASE.name(), s.name(), "what the overlay does not say is the base's");
        assertEquals(123, s.talent().marketPackageM());
        assertEquals(BASE.talent().maxPackageM(), s.talent().maxPackageM(), "objects merge field by field");
        assertEquals(BASE.lenders().size(), s.lenders().size(), "a lender merged by id, none added");
        assertEquals(4321, s.lenders().get(0).maxM());
        assertEquals(BASE.lenders().get(0).name(), s.lenders().get(0).name());
        assertEquals(BASE.lenders().subList(1, BASE.lenders().size()), s.lenders().subList(1, s.lenders().size()));
        assertEquals(BASE.events().size() - 1, s.events().size(), "$remove removes the base's element");
        assertTrue(s.events().stream().noneMatch(e -> e.id().equals(firstEvent)));
        assertEquals(List.of("bond"), s.disabledLevers(), "a list without ids is replaced whole");
    }

    @Test
    void aNewIdIsAddedAtTheEnd() throws Exception {
        Path v = withBase("""
                {"extends": "meta-2025", "id": "v", "events": [{"id": "new-card", "title": "New", "description": "d",
                  "kind": "scheduled", "quarter": "2026Q1", "probability": 0.0, "earliest": "2026Q1", "latest": "2026Q1",
                  "oncePerGame": true, "conditions": [], "effects": [{"type": "market", "magnitude": -0.1, "quarters": 1}]}]}
                """);
        Scenario s = load(v);
        assertEquals(BASE.events().size() + 1, s.events().size());
        assertEquals("new-card", s.events().get(s.events().size() - 1).id());
        assertEquals(BASE.events(), s.events().subList(0, BASE.events().size()));
    }

    @Test
    void problemsAreLocatedInTheOverlayFile() throws Exception {
        String lender = BASE.lenders().get(1).id();
        Path v = withBase("{\n  \"extends\": \"meta-2025\",\n  \"id\": \"v\",\n  \"lenders\": [\n    {\"id\": \"" + lender
                + "\",\n     \"spreadBp\": \"wide\"}\n  ],\n  \"talent\": {\"marketPackageM\": -5},\n"
                + "  \"macro\": {\"baseRateSD\": 0.1}\n}\n");
        List<Problem> ps = ScenarioLoader.check(v).problems();
        assertFalse(ps.isEmpty());
        for (Problem p : ps) {
            assertEquals(v.toString(), p.file(), "located in the overlay: " + p);
            assertTrue(p.line() > 1, p.toString());
        }
        Problem wrongType = ps.stream().filter(p -> p.field().equals("lenders[0].spreadBp")).findFirst().orElseThrow(
                () -> new AssertionError(ps.toString()));
        assertEquals(6, wrongType.line(), "the line of the overlay's value: " + wrongType);
        assertTrue(ps.stream().anyMatch(p -> p.field().equals("macro.baseRateSD") && p.line() == 9), ps.toString());
    }

    @Test
    void aRangeProblemInTheOverlayIsLocatedThere() throws Exception {
        Path v = withBase("{\n  \"extends\": \"meta-2025\",\n  \"id\": \"v\",\n  \"talent\": {\n    \"marketPackageM\": -5\n  }\n}\n");
        List<Problem> ps = ScenarioLoader.check(v).problems();
        assertEquals(1, ps.size(), ps.toString());
        assertEquals(v.toString(), ps.get(0).file());
        assertEquals("talent.marketPackageM", ps.get(0).field());
        assertEquals(5, ps.get(0).line());
    }

    @Test
    void aMissingOrCircularBaseAndABadRemovalAreNamed() throws Exception {
        Path missing = write("m.json", "{\"extends\": \"no-such-scenario\", \"id\": \"m\"}");
        Problem p = ScenarioLoader.check(missing).problems().get(0);
        assertEquals("extends", p.field());
        assertTrue(p.message().startsWith("no scenario 'no-such-scenario' to extend"), p.message());
        write("a.json", "{\"extends\": \"b\", \"id\": \"a\"}");
        write("b.json", "{\"extends\": \"a\", \"id\": \"b\"}");
        Problem circle = ScenarioLoader.check(dir.resolve("a.json")).problems().get(0);
        assertTrue(circle.message().startsWith("scenarios extend each other in a circle"), circle.message());
        Path v = withBase("{\"extends\": \"meta-2025\", \"id\": \"v\", \"events\": [{\"id\": \"nope\", \"$remove\": true}]}");
        List<Problem> ps = ScenarioLoader.check(v).problems();
        assertTrue(ps.stream().anyMatch(q -> q.message().contains("no element with the id 'nope'")
                && q.file().equals(v.toString())), ps.toString());
        Problem notText = ScenarioLoader.check(write("n.json", "{\"extends\": 3}")).problems().get(0);
        assertEquals("extends", notText.field());
    }

    @Test
    void aBaseProblemIsLocatedInTheBase() throws Exception {
        String text = Files.readString(Path.of("scenarios/meta-2025.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"marketPackageM\"\\s*:\\s*[0-9.]+", "\"marketPackageM\": -7");
        Files.writeString(dir.resolve("meta-2025.json"), text);
        Path v = write("variant.json", "{\"extends\": \"meta-2025\", \"id\": \"v\"}");
        List<Problem> ps = ScenarioLoader.check(v).problems();
        assertEquals(1, ps.size(), ps.toString());
        assertEquals(dir.resolve("meta-2025.json").toString(), ps.get(0).file());
        assertTrue(ps.get(0).line() > 1);
    }

    @Test
    void theShippedVariantsAreOverlaysOfTheBaseline() throws Exception {
        for (String name : ScenarioLoader.BUILT_IN) {
            if (name.equals("meta-2025")) {
                continue;
            }
            String text = Files.readString(Path.of("scenarios", name + ".json"), StandardCharsets.UTF_8);
            assertTrue(text.contains("\"extends\": \"meta-2025\""), name + " extends the baseline");
            assertTrue(text.lines().count() < 200, name + " holds only its differences: " + text.lines().count());
            Scenario s = ScenarioLoader.resolve(name);
            assertEquals(name, s.id());
            assertNull(ScenarioLoader.check(Path.of("scenarios", name + ".json")).problems().stream().findFirst()
                    .orElse(null));
        }
    }

    @Test
    void aSavedGameEmbedsTheResolvedScenario() throws Exception {
        Scenario s = ScenarioLoader.resolve("rate-shock");
        String embedded = dev.capex.save.SaveJson.scenarioTree(s).toString();
        assertFalse(embedded.contains("\"extends\""), "the save holds the whole scenario, not the overlay");
        assertEquals(s, ScenarioLoader.fromTree("save", dev.capex.save.SaveJson.scenarioTree(s)));
    }
}
