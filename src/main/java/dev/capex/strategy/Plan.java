package dev.capex.strategy;

import dev.capex.engine.levers.LeverRules;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.Quarter;
import dev.capex.save.DecisionJson;
import dev.capex.scenario.JsonMessages;
import dev.capex.scenario.Limits;
import dev.capex.scenario.Printable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A plan file: the decisions of each quarter, {"decisions": {"2025Q2": [ {"type": ...}, ... ]}}.
 * Quarters it omits get no decisions. See docs/decisions.md.
 */
public record Plan(String name, Map<Quarter, List<Decision>> decisions) {

    public List<Decision> forQuarter(Quarter q) {
        return decisions.getOrDefault(q, List.of());
    }

    /** A plan file that cannot be read, with where and why. */
    public static final class PlanException extends Exception {
        public PlanException(String message) {
            super(message, null, false, false);
        }
    }

    public static Plan load(Path file) throws PlanException {
        try {
            return parse(file.toString(), Limits.readText(file, Limits.PLAN_BYTES, "a plan file"));
        } catch (Limits.TooLarge e) {
            throw new PlanException(e.getMessage());
        }
    }

    /**
     * The plan's quarters checked against the game it is to play: a quarter before the scenario's first or
     * after its last would be silently ignored, so it is refused; null when every quarter is in the game.
     */
    public String outsideGame(String name, dev.capex.engine.model.Scenario sc) {
        Quarter first = sc.start();
        Quarter last = sc.start().plus(sc.turns() - 1);
        for (Quarter q : decisions.keySet()) {
            if (q.isBefore(first) || q.isAfter(last)) {
                return name + ": decisions." + q + ": the quarter is outside the game (" + sc.id() + " runs from "
                        + first + " to " + last + ")";
            }
        }
        return null;
    }

    public static Plan parse(String name, String text) throws PlanException {
        if (text.isBlank()) {
            throw new PlanException(name + ": is empty");
        }
        if (text.length() > Limits.PLAN_BYTES) {
            throw new PlanException(name + ": is " + Limits.bytes(text.length()) + " long; a plan may be at most "
                    + Limits.bytes(Limits.PLAN_BYTES) + " (docs/limits.md)");
        }
        ObjectMapper m = DecisionJson.mapper();
        try {
            JsonNode root = m.readTree(text);
            if (root == null || !root.isObject()) {
                throw new PlanException(name + ": a plan is a JSON object {\"decisions\": {\"2025Q2\": [...]}}");
            }
            Iterator<String> fields = root.fieldNames();
            while (fields.hasNext()) {
                String f = fields.next();
                if (!f.equals("decisions") && !f.equals("name") && !f.equals("description")) {
                    throw new PlanException(name + ": unknown field '" + f + "' (expected decisions, name, description)");
                }
            }
            JsonNode ds = root.get("decisions");
            if (ds == null || !ds.isObject()) {
                throw new PlanException(name + ": decisions: expected an object of quarters, like {\"2025Q2\": [...]}");
            }
            Map<Quarter, List<Decision>> out = new TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = ds.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                Quarter q;
                try {
                    q = Quarter.parse(e.getKey());
                } catch (IllegalArgumentException ex) {
                    throw new PlanException(name + ": decisions." + e.getKey() + ": " + ex.getMessage());
                }
                if (!e.getValue().isArray()) {
                    throw new PlanException(name + ": decisions." + e.getKey() + ": expected a list of decisions");
                }
                if (e.getValue().size() > Limits.DECISIONS_PER_QUARTER) {
                    throw new PlanException(name + ": decisions." + e.getKey() + ": " + e.getValue().size()
                            + " decisions; a quarter may have at most " + Limits.DECISIONS_PER_QUARTER + " (docs/limits.md)");
                }
                if (out.containsKey(q)) {
                    throw new PlanException(name + ": decisions." + e.getKey() + ": the quarter " + q
                            + " is given twice (put all its decisions in one list)");
                }
                List<Decision> list = new ArrayList<>();
                int i = 0;
                for (JsonNode d : e.getValue()) {
                    String where = "decisions." + e.getKey() + "[" + i++ + "]";
                    list.add(decision(m, name, where, d));
                }
                out.put(q, List.copyOf(list));
            }
            String planName = root.has("name") ? root.get("name").asText() : Path.of(name).getFileName().toString();
            return new Plan(planName, out);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new PlanException(name + (loc != null && loc.getLineNr() > 0 ? ":" + loc.getLineNr() + ":"
                    + loc.getColumnNr() : "") + ": " + JsonMessages.plain(e.getOriginalMessage()));
        }
    }

    /** One decision of a plan or save, with the file and JSON path in any message. */
    public static Decision decision(ObjectMapper m, String file, String where, JsonNode d) throws PlanException {
        if (!d.isObject() || !d.has("type")) {
            throw new PlanException(file + ": " + where + ": a decision is an object with a \"type\" (one of "
                    + String.join(", ", LeverRules.TYPES) + ")");
        }
        String type = d.get("type").asText();
        if (!LeverRules.TYPES.contains(type)) {
            throw new PlanException(file + ": " + where + ": unknown decision type '" + Printable.line(type)
                    + "' (expected one of " + String.join(", ", LeverRules.TYPES) + ")");
        }
        Decision decision;
        try {
            decision = m.treeToValue(d, Decision.class);
        } catch (JsonProcessingException e) {
            String field = e instanceof JsonMappingException jm ? fieldOf(jm) : "";
            throw new PlanException(file + ": " + where + (field.isEmpty() ? "" : "." + field) + ": "
                    + JsonMessages.plain(e.getOriginalMessage()));
        }
        String tooLarge = Limits.decisionProblem(decision);
        if (tooLarge != null) {
            throw new PlanException(file + ": " + where + "." + tooLarge + " (docs/limits.md)");
        }
        return decision;
    }

    private static String fieldOf(JsonMappingException m) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() > 0 ? "." : "").append(r.getFieldName());
            }
        }
        return sb.toString();
    }

    /** Writes decisions as plan JSON (used by saves and for exporting a game as a plan); each carries its "type". */
    public static String toJson(Map<Quarter, List<Decision>> decisions) {
        ObjectMapper m = DecisionJson.mapper();
        com.fasterxml.jackson.databind.node.ObjectNode root = m.createObjectNode();
        com.fasterxml.jackson.databind.node.ObjectNode byQuarter = root.putObject("decisions");
        new TreeMap<>(decisions).forEach((q, ds) -> {
            com.fasterxml.jackson.databind.node.ArrayNode list = byQuarter.putArray(q.toString());
            for (Decision d : ds) {
                com.fasterxml.jackson.databind.node.ObjectNode o = list.addObject();
                o.put("type", LeverRules.type(d));
                JsonNode fields = m.valueToTree(d);
                fields.fields().forEachRemaining(f -> {
                    if (!f.getKey().equals("type")) {
                        o.set(f.getKey(), f.getValue());
                    }
                });
            }
        });
        try {
            return m.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A plan file a person can read: its name, a description and each quarter's decisions one to a line
     * (the layout of scenarios/plans/seeds-2025.json). Reads back with {@link #parse}.
     */
    public static String toFile(String name, String description, Map<Quarter, List<Decision>> decisions) {
        ObjectMapper m = DecisionJson.mapper();
        try {
            JsonNode all = m.readTree(toJson(decisions)).get("decisions");
            StringBuilder sb = new StringBuilder("{\n");
            sb.append("  \"name\": ").append(m.writeValueAsString(name)).append(",\n");
            if (description != null && !description.isBlank()) {
                sb.append("  \"description\": ").append(m.writeValueAsString(description)).append(",\n");
            }
            sb.append("  \"decisions\": {");
            Iterator<Map.Entry<String, JsonNode>> qs = all.fields();
            boolean firstQuarter = true;
            while (qs.hasNext()) {
                Map.Entry<String, JsonNode> q = qs.next();
                sb.append(firstQuarter ? "\n" : ",\n").append("    ").append(m.writeValueAsString(q.getKey())).append(": [");
                firstQuarter = false;
                boolean first = true;
                for (JsonNode d : q.getValue()) {
                    sb.append(first ? "\n" : ",\n").append("      ").append(d.toString());
                    first = false;
                }
                sb.append(first ? "]" : "\n    ]");
            }
            sb.append(firstQuarter ? "}\n" : "\n  }\n").append("}\n");
            return sb.toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
