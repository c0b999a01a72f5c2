package dev.capex.save;

import dev.capex.engine.levers.LeverRules;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario;
import dev.capex.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads and writes save files (docs/save-format.md). Reading is strict and every problem becomes a
 * {@link SaveException} with one line naming the file and what is wrong: a missing file, a directory,
 * an empty or truncated file, invalid JSON, a wrong type, an unknown or newer format version, a
 * scenario whose hash does not match. Whether the decisions replay to the recorded digests is checked
 * by {@code dev.capex.analysis.Replay}, not here.
 */
public final class SaveJson {
    private SaveJson() {
    }

    /** The name in the "format" field: what tells a save from any other JSON. */
    public static final String FORMAT_NAME = "capex-save";

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /**
     * The mapper for saves: decisions as in plan files, numbers with a fraction read as exact decimals
     * (the scenario hash is taken over their literal value, see {@link CanonicalJson}), strict about
     * unknown fields, missing fields, nulls for numbers and trailing content.
     */
    static ObjectMapper mapper() {
        return DecisionJson.mapper()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** The fields of a save as bound from JSON, before the scenario is checked and parsed. */
    private record Raw(String format, int formatVersion, String programVersion, String created, String team,
            String scenarioId, String scenarioSha256, long seed, SaveFile.Parent parent,
            List<SaveFile.SavedQuarter> quarters, JsonNode scenario) {
    }

    /**
     * The last scenario written, with its tree and hash: a game saves after every quarter, always with the same
     * (immutable) scenario, whose serialisation is the costliest part of a save. Matched by identity.
     */
    private record Written(Scenario scenario, JsonNode tree, String sha256) {
    }

    private static volatile Written lastWritten;

    private static Written written(Scenario sc) {
        Written w = lastWritten;
        if (w == null || w.scenario() != sc) {
            // A German text the scenario leaves out is left out of the save too (a scenario has no other null), so
            // that a scenario without German is embedded and hashed as before.
            ObjectMapper m = mapper().copy().setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);
            JsonNode tree;
            try {
                tree = m.readTree(m.writeValueAsString(sc));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write the scenario as JSON", e);
            }
            w = new Written(sc, tree, CanonicalJson.sha256(tree));
            lastWritten = w;
        }
        return w;
    }

    /** The scenario as a JSON tree of exact decimals, the form that is embedded and hashed (a copy: callers may edit it). */
    public static JsonNode scenarioTree(Scenario sc) {
        return written(sc).tree().deepCopy();
    }

    /** The SHA-256 of a scenario's canonical text: what a save records, and what compare matches. */
    public static String scenarioSha256(Scenario sc) {
        return written(sc).sha256();
    }

    /** The text of a save file. The scenario's hash is (re)computed from the scenario itself. */
    public static String write(SaveFile save) {
        if (save.formatVersion() != SaveFormat.CURRENT.number()) {
            // Its digests are of an older kind: writing them under the current version would make a
            // save that never verifies. Replay it and migrate it first (SaveMigration.toCurrent).
            throw new IllegalStateException("a save of format " + save.formatVersion() + " must be migrated to format "
                    + SaveFormat.CURRENT.number() + " (replayed) before it is written");
        }
        ObjectMapper m = mapper();
        Written w = written(save.scenario());
        JsonNode scenario = w.tree();
        ObjectNode root = m.createObjectNode();
        root.put("format", FORMAT_NAME);
        root.put("formatVersion", SaveFormat.CURRENT.number());
        root.put("programVersion", save.programVersion());
        root.put("created", save.created());
        root.put("team", save.team());
        root.put("scenarioId", save.scenario().id());
        root.put("scenarioSha256", w.sha256());
        root.put("seed", save.seed());
        root.set("parent", m.valueToTree(save.parent()));
        try {
            // Decisions go through a typed writer so that each carries its "type".
            String quarters = m.writerFor(new TypeReference<List<SaveFile.SavedQuarter>>() {
            }).writeValueAsString(save.quarters());
            root.set("quarters", m.readTree(quarters));
            root.set("scenario", scenario);
            return m.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the save as JSON", e);
        }
    }

    /**
     * Scenarios already bound, by the SHA-256 of their canonical text: the saves of one workshop, a compare
     * or a report embed the same scenario, bound once (a scenario is immutable). A few at most.
     */
    private static final java.util.Map<String, Scenario> BOUND = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, Scenario> eldest) {
                    return size() > 8;
                }
            });

    /** Reads a save file. */
    public static SaveFile load(Path file) throws SaveException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new SaveException(name, "is a directory, not a save file");
        }
        if (!Files.exists(file)) {
            throw new SaveException(name, "no such save file");
        }
        String text;
        try {
            text = dev.capex.scenario.Limits.readText(file, dev.capex.scenario.Limits.SAVE_BYTES, "a save file");
        } catch (dev.capex.scenario.Limits.TooLarge e) {
            String m = e.getMessage();
            throw new SaveException(name, m.startsWith(name + ": ") ? m.substring(name.length() + 2) : m);
        }
        return parse(name, text);
    }

    /** Parses the text of a save; {@code name} is the file named in messages. */
    public static SaveFile parse(String name, String text) throws SaveException {
        if (text.isBlank()) {
            throw new SaveException(name, "is empty (not a save file)");
        }
        if (text.length() > dev.capex.scenario.Limits.SAVE_BYTES) {
            throw new SaveException(name, "is " + dev.capex.scenario.Limits.bytes(text.length()) + " long; a save may be "
                    + "at most " + dev.capex.scenario.Limits.bytes(dev.capex.scenario.Limits.SAVE_BYTES) + " (docs/limits.md)");
        }
        ObjectMapper m = mapper();
        dev.capex.scenario.StartupTrace.mark("save: read, mapper");
        JsonNode tree;
        try {
            tree = m.readTree(text);
            dev.capex.scenario.StartupTrace.mark("save: JSON tree");
        } catch (JsonEOFException e) {
            throw new SaveException(name, "is truncated: the JSON stops in the middle" + at(e.getLocation())
                    + " (an interrupted copy?)");
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage();
            if (msg != null && msg.startsWith("Unexpected end-of-input")) {
                // Jackson reports some ends of input (after a number, between entries) as a parse error.
                throw new SaveException(name, "is truncated: the JSON stops in the middle" + at(e.getLocation())
                        + " (an interrupted copy?)");
            }
            throw new SaveException(name, "is not valid JSON" + at(e.getLocation()) + ": " + firstLine(msg));
        }
        if (tree == null || !tree.isObject()) {
            throw new SaveException(name, "is not a save file (expected a JSON object with \"format\": \"" + FORMAT_NAME + "\")");
        }
        ObjectNode root = (ObjectNode) tree;
        JsonNode format = root.get("format");
        if (format == null || !FORMAT_NAME.equals(format.asText())) {
            throw new SaveException(name, "is not a save file (no \"format\": \"" + FORMAT_NAME + "\"; a plan or a scenario?)");
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.isIntegralNumber()) {
            throw new SaveException(name, "formatVersion: expected a whole number (the save format's version)");
        }
        int v = version.asInt();
        String writtenBy = root.path("programVersion").asText("an unknown version");
        if (v > SaveFormat.CURRENT.number()) {
            throw new SaveException(name, "was written by a newer Capex (" + writtenBy + ", save format " + v
                    + "); this Capex (" + programVersion() + ") reads save formats up to " + SaveFormat.CURRENT.number()
                    + ": update Capex to open it");
        }
        SaveFormat from = SaveFormat.of(v);
        if (from == null || v < SaveFormat.OLDEST_READABLE.number()) {
            throw new SaveException(name, "has save format " + v + ", which this Capex does not read (it reads formats "
                    + SaveFormat.OLDEST_READABLE.number() + " to " + SaveFormat.CURRENT.number() + ")");
        }
        // The version the save was written in, kept in SaveFile.formatVersion: it says which state digest
        // its quarters record (see SaveFormat.V2), whatever the JSON migrations did to the fields.
        int writtenIn = v;
        root = SaveFormat.migrate(root, from);
        Raw raw;
        try {
            raw = m.treeToValue(root, Raw.class);
            dev.capex.scenario.StartupTrace.mark("save: bind quarters");
        } catch (JsonProcessingException e) {
            String field = e instanceof JsonMappingException jm ? path(jm) : "";
            throw new SaveException(name, (field.isEmpty() ? "" : field + ": ") + describe(e));
        }
        require(name, raw.team(), "team");
        String badTeam = dev.capex.scenario.Limits.teamProblem(raw.team());
        if (badTeam != null) {
            throw new SaveException(name, "team: " + badTeam);
        }
        require(name, raw.scenarioId(), "scenarioId");
        require(name, raw.scenarioSha256(), "scenarioSha256");
        require(name, raw.created(), "created");
        if (raw.quarters() == null) {
            throw new SaveException(name, "quarters: missing (expected a list, empty for a game not yet played)");
        }
        if (raw.scenario() == null || !raw.scenario().isObject()) {
            throw new SaveException(name, "scenario: missing (a save embeds its scenario as a JSON object)");
        }
        String sha = CanonicalJson.sha256(raw.scenario());
        dev.capex.scenario.StartupTrace.mark("save: scenario hash");
        if (!sha.equals(raw.scenarioSha256().toLowerCase(Locale.ROOT))) {
            throw new SaveException(name, "the embedded scenario has been changed: its SHA-256 is " + sha.substring(0, 12)
                    + "…, the save records " + abbreviate(raw.scenarioSha256()) + "… (a save's scenario cannot be edited: "
                    + "play a new game with the edited scenario file)");
        }
        Scenario sc = BOUND.get(sha);
        try {
            if (sc == null) {
                sc = ScenarioLoader.fromTree(name, raw.scenario());
                BOUND.put(sha, sc);
            }
        } catch (dev.capex.scenario.ScenarioException e) {
            dev.capex.scenario.ScenarioException.Problem p = e.problems().get(0);
            throw new SaveException(name, "the embedded scenario does not fit this Capex's scenario format ("
                    + (p.field().isEmpty() ? "" : "scenario." + p.field() + ": ") + p.message()
                    + (e.problems().size() > 1 ? ", and " + (e.problems().size() - 1) + " more" : "")
                    + "); the save was written by Capex " + raw.programVersion() + ", this is Capex " + programVersion());
        }
        String outOfBounds = ScenarioLoader.outOfBounds(sc);
        if (outOfBounds != null) {
            throw new SaveException(name, "the embedded scenario is outside the limits of this Capex: scenario."
                    + outOfBounds);
        }
        dev.capex.scenario.StartupTrace.mark("save: bind scenario");
        if (!sc.id().equals(raw.scenarioId())) {
            throw new SaveException(name, "scenarioId is '" + raw.scenarioId() + "' but the embedded scenario is '"
                    + sc.id() + "'");
        }
        if (raw.parent() != null) {
            require(name, raw.parent().save(), "parent.save");
            quarter(name, "parent.quarter", raw.parent().quarter());
        }
        if (raw.quarters().size() > sc.turns()) {
            throw new SaveException(name, "quarters: " + raw.quarters().size() + " quarters, but the scenario has only "
                    + sc.turns());
        }
        Quarter expected = sc.start();
        for (int i = 0; i < raw.quarters().size(); i++) {
            SaveFile.SavedQuarter q = raw.quarters().get(i);
            String where = "quarters[" + i + "]";
            if (q == null) {
                throw new SaveException(name, where + ": expected a quarter object, found null");
            }
            Quarter got = quarter(name, where + ".quarter", q.quarter());
            if (!got.equals(expected)) {
                throw new SaveException(name, where + ".quarter: expected " + expected + " (quarters follow each other from "
                        + sc.start() + "), found " + got);
            }
            if (q.decisions().size() > dev.capex.scenario.Limits.DECISIONS_PER_QUARTER) {
                throw new SaveException(name, where + ".decisions: " + q.decisions().size() + " decisions; a quarter may "
                        + "have at most " + dev.capex.scenario.Limits.DECISIONS_PER_QUARTER + " (docs/limits.md)");
            }
            for (int j = 0; j < q.decisions().size(); j++) {
                if (q.decisions().get(j) == null) {
                    throw new SaveException(name, where + ".decisions[" + j + "]: expected a decision, found null");
                }
                String tooLarge = dev.capex.scenario.Limits.decisionProblem(q.decisions().get(j));
                if (tooLarge != null) {
                    throw new SaveException(name, where + ".decisions[" + j + "]." + tooLarge + " (docs/limits.md)");
                }
            }
            for (Integer r : q.refused()) {
                if (r == null || r < 0 || r >= q.decisions().size()) {
                    throw new SaveException(name, where + ".refused: " + r + " is not the index of one of its "
                            + q.decisions().size() + " decisions");
                }
            }
            if (q.digest() == null || !SHA256.matcher(q.digest()).matches()) {
                throw new SaveException(name, where + ".digest: expected 64 lowercase hex digits (a SHA-256)");
            }
            if (q.figures() == null) {
                throw new SaveException(name, where + ".figures: missing");
            }
            expected = expected.plus(1);
        }
        return new SaveFile(writtenIn, raw.programVersion(), raw.created(), raw.team(), raw.scenarioId(),
                sha, raw.seed(), raw.parent(), raw.quarters(), sc);
    }

    private static Quarter quarter(String name, String field, String text) throws SaveException {
        try {
            return Quarter.parse(text);
        } catch (IllegalArgumentException e) {
            throw new SaveException(name, field + ": " + e.getMessage());
        }
    }

    private static void require(String name, String value, String field) throws SaveException {
        if (value == null || value.isBlank()) {
            throw new SaveException(name, field + ": missing or empty");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 12 ? s.substring(0, 12) : s;
    }

    private static String at(JsonLocation loc) {
        return loc == null || loc.getLineNr() <= 0 ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    /** Jackson's message for a value of the wrong kind, in a player's words. */
    static String describe(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidTypeIdException t) {
            return "unknown decision type '" + t.getTypeId() + "' (expected one of " + String.join(", ", LeverRules.TYPES)
                    + ")";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f) {
            return "expected " + kind(f.getTargetType()) + ", found \"" + f.getValue() + "\"";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && m.getTargetType() != null) {
            String msg = firstLine(e.getOriginalMessage());
            java.util.regex.Matcher missing = Pattern.compile("Missing required creator property '([^']*)'").matcher(msg);
            if (missing.find()) {
                return "missing field '" + missing.group(1) + "'";
            }
            return "expected " + kind(m.getTargetType());
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String kind(Class<?> c) {
        if (c == long.class || c == int.class || c == Long.class || c == Integer.class) {
            return "a whole number";
        }
        if (c == double.class || c == Double.class) {
            return "a number";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "true or false";
        }
        if (c == String.class) {
            return "text";
        }
        if (c.isEnum()) {
            List<String> names = new java.util.ArrayList<>();
            for (Object k : c.getEnumConstants()) {
                names.add(((Enum<?>) k).name());
            }
            return "one of " + String.join(", ", names);
        }
        if (java.util.Collection.class.isAssignableFrom(c)) {
            return "a list";
        }
        return "an object";
    }

    /** Jackson's messages run over several lines and quote Java types; a save message is one line. */
    static String firstLine(String message) {
        if (message == null) {
            return "invalid";
        }
        String s = message.strip();
        int nl = s.indexOf('\n');
        return dev.capex.scenario.JsonMessages.plain(nl < 0 ? s : s.substring(0, nl).strip());
    }

    static String path(JsonMappingException m) {
        return dev.capex.scenario.ScenarioLoader.path(m);
    }

    /** The program's version (the jar's Implementation-Version, "dev" when run from classes). */
    public static String programVersion() {
        String v = SaveJson.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Decisions as JSON text, as in plan files (for messages and reports). */
    public static String decisionJson(Decision d) {
        try {
            return DecisionJson.mapper().disable(SerializationFeature.INDENT_OUTPUT).writerFor(Decision.class)
                    .writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
