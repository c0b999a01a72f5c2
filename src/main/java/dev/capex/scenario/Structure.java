package dev.capex.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a JSON tree against the shape of a record, by reflection on its components: unknown fields,
 * missing fields, nulls and wrong types, all of them in one walk. Supported field types are the ones the
 * scenario uses: records, List&lt;X&gt;, String, int, long, double, boolean and their boxes.
 * <p>
 * A tree that passes the check is then bound to the records by {@link #bind} with their canonical
 * constructors, giving what Jackson's strict mapper gives (a test holds the two equal) without building
 * Jackson's deserializers, which costs a fifth of a second at start-up. Each record's components are
 * looked up once ({@link Shape}).
 */
final class Structure {
    /** A structural problem: the path, whether it points at the field name rather than the value, and what is wrong. */
    record Issue(String path, Where where, String message) {
    }

    enum Where {
        /** The value at the path. */
        VALUE,
        /**
         * The value at the path, a text outside its field's vocabulary: the scenario still binds (the field
         * is left empty) so that the semantic checks report their problems alongside.
         */
        VOCABULARY,
        /** The name of the field at the path. */
        NAME,
        /** The object that should contain the path (a missing field). */
        PARENT
    }

    /** From this many missing fields in one object on, they are reported as one problem. */
    static final int MANY_MISSING = 4;

    private final List<Issue> issues = new ArrayList<>();

    /** A record type's components, their names and generic types, and its canonical constructor, found once. */
    private record Shape(String[] names, Type[] types, Set<String> known, Constructor<?> constructor) {
        static Shape of(Class<?> record) {
            RecordComponent[] comps = record.getRecordComponents();
            String[] names = new String[comps.length];
            Type[] types = new Type[comps.length];
            Class<?>[] raw = new Class<?>[comps.length];
            Set<String> known = new LinkedHashSet<>();
            for (int i = 0; i < comps.length; i++) {
                names[i] = comps[i].getName();
                types[i] = comps[i].getGenericType();
                raw[i] = comps[i].getType();
                known.add(names[i]);
            }
            try {
                Constructor<?> c = record.getDeclaredConstructor(raw);
                c.setAccessible(true);
                return new Shape(names, types, java.util.Collections.unmodifiableSet(known), c);
            } catch (NoSuchMethodException | RuntimeException e) {
                throw new IllegalStateException("no canonical constructor for " + record, e);
            }
        }
    }

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private static Shape shape(Class<?> record) {
        return SHAPES.computeIfAbsent(record, Shape::of);
    }

    /**
     * Whether a record's component may be left out of the JSON (bound as null): the German texts beside the
     * English ones ({@link dev.capex.engine.model.Scenario.German}), the {@code "de"} object and each text in it.
     */
    static boolean optional(Class<?> owner, Type component) {
        return dev.capex.engine.model.Scenario.German.class.isAssignableFrom(owner)
                || dev.capex.engine.model.Scenario.German.class.isAssignableFrom(raw(component));
    }

    /** Whether a path is a text of a German translation ("events[2].de.title"). */
    static boolean german(String path) {
        return path.contains(".de.") || path.startsWith("de.");
    }

    static List<Issue> check(JsonNode root, Class<?> recordType) {
        Structure s = new Structure();
        s.walk(root, recordType, "");
        return s.issues;
    }

    private void walk(JsonNode node, Type type, String path) {
        Class<?> raw = raw(type);
        if (node == null || node.isNull()) {
            issues.add(new Issue(path, Where.VALUE, "null is not allowed: expected " + expected(type)));
            return;
        }
        if (raw.isRecord()) {
            if (!node.isObject()) {
                issues.add(new Issue(path, Where.VALUE, "expected " + expected(type) + ", got " + describe(node)));
                return;
            }
            Shape shape = shape(raw);
            Set<String> known = shape.known();
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                if (!known.contains(n)) {
                    issues.add(new Issue(join(path, n), Where.NAME, unknown(n, known, raw)));
                }
            }
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < shape.names().length; i++) {
                if (!node.has(shape.names()[i]) && !optional(raw, shape.types()[i])) {
                    missing.add(i);
                }
            }
            if (missing.size() >= MANY_MISSING) {
                // A half-written object: one problem listing what is missing reads better than a screenful.
                issues.add(new Issue(path, Where.VALUE, "missing " + missing.size() + " fields of " + raw.getSimpleName()
                        + ": " + String.join(", ", missing.stream().map(i -> shape.names()[i]).toList())));
            } else {
                for (int i : missing) {
                    issues.add(new Issue(join(path, shape.names()[i]), Where.PARENT, "missing field: expected "
                            + expected(shape.types()[i])));
                }
            }
            for (int i = 0; i < shape.names().length; i++) {
                JsonNode child = node.get(shape.names()[i]);
                if (child != null) {
                    walk(child, shape.types()[i], join(path, shape.names()[i]));
                }
            }
        } else if (raw == List.class) {
            if (!node.isArray()) {
                issues.add(new Issue(path, Where.VALUE, "expected " + expected(type) + ", got " + describe(node)));
                return;
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            int max = Limits.list(lastName(path));
            if (node.size() > max) {
                // Refused whole, its elements unread: one problem, not one for each of 200,000 entries.
                issues.add(new Issue(path, Where.VALUE, "a list of " + node.size() + " entries; at most " + max
                        + " are allowed (docs/limits.md)"));
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), element, path + "[" + i + "]");
            }
        } else if (raw == String.class) {
            if (!node.isTextual()) {
                issues.add(new Issue(path, Where.VALUE, "expected " + expected(type) + ", got " + describe(node)));
            } else if (node.textValue().isBlank() && german(path)) {
                issues.add(new Issue(path, Where.VALUE, "an empty German text: write the German, or leave the field out "
                        + "to show the English"));
            } else {
                String name = lastName(path);
                int max = name.equals("id") || name.equals("name") || name.endsWith("Id") ? Limits.NAME : Limits.TEXT;
                int length = node.textValue().length();
                if (length > max) {
                    issues.add(new Issue(path, Where.VALUE, "a text of " + length + " characters; at most " + max
                            + " are allowed (docs/limits.md)"));
                }
            }
        } else if (raw.isEnum()) {
            if (!node.isTextual()) {
                issues.add(new Issue(path, Where.VALUE, "expected " + expected(type) + ", got " + describe(node)));
            } else if (constant(raw, node.textValue()) == null) {
                issues.add(new Issue(path, Where.VOCABULARY, "'" + node.textValue() + "' is not one of: "
                        + String.join(", ", names(raw))));
            }
        } else if (raw == int.class || raw == Integer.class) {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                issues.add(new Issue(path, Where.VALUE, "expected " + expected(type) + ", got " + describe(node)));
            }
        } else if (raw == long.class || raw == Long.class) {
            if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                issues.add(new Issue(path, Where.VALUE, "expected " + expected(type) + ", got " + describe(node)));
            }
        } else if (raw == double.class || raw == Double.class) {
            if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
                issues.add(new Issue(path, Where.VALUE, "expected " + expected(type) + ", got " + describe(node)));
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (!node.isBoolean()) {
                issues.add(new Issue(path, Where.VALUE, "expected " + expected(type) + ", got " + describe(node)));
            }
        } else {
            throw new IllegalStateException("the scenario validator does not know the field type " + type + " at " + path);
        }
    }

    /**
     * Binds a tree that {@link #check} found clean to the record type, as Jackson's strict mapper does:
     * canonical constructors, lists as ArrayLists, numbers converted as Jackson converts them (a whole
     * number in a double field is that number).
     */
    static <T> T bind(JsonNode root, Class<T> recordType) {
        return recordType.cast(value(root, recordType));
    }

    private static Object value(JsonNode node, Type type) {
        if (node == null) {
            return null; // an optional field left out (check lets no other field be missing)
        }
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            Shape shape = shape(raw);
            Object[] args = new Object[shape.names().length];
            for (int i = 0; i < args.length; i++) {
                args[i] = value(node.get(shape.names()[i]), shape.types()[i]);
            }
            try {
                return shape.constructor().newInstance(args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot construct " + raw.getSimpleName() + ": " + e, e);
            }
        }
        if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> list = new ArrayList<>(node.size());
            for (JsonNode n : node) {
                list.add(value(n, element));
            }
            return list;
        }
        if (raw == String.class) {
            return node.textValue();
        }
        if (raw.isEnum()) {
            return constant(raw, node.textValue());
        }
        if (raw == int.class || raw == Integer.class) {
            return node.intValue();
        }
        if (raw == long.class || raw == Long.class) {
            return node.longValue();
        }
        if (raw == double.class || raw == Double.class) {
            return node.doubleValue();
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return node.booleanValue();
        }
        throw new IllegalStateException("the scenario binder does not know the field type " + type);
    }

    /** The field name a path ends with: "competitors" for competitors, and for competitors[3].eloPath[2] "eloPath". */
    static String lastName(String path) {
        String p = path;
        while (p.endsWith("]")) {
            int open = p.lastIndexOf('[');
            if (open < 0) {
                break;
            }
            p = p.substring(0, open);
        }
        int dot = p.lastIndexOf('.');
        return dot < 0 ? p : p.substring(dot + 1);
    }

    /** The constant of an enum spelled {@code name} (as in scenario files), or null. */
    static Object constant(Class<?> enumType, String name) {
        for (Object c : enumType.getEnumConstants()) {
            if (((Enum<?>) c).name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** The names of an enum's constants, as scenario files spell them. */
    static java.util.List<String> names(Class<?> enumType) {
        List<String> out = new ArrayList<>();
        for (Object c : enumType.getEnumConstants()) {
            out.add(((Enum<?>) c).name());
        }
        return out;
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unsupported type " + type);
    }

    /** What a field of this type holds, for messages: "a whole number", "a list of numbers". */
    static String expected(Type type) {
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            return "an object (" + raw.getSimpleName() + ")";
        }
        if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            Class<?> e = raw(element);
            if (e.isRecord()) {
                return "a list of objects (" + e.getSimpleName() + ")";
            }
            if (e == String.class) {
                return "a list of texts in quotes";
            }
            if (e.isEnum()) {
                return "a list of texts in quotes, each one of: " + String.join(", ", names(e));
            }
            return "a list of " + (e == double.class || e == Double.class ? "numbers" : "whole numbers");
        }
        if (raw == String.class) {
            return "a text in quotes";
        }
        if (raw.isEnum()) {
            return "one of: " + String.join(", ", names(raw));
        }
        if (raw == int.class || raw == Integer.class) {
            return "a whole number";
        }
        if (raw == long.class || raw == Long.class) {
            return "a whole number";
        }
        if (raw == double.class || raw == Double.class) {
            return "a number";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "true or false";
        }
        return raw.getSimpleName();
    }

    static String describe(JsonNode n) {
        if (n.isTextual()) {
            String t = n.asText();
            return "the text \"" + (t.length() > 40 ? t.substring(0, 40) + "..." : t) + "\"";
        }
        if (n.isIntegralNumber()) {
            return n.canConvertToLong() ? "the whole number " + n.asText() : "the number " + n.asText() + " (too large)";
        }
        if (n.isNumber()) {
            return Double.isFinite(n.asDouble()) ? "the number " + n.asText() : "a number too large to use";
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        if (n.isArray()) {
            return "a list";
        }
        if (n.isObject()) {
            return "an object";
        }
        return n.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    private static String unknown(String name, Set<String> known, Class<?> record) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = k.equalsIgnoreCase(name) ? 0 : distance(k.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        if (best != null && bestDistance <= Math.max(2, name.length() / 4)) {
            return "unknown field '" + name + "': did you mean '" + best + "'?";
        }
        return "unknown field '" + name + "' (" + record.getSimpleName() + " has: " + String.join(", ", known) + ")";
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
