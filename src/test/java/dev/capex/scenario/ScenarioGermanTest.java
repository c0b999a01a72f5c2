package dev.capex.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.Engine;
import dev.capex.engine.QuarterResult;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario;
import dev.capex.save.SaveJson;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The German beside a scenario's English texts ({@code "de"} fields, docs/scenario-format.md): every text
 * of every built-in scenario that a player can see has its German; a {@code "de"} in a wrong place, with an
 * unknown field or an empty text is a located validation error; a variant that changes an English text
 * without its German drops the base's German of it; and the engine plays the same with or without German.
 */
class ScenarioGermanTest {

    /** The texts a player or a facilitator reads from a scenario, as "path: English" → German (null: none). */
    static List<String> missing(Scenario sc) {
        List<String> out = new ArrayList<>();
        check(out, "name", sc.name(), sc.de() == null ? null : sc.de().name());
        check(out, "description", sc.description(), sc.de() == null ? null : sc.de().description());
        check(out, "lesson", sc.lesson(), sc.de() == null ? null : sc.de().lesson());
        each(out, "events", sc.events(), c -> new String[][] {
                {"title", c.title(), c.de() == null ? null : c.de().title()},
                {"description", c.description(), c.de() == null ? null : c.de().description()}});
        for (int i = 0; i < sc.competitors().size(); i++) {
            Scenario.Competitor c = sc.competitors().get(i);
            String at = "competitors[" + i + "]";
            each(out, at + ".headlines", c.headlines(), h -> new String[][] {
                    {"text", h.text(), h.de() == null ? null : h.de().text()}});
            each(out, at + ".reactions", c.reactions(), r -> new String[][] {
                    {"text", r.text(), r.de() == null ? null : r.de().text()}});
        }
        each(out, "sites", sc.sites(), s -> new String[][] {
                {"name", s.name(), s.de() == null ? null : s.de().name()},
                {"location", s.location(), s.de() == null ? null : s.de().location()}});
        each(out, "targets", sc.targets(), t -> new String[][] {
                {"name", t.name(), t.de() == null ? null : t.de().name()},
                {"kind", t.kind(), t.de() == null ? null : t.de().kind()}});
        each(out, "assetsForSale", sc.assetsForSale(), p -> new String[][] {
                {"name", p.name(), p.de() == null ? null : p.de().name()}});
        each(out, "existingDebt", sc.existingDebt(), d -> new String[][] {
                {"name", d.name(), d.de() == null ? null : d.de().name()}});
        return out;
    }

    private static <T> void each(List<String> out, String list, List<T> items, Function<T, String[][]> texts) {
        for (int i = 0; i < items.size(); i++) {
            for (String[] t : texts.apply(items.get(i))) {
                check(out, list + "[" + i + "]." + t[0], t[1], t[2]);
            }
        }
    }

    private static void check(List<String> out, String path, String english, String german) {
        if (english != null && !english.isBlank() && (german == null || german.isBlank())) {
            int dot = path.lastIndexOf('.');
            String dePath = dot < 0 ? "de." + path : path.substring(0, dot) + ".de" + path.substring(dot);
            out.add(dePath + " (English: \"" + english + "\")");
        }
    }

    @Test
    void everyTextOfEveryBuiltInScenarioThatAPlayerSeesHasItsGerman() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String name : ScenarioLoader.BUILT_IN) {
            for (String m : missing(ScenarioLoader.resolve(name))) {
                problems.add("scenario " + name + ": no German at " + m);
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " texts without German:\n" + String.join("\n", problems));
    }

    @Test
    void theCheckNamesTheScenarioPathOfAMissingText() throws Exception {
        Scenario sc = ScenarioLoader.parse("gap.json", """
                {"extends": "meta-2025", "id": "gap", "events": [{"id": "tax-law", "title": "A new title"}]}
                """);
        List<String> m = missing(sc);
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).startsWith("events[") && m.get(0).contains("].de.title (English: \"A new title\")"), m.get(0));
    }

    private static String problems(String json) {
        ScenarioValidator.Result r = ScenarioValidator.validate("de.json", json);
        assertFalse(r.valid(), "accepted: " + json);
        return String.join("\n", r.problems().stream().map(Object::toString).toList());
    }

    @Test
    void aGermanTextInAWrongPlaceWithAnUnknownFieldOrEmptyIsALocatedError() {
        String wrongPlace = problems("""
                {"extends": "meta-2025", "id": "x",
                 "lenders": [{"id": "apollo", "de": {"name": "Apollo"}}]}
                """);
        assertTrue(wrongPlace.contains("de.json:2:") && wrongPlace.contains("lenders[0].de"), wrongPlace);
        String unknown = problems("""
                {"extends": "meta-2025", "id": "x",
                 "events": [{"id": "tax-law", "de": {"titel": "Steuer"}}]}
                """);
        assertTrue(unknown.contains("de.json:2:") && unknown.contains("de.titel"), unknown);
        String empty = problems("""
                {"extends": "meta-2025", "id": "x",
                 "de": {"name": " "}}
                """);
        assertTrue(empty.contains("de.json:2:") && empty.contains("de.name") && empty.contains("empty German text"), empty);
    }

    @Test
    void aVariantThatChangesAnEnglishTextWithoutItsGermanDropsTheBasesGerman() throws Exception {
        Scenario base = ScenarioLoader.resolve("meta-2025");
        Scenario sc = ScenarioLoader.parse("v.json", """
                {"extends": "meta-2025", "id": "v", "name": "A variant",
                 "events": [{"id": "tax-law", "title": "Tax reform", "de": {"title": "Steuerreform"}}]}
                """);
        assertNull(sc.de().name(), "the base's German name would name the base");
        assertEquals(base.de().description(), sc.de().description(), "unchanged texts keep their German");
        Scenario.EventCard card = sc.events().stream().filter(c -> c.id().equals("tax-law")).findFirst().orElseThrow();
        assertEquals("Steuerreform", card.de().title());
        assertEquals(base.events().stream().filter(c -> c.id().equals("tax-law")).findFirst().orElseThrow().de()
                .description(), card.de().description());
    }

    /** The scenario without any German: every "de" object removed from its embedded tree. */
    private static Scenario withoutGerman(Scenario sc) throws Exception {
        com.fasterxml.jackson.databind.JsonNode tree = SaveJson.scenarioTree(sc);
        strip(tree);
        return ScenarioLoader.fromTree("stripped", tree);
    }

    private static void strip(com.fasterxml.jackson.databind.JsonNode n) {
        if (n instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
            o.remove("de");
        }
        n.forEach(ScenarioGermanTest::strip);
    }

    @Test
    void theEnginePlaysTheSameWithOrWithoutGermanAndAScenarioWithoutItHashesAsBefore() throws Exception {
        Scenario de = ScenarioLoader.resolve("meta-2025");
        Scenario en = withoutGerman(de);
        assertNull(en.de());
        assertFalse(SaveJson.scenarioTree(en).toString().contains("\"de\""), "an absent German is not written as null");
        GameState a = Engine.start(de, 5);
        GameState b = Engine.start(en, 5);
        for (int q = 0; q < 6; q++) {
            QuarterResult ra = Engine.resolve(de, a, List.of());
            QuarterResult rb = Engine.resolve(en, b, List.of());
            assertEquals(Engine.digest(rb.state()), Engine.digest(ra.state()), "quarter " + q);
            a = ra.state();
            b = rb.state();
        }
        // A save's scenario with German binds back to the same German.
        Scenario back = ScenarioLoader.fromTree("save", SaveJson.scenarioTree(de));
        assertEquals(de.de(), back.de());
        assertEquals(de.events().get(0).de(), back.events().get(0).de());
    }
}
