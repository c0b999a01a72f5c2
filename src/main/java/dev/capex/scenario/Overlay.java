package dev.capex.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.capex.scenario.ScenarioException.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scenario overlays (docs/scenario-format.md, "Variants"): a scenario file that says
 * {@code "extends": "meta-2025"} holds only its differences from that scenario. The overlay is merged
 * onto its base, JSON tree onto JSON tree, before the merged tree is checked and bound like any
 * scenario:
 * <ul>
 * <li>objects merge field by field, recursively;</li>
 * <li>lists whose elements are all objects with an {@code "id"} (lenders, sites, events, ...) merge by
 * id: an overlay element with the id of a base element is merged into it, in the base's place; one
 * with a new id is added at the end, in the overlay's order; {@code {"id": "x", "$remove": true}}
 * removes the base's element x;</li>
 * <li>any other value, lists without ids included, replaces the base's.</li>
 * </ul>
 * A base may itself extend another. Every value of the merged tree remembers the file and path it came
 * from, so that a problem is reported at its line and column in the file that holds it: the overlay
 * for what the overlay says, the base for what it inherits.
 */
final class Overlay {
    static final String EXTENDS = "extends";
    static final String REMOVE = "$remove";
    /** The German texts beside a scenario object's English ones. */
    static final String GERMAN = "de";
    private static final int MAX_DEPTH = 8;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Finds the text of a base scenario by its id, or null when there is none. */
    interface Bases {
        /** The base's file name (for messages) and text, or null. */
        Source find(String id);

        /** Where bases were looked for, for the message when one is missing. */
        String lookedIn(String id);
    }

    /** A scenario's text and the name it is reported under. */
    record Source(String name, String text) {
    }

    /** A file read in the chain: its name and where everything in it is. */
    record File(String name, JsonLocations locations) {
    }

    /** Where a value of the merged tree comes from: a file of the chain and the path in that file. */
    record Origin(int file, String path) {
    }

    /** The merged tree, the files it came from (the overlay first) and each value's origin. */
    static final class Resolved {
        final JsonNode tree;
        final List<File> files;
        /** Null for a single file (every path is its own origin in file 0). */
        final Map<String, Origin> origins;

        Resolved(JsonNode tree, List<File> files, Map<String, Origin> origins) {
            this.tree = tree;
            this.files = files;
            this.origins = origins;
        }

        Origin origin(String path) {
            return origins == null ? new Origin(0, path) : origins.get(path);
        }

        /**
         * The problem at a path of the merged tree, located in the file that holds it: the path's own
         * origin, or that of its nearest ancestor in the tree (a missing field: the object that lacks it).
         */
        Problem problem(String path, Structure.Where where, String message) {
            String p = path;
            String rest = "";
            Origin o;
            while ((o = origin(p)) == null && !p.isEmpty()) {
                String parent = JsonLocations.parent(p);
                rest = p.substring(parent.length()) + rest;
                p = parent;
            }
            if (o == null) {
                o = new Origin(0, "");
            }
            File f = files.get(o.file());
            String field = o.path() + (o.path().isEmpty() && rest.startsWith(".") ? rest.substring(1) : rest);
            JsonLocations.Pos pos = switch (where) {
                case NAME -> rest.isEmpty() ? f.locations().nameOf(o.path()) : f.locations().valueOf(o.path());
                case PARENT -> rest.isEmpty() ? f.locations().valueOf(JsonLocations.parent(o.path()))
                        : f.locations().valueOf(o.path());
                default -> f.locations().valueOf(o.path());
            };
            return new Problem(f.name(), pos.line(), pos.column(), field, message);
        }
    }

    /**
     * Reads a scenario and, if it extends another, its bases, and merges them. Returns null after
     * adding to {@code problems} when the chain cannot be read (a syntax error in any file, a missing
     * or circular base); the merged tree otherwise (problems may still have been added: duplicate
     * fields).
     */
    static Resolved resolve(JsonFactory factory, String name, String text, Bases bases, List<Problem> problems) {
        return resolve(factory, name, text, bases, problems, new ArrayList<>());
    }

    private static Resolved resolve(JsonFactory factory, String name, String text, Bases bases, List<Problem> problems,
            List<String> chain) {
        JsonLocations locations = JsonLocations.scan(factory, text);
        for (JsonLocations.Issue i : locations.issues()) {
            problems.add(new Problem(name, i.pos().line(), i.pos().column(), i.path(), i.message()));
        }
        if (locations.syntaxError()) {
            return null;
        }
        File file = new File(name, locations);
        JsonNode tree = locations.tree();
        JsonNode ext = tree.isObject() ? tree.get(EXTENDS) : null;
        if (ext == null) {
            return new Resolved(tree, List.of(file), null);
        }
        JsonLocations.Pos at = locations.valueOf(EXTENDS);
        if (!ext.isTextual() || ext.asText().isBlank()) {
            problems.add(new Problem(name, at.line(), at.column(), EXTENDS,
                    "expected the id of the scenario this one extends, such as \"meta-2025\""));
            return null;
        }
        String id = ext.asText();
        chain.add(name);
        if (chain.size() > MAX_DEPTH) {
            problems.add(new Problem(name, at.line(), at.column(), EXTENDS, "extends a chain of more than " + MAX_DEPTH
                    + " scenarios: " + String.join(" -> ", chain)));
            return null;
        }
        Source base = bases == null ? null : bases.find(id);
        if (base == null) {
            problems.add(new Problem(name, at.line(), at.column(), EXTENDS, "no scenario '" + id + "' to extend"
                    + (bases == null ? "" : " (looked in " + bases.lookedIn(id) + ")")));
            return null;
        }
        if (chain.contains(base.name())) {
            problems.add(new Problem(name, at.line(), at.column(), EXTENDS, "scenarios extend each other in a circle: "
                    + String.join(" -> ", chain) + " -> " + base.name()));
            return null;
        }
        Resolved parent = resolve(factory, base.name(), base.text(), bases, problems, chain);
        if (parent == null) {
            return null;
        }
        if (!parent.tree.isObject() || !tree.isObject()) {
            return new Resolved(tree, List.of(file), null); // the shape check reports the root that is not an object
        }
        List<File> files = new ArrayList<>();
        files.add(file);
        files.addAll(parent.files);
        Merger m = new Merger(parent, problems, file);
        ObjectNode overlay = ((ObjectNode) tree).deepCopy();
        overlay.remove(EXTENDS);
        JsonNode merged = m.merge(parent.tree, "", overlay, "", "");
        return new Resolved(merged, files, m.origins);
    }

    /** Merges an overlay (file 0) onto a resolved base (whose files are numbered from 1). */
    private static final class Merger {
        final Resolved base;
        final List<Problem> problems;
        final File overlayFile;
        final Map<String, Origin> origins = new HashMap<>();

        Merger(Resolved base, List<Problem> problems, File overlayFile) {
            this.base = base;
            this.problems = problems;
            this.overlayFile = overlayFile;
        }

        /**
         * An English text the overlay changes without giving its German: the base's German of it says something
         * else now, so it is dropped and the overlay's English is shown (docs/scenario-format.md, German texts).
         */
        private static void dropStaleGerman(ObjectNode out, JsonNode o) {
            if (!(out.get(GERMAN) instanceof ObjectNode inherited)) {
                return;
            }
            JsonNode given = o.get(GERMAN);
            ObjectNode de = inherited.deepCopy();
            for (Iterator<String> names = o.fieldNames(); names.hasNext(); ) {
                String k = names.next();
                if (o.get(k).isTextual() && de.has(k) && (given == null || !given.has(k))) {
                    de.remove(k);
                }
            }
            if (de.size() != inherited.size()) {
                if (de.isEmpty()) {
                    out.remove(GERMAN);
                } else {
                    out.set(GERMAN, de);
                }
            }
        }

        private Origin fromBase(String basePath) {
            Origin o = base.origin(basePath);
            return o == null ? null : new Origin(o.file() + 1, o.path());
        }

        JsonNode merge(JsonNode b, String bPath, JsonNode o, String oPath, String path) {
            if (b.isObject() && o.isObject()) {
                origins.put(path, new Origin(0, oPath));
                ObjectNode out = NODES.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> it = b.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    String k = e.getKey();
                    JsonNode ov = o.get(k);
                    out.set(k, ov == null ? copyBase(e.getValue(), join(bPath, k), join(path, k))
                            : merge(e.getValue(), join(bPath, k), ov, join(oPath, k), join(path, k)));
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (!b.has(e.getKey())) {
                        out.set(e.getKey(), copyOverlay(e.getValue(), join(oPath, e.getKey()), join(path, e.getKey())));
                    }
                }
                dropStaleGerman(out, o);
                return out;
            }
            if (b.isArray() && o.isArray() && byId(b) && byId(o)) {
                return mergeById(b, bPath, o, oPath, path);
            }
            return copyOverlay(o, oPath, path);
        }

        private JsonNode mergeById(JsonNode b, String bPath, JsonNode o, String oPath, String path) {
            origins.put(path, new Origin(0, oPath));
            Map<String, Integer> overlayIndex = new LinkedHashMap<>();
            for (int i = 0; i < o.size(); i++) {
                String id = o.get(i).get("id").asText();
                if (overlayIndex.putIfAbsent(id, i) != null) {
                    JsonLocations.Pos pos = overlayFile.locations().valueOf(oPath + "[" + i + "].id");
                    problems.add(new Problem(overlayFile.name(), pos.line(), pos.column(), oPath + "[" + i + "].id",
                            "the id '" + id + "' is given twice in this list"));
                }
            }
            ArrayNode out = NODES.arrayNode();
            Set<String> inBase = new HashSet<>();
            for (int i = 0; i < b.size(); i++) {
                JsonNode be = b.get(i);
                String id = be.get("id").asText();
                inBase.add(id);
                Integer oi = overlayIndex.get(id);
                String at = path + "[" + out.size() + "]";
                if (oi == null) {
                    out.add(copyBase(be, bPath + "[" + i + "]", at));
                } else if (!removes(o.get(oi))) {
                    out.add(merge(be, bPath + "[" + i + "]", o.get(oi), oPath + "[" + oi + "]", at));
                }
            }
            for (Map.Entry<String, Integer> e : overlayIndex.entrySet()) {
                if (inBase.contains(e.getKey())) {
                    continue;
                }
                int i = e.getValue();
                String op = oPath + "[" + i + "]";
                if (removes(o.get(i))) {
                    JsonLocations.Pos pos = overlayFile.locations().valueOf(op + "." + REMOVE);
                    problems.add(new Problem(overlayFile.name(), pos.line(), pos.column(), op + "." + REMOVE,
                            "the base has no element with the id '" + e.getKey() + "' in this list to remove"));
                    continue;
                }
                out.add(copyOverlay(o.get(i), op, path + "[" + out.size() + "]"));
            }
            return out;
        }

        private static boolean removes(JsonNode e) {
            JsonNode r = e.get(REMOVE);
            return r != null && r.asBoolean(false);
        }

        /** Whether a list merges by id: every element an object with a text "id". */
        private static boolean byId(JsonNode list) {
            for (JsonNode e : list) {
                JsonNode id = e.isObject() ? e.get("id") : null;
                if (id == null || !id.isTextual()) {
                    return false;
                }
            }
            return true;
        }

        private JsonNode copyBase(JsonNode n, String bPath, String path) {
            Origin o = fromBase(bPath);
            if (o != null) {
                origins.put(path, o);
            }
            if (n.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    copyBase(e.getValue(), join(bPath, e.getKey()), join(path, e.getKey()));
                }
            } else if (n.isArray()) {
                for (int i = 0; i < n.size(); i++) {
                    copyBase(n.get(i), bPath + "[" + i + "]", path + "[" + i + "]");
                }
            }
            return n; // the base's tree is not changed afterwards: its nodes can be shared
        }

        private JsonNode copyOverlay(JsonNode n, String oPath, String path) {
            origins.put(path, new Origin(0, oPath));
            if (n.isObject()) {
                ObjectNode out = NODES.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    out.set(e.getKey(), copyOverlay(e.getValue(), join(oPath, e.getKey()), join(path, e.getKey())));
                }
                return out;
            }
            if (n.isArray()) {
                ArrayNode out = NODES.arrayNode();
                for (int i = 0; i < n.size(); i++) {
                    out.add(copyOverlay(n.get(i), oPath + "[" + i + "]", path + "[" + i + "]"));
                }
                return out;
            }
            return n;
        }

        private static String join(String path, String field) {
            return path.isEmpty() ? field : path + "." + field;
        }
    }
}
