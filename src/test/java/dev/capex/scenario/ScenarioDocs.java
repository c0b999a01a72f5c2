package dev.capex.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.capex.engine.model.Scenario;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps docs/scenario-format.md and docs/scenario.schema.json in step with the Scenario records and
 * {@link FieldRules}: the field tables' Type and Range columns and the whole schema are generated; the
 * Unit, Meaning and Used-by columns are written by hand in the markdown and carried over.
 *
 * <p>After adding a field to a Scenario record: {@code mvn -q test -Dtest=ScenarioSchemaTest -Dcapex.writeDocs=true}
 * rewrites both files (new fields get a row with an empty meaning to fill in), then describe the field.
 */
final class ScenarioDocs {
    static final Path MARKDOWN = Path.of("docs/scenario-format.md");
    static final Path SCHEMA = Path.of("docs/scenario.schema.json");
    static final String HEADER = "| Field | Type | Range | Unit | Meaning | Used by |";
    static final String RULE = "|---|---|---|---|---|---|";
    static final Pattern BLOCK = Pattern.compile("<!-- fields: (\\w+) -->\\n(.*?)<!-- end fields -->\\n", Pattern.DOTALL);

    private ScenarioDocs() {
    }

    /** A hand-written row: unit, meaning, used by. */
    record Row(String unit, String meaning, String usedBy) {
    }

    /** Every record reachable from Scenario, Scenario first, in declaration order. */
    static Map<String, Class<?>> records() {
        Map<String, Class<?>> out = new LinkedHashMap<>();
        collect(Scenario.class, out);
        return out;
    }

    private static void collect(Class<?> record, Map<String, Class<?>> out) {
        if (out.containsKey(record.getSimpleName())) {
            return;
        }
        out.put(record.getSimpleName(), record);
        for (RecordComponent c : record.getRecordComponents()) {
            Class<?> t = element(c.getGenericType());
            if (t.isRecord()) {
                collect(t, out);
            }
        }
    }

    static Class<?> element(Type type) {
        if (type instanceof ParameterizedType p) {
            return Structure.raw(p.getActualTypeArguments()[0]);
        }
        return Structure.raw(type);
    }

    static boolean isList(Type type) {
        return Structure.raw(type) == List.class;
    }

    // ---------- markdown ----------

    static Map<String, Map<String, Row>> readRows(String markdown) {
        Map<String, Map<String, Row>> out = new LinkedHashMap<>();
        Matcher m = BLOCK.matcher(markdown);
        while (m.find()) {
            Map<String, Row> rows = new LinkedHashMap<>();
            for (String line : m.group(2).split("\\n")) {
                if (!line.startsWith("| `")) {
                    continue;
                }
                String[] cells = splitRow(line);
                if (cells.length >= 6) {
                    rows.put(cells[0].replace("`", "").trim(), new Row(cells[3].trim(), cells[4].trim(), cells[5].trim()));
                }
            }
            out.put(m.group(1), rows);
        }
        return out;
    }

    /** Splits a table row on unescaped pipes. */
    static String[] splitRow(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        String body = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '|') {
                cur.append("\\|");
                i++;
            } else if (c == '|') {
                cells.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        cells.add(cur.toString());
        return cells.toArray(new String[0]);
    }

    /** The markdown with every field table regenerated (hand-written columns kept); missing tables appended. */
    static String syncMarkdown(String markdown) {
        Map<String, Map<String, Row>> existing = readRows(markdown);
        Map<String, Class<?>> records = records();
        StringBuilder out = new StringBuilder();
        Matcher m = BLOCK.matcher(markdown);
        int last = 0;
        while (m.find()) {
            out.append(markdown, last, m.start());
            Class<?> r = records.get(m.group(1));
            if (r != null) {
                out.append(table(r, existing.getOrDefault(m.group(1), Map.of())));
            }
            last = m.end();
        }
        out.append(markdown.substring(last));
        for (Map.Entry<String, Class<?>> e : records.entrySet()) {
            if (!existing.containsKey(e.getKey())) {
                out.append("\n### ").append(e.getKey()).append(" (new: describe it)\n\n").append(table(e.getValue(), Map.of()));
            }
        }
        return out.toString();
    }

    static String table(Class<?> record, Map<String, Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!-- fields: ").append(record.getSimpleName()).append(" -->\n");
        sb.append(HEADER).append('\n').append(RULE).append('\n');
        for (RecordComponent c : record.getRecordComponents()) {
            Row row = rows.getOrDefault(c.getName(), new Row("", "", ""));
            sb.append("| `").append(c.getName()).append("` | ").append(typeText(c)).append(" | ")
                    .append(rangeText(record, c)).append(" | ").append(row.unit()).append(" | ")
                    .append(row.meaning()).append(" | ").append(row.usedBy()).append(" |\n");
        }
        sb.append("<!-- end fields -->\n");
        return sb.toString();
    }

    static String key(Class<?> record, RecordComponent c) {
        return record.getSimpleName() + "." + c.getName() + (isList(c.getGenericType()) ? "[]" : "");
    }

    static String typeText(RecordComponent c) {
        Type t = c.getGenericType();
        Class<?> e = element(t);
        String base;
        if (e.isRecord()) {
            base = "[" + e.getSimpleName() + "](#" + e.getSimpleName().toLowerCase() + ")";
        } else if (e == String.class || e.isEnum()) {
            base = FieldRules.QUARTERS.contains(c.getDeclaringRecord().getSimpleName() + "." + c.getName())
                    ? "quarter" : "text";
        } else if (e == int.class || e == long.class || e == Integer.class || e == Long.class) {
            base = "integer";
        } else if (e == double.class || e == Double.class) {
            base = "number";
        } else if (e == boolean.class || e == Boolean.class) {
            base = "true/false";
        } else {
            base = e.getSimpleName();
        }
        return isList(t) ? "list of " + base : base;
    }

    static String rangeText(Class<?> record, RecordComponent c) {
        String key = key(record, c);
        String plain = record.getSimpleName() + "." + c.getName();
        Class<?> e = element(c.getGenericType());
        FieldRules.Bound b = FieldRules.BOUNDS.get(key);
        if (b != null) {
            return b.describe();
        }
        List<String> vocabulary = FieldRules.ENUMS.get(key);
        if (vocabulary != null) {
            return "one of " + String.join(", ", vocabulary.stream().map(v -> "`" + v + "`").toList());
        }
        if (FieldRules.QUARTERS.contains(plain)) {
            return "like `2025Q2`";
        }
        if (e == String.class && FieldRules.mustNotBeBlank(record.getSimpleName(), c.getName())) {
            return "not empty";
        }
        return "";
    }

    // ---------- JSON Schema ----------

    static ObjectNode schema(String markdown) {
        Map<String, Map<String, Row>> rows = readRows(markdown);
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("title", "Capex scenario");
        root.put("description", "A Capex scenario: the opening position, the world and every parameter of the "
                + "engine's formulas. Generated from the Scenario records and FieldRules; see docs/scenario-format.md. "
                + "`capex validate FILE` runs the complete checks (ranges that depend on other fields, references, "
                + "quarters inside the game).");
        // A scenario that "extends" another is an overlay: every field optional (docs/scenario-format.md, "Variants").
        root.putObject("if").putArray("required").add("extends");
        root.putObject("then").put("$ref", "#/$defs/Overlay");
        ObjectNode full = root.putObject("else");
        recordSchema(full, Scenario.class, rows);
        ObjectNode defs = root.putObject("$defs");
        for (Map.Entry<String, Class<?>> e : records().entrySet()) {
            if (e.getValue() != Scenario.class) {
                ObjectNode d = defs.putObject(e.getKey());
                recordSchema(d, e.getValue(), rows);
            }
        }
        for (Map.Entry<String, Class<?>> e : records().entrySet()) {
            ObjectNode d = defs.putObject(e.getValue() == Scenario.class ? "Overlay" : "Overlay." + e.getKey());
            recordSchema(d, e.getValue(), rows);
            overlaySchema(d, e.getValue() == Scenario.class);
        }
        return root;
    }

    /**
     * Turns a record's schema into its overlay's: no field required; a record field refers to the
     * record's overlay; a list of records with an "id" merges by id, so its items are overlays that may
     * say "$remove"; other lists are replaced whole and keep their full items.
     */
    private static void overlaySchema(ObjectNode d, boolean root) {
        d.remove("required");
        ObjectNode props = (ObjectNode) d.get("properties");
        for (java.util.Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
            ObjectNode p = (ObjectNode) it.next().getValue();
            if (p.has("$ref")) {
                p.put("$ref", p.get("$ref").asText().replace("#/$defs/", "#/$defs/Overlay."));
            } else if (p.has("items") && p.get("items").has("$ref")) {
                String name = p.get("items").get("$ref").asText().replace("#/$defs/", "");
                if (records().get(name) != null && java.util.Arrays.stream(records().get(name).getRecordComponents())
                        .anyMatch(c -> c.getName().equals("id"))) {
                    ((ObjectNode) p.get("items")).put("$ref", "#/$defs/Overlay." + name);
                }
            }
        }
        if (root) {
            ObjectNode ext = JsonNodeFactory.instance.objectNode();
            ext.put("description", "The id of the scenario this one changes (found beside this file, or built in); "
                    + "this file then holds only the differences");
            ext.put("type", "string");
            ext.put("minLength", 1);
            ObjectNode all = JsonNodeFactory.instance.objectNode();
            all.set("extends", ext);
            all.setAll(props);
            d.set("properties", all);
        } else if (props.has("id")) {
            ObjectNode rm = props.putObject("$remove");
            rm.put("description", "true removes the base's element with this id");
            rm.put("type", "boolean");
        }
    }

    private static void recordSchema(ObjectNode node, Class<?> record, Map<String, Map<String, Row>> rows) {
        node.put("type", "object");
        if (record != Scenario.class) {
            node.put("title", record.getSimpleName());
        }
        ObjectNode props = node.putObject("properties");
        ArrayNode required = node.putArray("required");
        Map<String, Row> docs = rows.getOrDefault(record.getSimpleName(), Map.of());
        for (RecordComponent c : record.getRecordComponents()) {
            if (!Structure.optional(record, c.getGenericType())) {
                required.add(c.getName());
            }
            ObjectNode p = props.putObject(c.getName());
            Row row = docs.get(c.getName());
            if (row != null && !row.meaning().isEmpty()) {
                String d = stripMarkdown(row.meaning());
                if (!row.unit().isEmpty() && !row.unit().equals("-")) {
                    d += " [" + stripMarkdown(row.unit()) + "]";
                }
                p.put("description", d);
            }
            String plainKey = record.getSimpleName() + "." + c.getName();
            if (isList(c.getGenericType())) {
                p.put("type", "array");
                ObjectNode items = p.putObject("items");
                leafSchema(items, element(c.getGenericType()), plainKey + "[]", plainKey, record, c);
            } else {
                leafSchema(p, element(c.getGenericType()), plainKey, plainKey, record, c);
            }
        }
        node.put("additionalProperties", false);
    }

    private static void leafSchema(ObjectNode p, Class<?> type, String key, String plainKey, Class<?> record,
            RecordComponent c) {
        if (type.isRecord()) {
            p.put("$ref", "#/$defs/" + type.getSimpleName());
        } else if (type == String.class || type.isEnum()) {
            p.put("type", "string");
            List<String> vocabulary = FieldRules.ENUMS.get(key);
            if (vocabulary != null) {
                ArrayNode e = p.putArray("enum");
                vocabulary.forEach(e::add);
            } else if (FieldRules.QUARTERS.contains(plainKey)) {
                p.put("pattern", FieldRules.QUARTER_PATTERN);
            } else if (FieldRules.mustNotBeBlank(record.getSimpleName(), c.getName())) {
                p.put("minLength", 1);
            }
        } else if (type == boolean.class || type == Boolean.class) {
            p.put("type", "boolean");
        } else {
            boolean integer = type == int.class || type == long.class || type == Integer.class || type == Long.class;
            p.put("type", integer ? "integer" : "number");
            FieldRules.Bound b = FieldRules.BOUNDS.get(key);
            if (b != null) {
                if (Double.isFinite(b.min())) {
                    p.put(b.minExclusive() ? "exclusiveMinimum" : "minimum", number(b.min()));
                }
                if (Double.isFinite(b.max())) {
                    p.put(b.maxExclusive() ? "exclusiveMaximum" : "maximum", number(b.max()));
                }
            }
        }
    }

    private static JsonNode number(double d) {
        return d == StrictMath.rint(d) ? JsonNodeFactory.instance.numberNode((long) d) : JsonNodeFactory.instance.numberNode(d);
    }

    static String stripMarkdown(String s) {
        return s.replace("`", "").replace("\\|", "|").replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
    }

    static String schemaText(ObjectNode schema) throws IOException {
        var printer = new com.fasterxml.jackson.core.util.DefaultPrettyPrinter().withSeparators(
                com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER));
        return new ObjectMapper().writer(printer).writeValueAsString(schema) + "\n";
    }

    /** Rewrites both files. */
    static void write() throws IOException {
        String md = Files.readString(MARKDOWN, StandardCharsets.UTF_8);
        String synced = syncMarkdown(md);
        Files.writeString(MARKDOWN, synced, StandardCharsets.UTF_8);
        Files.writeString(SCHEMA, schemaText(schema(synced)), StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws IOException {
        write();
    }
}
