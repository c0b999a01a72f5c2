package dev.capex.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.capex.engine.Engine;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario;
import dev.capex.scenario.ScenarioException.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A facilitator's broken scenario is reported in full: every problem, with its line, column and field. */
class ScenarioValidationTest {
    static final Path BAD = Path.of("src/test/resources/scenarios-bad");

    static List<Problem> problems(String file) {
        return ScenarioLoader.check(BAD.resolve(file)).problems();
    }

    /** "line:column field" of each problem, for compact assertions. */
    static List<String> where(List<Problem> problems) {
        return problems.stream().map(p -> p.line() + ":" + p.column() + " " + p.field()).collect(Collectors.toList());
    }

    static Problem only(String file) {
        List<Problem> ps = problems(file);
        assertEquals(1, ps.size(), () -> "expected one problem in " + file + ", got " + ps);
        return ps.get(0);
    }

    @Test
    void theBaselineScenarioHasNoProblems() throws ScenarioException {
        ScenarioValidator.Result r = ScenarioLoader.check(Path.of("scenarios/meta-2025.json"));
        assertEquals(List.of(), r.problems());
        Scenario sc = ScenarioLoader.load(Path.of("scenarios/meta-2025.json"));
        assertEquals("2025Q2", sc.startQuarter());
    }

    @Test
    void theMinimalFixtureIsValidAndPlays() throws ScenarioException {
        Scenario sc = ScenarioLoader.load(BAD.resolve("minimal-valid.json"));
        GameState s = Engine.start(sc, 7);
        for (int i = 0; i < 4; i++) {
            s = Engine.resolve(sc, s, List.of()).state();
        }
        assertNotNull(s);
    }

    @Test
    void aMissingCommaIsASyntaxErrorAtTheNextField() {
        Problem p = only("syntax-error.json");
        assertEquals(40, p.line());
        assertEquals(5, p.column());
        assertEquals("macro.baseRateSd", p.field());
        assertTrue(p.message().startsWith("syntax error:") && p.message().contains("comma"), p.message());
    }

    @Test
    void textWhereANumberBelongsNamesTheFieldAndWhatWasExpected() {
        Problem p = only("wrong-type.json");
        assertEquals("143:46 lenders[1].spreadBp", p.line() + ":" + p.column() + " " + p.field());
        assertEquals("expected a whole number, got the text \"240bp\"", p.message());
        assertTrue(p.toString().startsWith(BAD.resolve("wrong-type.json") + ":143:46: lenders[1].spreadBp: "), p.toString());
    }

    @Test
    void aMistypedFieldNameSuggestsTheRightOne() {
        Problem p = only("unknown-field.json");
        assertEquals("143:34 lenders[1].spreadBP", p.line() + ":" + p.column() + " " + p.field());
        assertTrue(p.message().contains("did you mean 'spreadBp'"), p.message());
    }

    @Test
    void aMissingFieldIsReportedAtTheObjectThatLacksIt() {
        Problem p = only("missing-field.json");
        assertEquals("35:12 macro.baseRateSd", p.line() + ":" + p.column() + " " + p.field());
        assertEquals("missing field: expected a number", p.message());
    }

    @Test
    void valuesOutOfRangeAreAllReported() {
        List<Problem> ps = problems("out-of-range.json");
        assertEquals(List.of("59:20 revenue.seasonality", "149:242 targets[0].customerFlightShare"), where(ps));
        assertTrue(ps.get(0).message().contains("average 1"), ps.get(0).message());
        assertEquals("must be between 0 and 1, got 1.35", ps.get(1).message());
    }

    @Test
    void aShockScheduledAfterTheLastQuarterIsRefused() {
        Problem p = only("event-outside-game.json");
        assertEquals("292:18 events[0].quarter", p.line() + ":" + p.column() + " " + p.field());
        assertTrue(p.message().contains("inside the game (2025Q2 to 2028Q4)"), p.message());
    }

    @Test
    void referencesToThingsThatDoNotExistAreNamed() {
        List<Problem> ps = problems("dangling-reference.json");
        assertEquals(List.of("111:20 finance.startRating", "168:26 talent.rivals[1]", "181:20 startingFleet[0].generation",
                "191:133 assetsForSale[0].linkedSite"), where(ps));
        assertTrue(ps.get(2).message().contains("'H300' is not a GPU generation id (H100, H200, B200)"), ps.get(2).message());
    }

    @Test
    void severalShapeProblemsInOneFileAreReportedTogetherInFileOrder() {
        List<Problem> ps = problems("several-problems.json");
        assertEquals(List.of("35:12 macro.baseRateSd", "83:16 costs.taxRate", "141:5 lenders[0].spreadBp",
                "141:40 lenders[0].spreadbp", "142:46 lenders[1].spreadBp", "287:26 events[0].cards"), where(ps));
        assertEquals("null is not allowed: expected a number", ps.get(1).message());
        assertEquals("expected a whole number, got the number 240.5", ps.get(4).message());
    }

    @Test
    void severalValueProblemsInOneFileAreReportedTogether() {
        List<Problem> ps = problems("semantic-problems.json");
        assertEquals(List.of("7:17 endQuarter", "143:12 lenders[1].id", "291:15 events[0].kind",
                "299:18 events[0].effects[0].type"), where(ps));
        assertTrue(ps.get(1).message().contains("'apollo' is used twice"), ps.get(1).message());
        assertTrue(ps.get(3).message().contains("consumerAi"), ps.get(3).message());
    }

    @Test
    void theRulesLimitsAreTheScenariosAndTheOpeningValuesMustLieWithinThem() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode sc = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(
                java.nio.file.Files.readString(java.nio.file.Path.of("scenarios/meta-2025.json")));
        com.fasterxml.jackson.databind.node.ObjectNode macro = (com.fasterxml.jackson.databind.node.ObjectNode) sc.get("macro");
        macro.put("baseRateCap", macro.get("baseRate").asDouble() / 2);
        macro.put("dataCenterAssetIndexMin", 2.0);
        macro.put("dataCenterAssetIndexMax", 1.0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) sc.get("finance")).put("maxDividendPerShare", 0.0);
        List<Problem> ps = ScenarioValidator.validate("limits.json", json.writeValueAsString(sc)).problems();
        List<String> paths = ps.stream().map(Problem::field).toList();
        assertTrue(paths.contains("macro.baseRate"), paths.toString());
        assertTrue(paths.contains("macro.dataCenterAssetIndexMax"), paths.toString());
        assertTrue(paths.contains("company.dividendPerShare"), paths.toString());
        Problem rate = ps.get(paths.indexOf("macro.baseRate"));
        assertTrue(rate.message().contains("baseRateFloor and baseRateCap"), rate.message());
    }

    @Test
    void aHalfWrittenSectionIsOneProblemListingWhatIsMissing() {
        List<Problem> ps = ScenarioValidator.validate("half.json", "{\"id\": \"half\",\n \"name\": \"Half\",\n \"macro\": {}}")
                .problems();
        assertEquals(List.of("1:1 ", "3:11 macro"), where(ps));
        int scenarioFields = (int) java.util.Arrays.stream(dev.capex.engine.model.Scenario.class.getRecordComponents())
                .filter(c -> !dev.capex.engine.model.Scenario.German.class.isAssignableFrom(c.getType())).count()
                - 3; // id, name and macro given; the German texts are optional
        assertTrue(ps.get(0).message().startsWith("missing " + scenarioFields + " fields of Scenario: description, lesson, startQuarter"),
                ps.get(0).message());
        int macroFields = dev.capex.engine.model.Scenario.Macro.class.getRecordComponents().length;
        assertTrue(ps.get(1).message().startsWith("missing " + macroFields + " fields of Macro: baseRate, "),
                ps.get(1).message());
    }

    @Test
    void unusableFilesGiveOneClearProblem() {
        assertEquals("is empty: expected a scenario (a JSON object)", only("empty.json").message());
        Problem truncated = only("truncated.json");
        assertTrue(truncated.line() > 100 && truncated.message().contains("ends too early"), truncated.toString());
        Problem trailing = only("trailing-garbage.json");
        assertEquals(404, trailing.line());
        assertTrue(trailing.message().contains("after the end"), trailing.message());
        assertEquals("expected an object (Scenario), got a list", only("not-an-object.json").message());
        assertEquals(List.of("193:9 ai", "193:15 aiX"), where(problems("null-section.json")));
        assertEquals("is a directory, not a scenario file", ScenarioLoader.check(BAD).problems().get(0).message());
        assertEquals("no such file", ScenarioLoader.check(BAD.resolve("nope.json")).problems().get(0).message());
    }

    @Test
    void theLoaderThrowsOnlyScenarioExceptionForEveryBrokenFile() throws IOException {
        try (var files = Files.list(BAD)) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("minimal-valid.json")).toList()) {
                ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f), f.toString());
                assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
                assertTrue(!e.problems().isEmpty());
            }
        }
        assertThrows(ScenarioException.class, () -> ScenarioLoader.load(BAD));
        assertThrows(ScenarioException.class, () -> ScenarioLoader.resolve("no-such-scenario"));
        assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("x.json", "null"));
        assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("x.json", "{\"id\": 1e400}"));
        assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("x.json", "{} {}"));
    }

    @Test
    void aFileThatIsNotUtf8IsReportedNotCrashed(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("latin1.json");
        Files.write(f, new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xE9, '"', '}'});
        assertEquals("cannot be read: it is not UTF-8 text", ScenarioLoader.check(f).problems().get(0).message());
    }

    /**
     * Cut, duplicate and retype random pieces of a valid scenario: whatever the damage, the loader answers
     * with located problems, never another exception.
     */
    @Test
    void randomDamageNeverEscapesAsAnotherException() throws IOException {
        String good = Files.readString(BAD.resolve("minimal-valid.json"), StandardCharsets.UTF_8);
        Random r = new Random(42);
        String[] junk = {"null", "\"x\"", "-1", "1e400", "[]", "{}", "true", "0.5", "\"2031Q9\"", ",", "}", "]"};
        for (int i = 0; i < 300; i++) {
            int a = r.nextInt(good.length());
            int b = Math.min(good.length(), a + r.nextInt(40));
            String text = switch (i % 3) {
                case 0 -> good.substring(0, a) + good.substring(b);
                case 1 -> good.substring(0, a) + junk[r.nextInt(junk.length)] + good.substring(b);
                default -> good.substring(0, a) + good.substring(a, b) + good.substring(a);
            };
            try {
                ScenarioLoader.parse("damaged.json", text);
            } catch (ScenarioException e) {
                for (Problem p : e.problems()) {
                    assertEquals("damaged.json", p.file());
                    assertTrue(p.line() > 0 || p.message().startsWith("is empty"), p.toString());
                }
            } catch (RuntimeException e) {
                fail("damage #" + i + " escaped as " + e, e);
            }
        }
    }
}
