package dev.capex.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One streaming pass over JSON text that records where every value and every field name starts, keyed
 * by its path ({@code lenders[2].spreadBp}), and finds syntax errors, duplicate fields and trailing
 * content. Paths use dots between fields and [i] for list elements; the root is "".
 * <p>
 * The same pass builds the JSON tree, node for node as Jackson's {@code ObjectMapper.readTree} builds it
 * (ints, longs and big integers by size, doubles, a repeated field's last value), so that the text is
 * parsed once and no ObjectMapper is needed to load a scenario (creating one costs a fifth of a second
 * at start-up).
 */
final class JsonLocations {
    /** A position in the text; line and column count from 1. */
    record Pos(int line, int column) {
        static Pos of(JsonLocation l) {
            return l == null ? new Pos(0, 0) : new Pos(l.getLineNr(), l.getColumnNr());
        }
    }

    /** A problem found while reading: where, the path, and what is wrong. */
    record Issue(Pos pos, String path, String message) {
    }

    private final Map<String, Pos> values = new HashMap<>();
    private final Map<String, Pos> names = new HashMap<>();
    private final List<Issue> issues = new ArrayList<>();
    private boolean syntaxError;
    private JsonNode root;

    private static final class Frame {
        final boolean array;
        final JsonNode node;
        int index = -1;
        String name;

        Frame(boolean array, JsonNode node) {
            this.array = array;
            this.node = node;
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static JsonLocations scan(JsonFactory factory, String text) {
        JsonLocations r = new JsonLocations();
        r.run(factory, text);
        return r;
    }

    private void run(JsonFactory factory, String text) {
        Deque<Frame> stack = new ArrayDeque<>();
        try (JsonParser p = factory.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                issues.add(new Issue(new Pos(0, 0), "", "is empty: expected a JSON object"));
                syntaxError = true;
                return;
            }
            try {
                while (t != null) {
                    Pos here = Pos.of(p.currentTokenLocation());
                    if (t == JsonToken.FIELD_NAME) {
                        stack.peek().name = p.currentName();
                        String path = path(stack);
                        Pos first = names.putIfAbsent(path, here);
                        if (first != null) {
                            issues.add(new Issue(here, path, "duplicate field: it is already given at line " + first.line()
                                    + ", column " + first.column()));
                        }
                    } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                        stack.pop();
                    } else {
                        if (!stack.isEmpty() && stack.peek().array) {
                            stack.peek().index++;
                        }
                        values.putIfAbsent(path(stack), here);
                        JsonNode node = node(t, p);
                        attach(stack.peek(), node);
                        if (t == JsonToken.START_OBJECT) {
                            stack.push(new Frame(false, node));
                        } else if (t == JsonToken.START_ARRAY) {
                            stack.push(new Frame(true, node));
                        }
                    }
                    if (stack.isEmpty()) {
                        break;
                    }
                    t = p.nextToken();
                }
            } catch (JsonProcessingException e) {
                syntaxError = true;
                // Jackson reads a field's value together with its name: the name may be known before the token is.
                String current = p.getParsingContext() == null ? null : p.getParsingContext().getCurrentName();
                if (!stack.isEmpty() && !stack.peek().array && current != null) {
                    stack.peek().name = current;
                }
                issues.add(new Issue(Pos.of(e.getLocation()), path(stack), "syntax error: " + clean(e.getOriginalMessage())));
                return;
            }
            try {
                JsonToken after = p.nextToken();
                if (after != null) {
                    syntaxError = true;
                    issues.add(new Issue(Pos.of(p.currentTokenLocation()), "",
                            "unexpected content after the end of the scenario (the JSON object already ended)"));
                }
            } catch (JsonProcessingException e) {
                syntaxError = true;
                issues.add(new Issue(Pos.of(e.getLocation()), "",
                        "unexpected content after the end of the scenario (the JSON object already ended)"));
            }
        } catch (JsonProcessingException e) {
            syntaxError = true;
            issues.add(new Issue(Pos.of(e.getLocation()), "", "syntax error: " + clean(e.getOriginalMessage())));
        } catch (IOException e) {
            syntaxError = true;
            issues.add(new Issue(new Pos(0, 0), "", "cannot be read: " + e.getMessage()));
        }
    }

    /** The node for the token just read (an empty container for the start of an object or array). */
    private static JsonNode node(JsonToken t, JsonParser p) throws IOException {
        switch (t) {
            case START_OBJECT:
                return NODES.objectNode();
            case START_ARRAY:
                return NODES.arrayNode();
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                // As Jackson's tree reader: the smallest of int, long and BigInteger that holds the value.
                switch (p.getNumberType()) {
                    case INT:
                        return NODES.numberNode(p.getIntValue());
                    case LONG:
                        return NODES.numberNode(p.getLongValue());
                    default:
                        return NODES.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IllegalStateException("unexpected JSON token " + t);
        }
    }

    private void attach(Frame parent, JsonNode node) {
        if (parent == null) {
            root = node;
        } else if (parent.array) {
            ((ArrayNode) parent.node).add(node);
        } else {
            // A repeated field keeps its last value, as in Jackson's tree (the duplicate is reported above).
            ((ObjectNode) parent.node).set(parent.name, node);
        }
    }

    /** The JSON tree of the text; null if it has a syntax error. */
    JsonNode tree() {
        return syntaxError ? null : root;
    }

    private static final Pattern SOURCE = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]");

    /** Jackson's messages, without the source description and with friendlier wording. */
    static String clean(String message) {
        if (message == null) {
            return "malformed JSON";
        }
        Matcher m = SOURCE.matcher(message);
        String s = m.replaceAll("line $1, column $2");
        s = s.replace("Unexpected end-of-input", "the file ends too early");
        s = s.replace("close marker for Object", "a closing '}'");
        s = s.replace("close marker for Array", "a closing ']'");
        return JsonMessages.plain(s.replace('\n', ' ').trim());
    }

    static String path(Deque<Frame> stack) {
        StringBuilder sb = new StringBuilder();
        Iterator<Frame> it = stack.descendingIterator();
        while (it.hasNext()) {
            Frame f = it.next();
            if (f.array) {
                if (f.index >= 0) {
                    sb.append('[').append(f.index).append(']');
                }
            } else if (f.name != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(f.name);
            }
        }
        return sb.toString();
    }

    boolean syntaxError() {
        return syntaxError;
    }

    List<Issue> issues() {
        return issues;
    }

    /**
     * Where the value at {@code path} starts; for a path that is not in the text (a missing field) the
     * nearest enclosing value that is.
     */
    Pos valueOf(String path) {
        String p = path;
        while (true) {
            Pos v = values.get(p);
            if (v != null) {
                return v;
            }
            if (p.isEmpty()) {
                return new Pos(0, 0);
            }
            p = parent(p);
        }
    }

    /** Where the field name of {@code path} is written, or where its value starts. */
    Pos nameOf(String path) {
        Pos n = names.get(path);
        return n != null ? n : valueOf(path);
    }

    static String parent(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut <= 0 ? "" : path.substring(0, cut);
    }
}
