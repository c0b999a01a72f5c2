package dev.capex.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's error messages in a player's words: one line, no Java class names, no parser features to
 * enable, no source descriptions. Used for scenarios, saves and plans alike; whatever a message says
 * that is not recognised below keeps its words but loses its Java names.
 */
public final class JsonMessages {
    private JsonMessages() {
    }

    private static final Pattern SOURCE = Pattern.compile("\\s*\\[Source: .*?(; line: (\\d+), column: (\\d+))?\\]");
    private static final Pattern CHAIN = Pattern.compile("\\s*\\(through reference chain: .*\\)");
    private static final Pattern NON_NUMERIC = Pattern.compile("Non-standard token '([^']*)'.*");
    private static final Pattern COERCE = Pattern.compile(
            "Cannot coerce (?:Floating-point|Integer|String) value \\(([^)]*)\\) to `?([\\w.$]+)`? value.*");
    private static final Pattern FROM = Pattern.compile(
            "Cannot deserialize value of type `([\\w.$<>\\[\\]]+)` from (\\w[\\w -]*?)(?: value)?(?: \\(token `[^`]*`\\))?(?: \"(.*?)\")?(?:[:;].*)?$");
    private static final Pattern RANGE = Pattern.compile("Numeric value \\(([^)]*)\\) out of range of (\\w+).*");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'.*");
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized field \"([^\"]*)\".*");
    private static final Pattern UNEXPECTED_CHAR = Pattern.compile(
            "Unexpected character \\('(.{1,2}?)' \\(code (\\d+)\\)\\):?(.*)");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '([^']*)'.*");
    private static final Pattern JAVA_NAME = Pattern.compile("`?(?:class |interface )?(?:dev\\.capex|java|com\\.fasterxml)\\.[\\w.$]*?(\\w+)`?");
    private static final Pattern MISSING = Pattern.compile("Missing required creator property '([^']*)'.*");
    private static final Pattern INVALID_TYPE_ID = Pattern.compile("Could not resolve type id '([^']*)'.*");

    /** A Jackson message as one plain line. */
    public static String plain(String message) {
        if (message == null || message.isBlank()) {
            return "malformed JSON";
        }
        String s = message.replace('\n', ' ').replace('\r', ' ');
        s = SOURCE.matcher(s).replaceAll("");
        s = CHAIN.matcher(s).replaceAll("").strip();
        Matcher m;
        if ((m = NON_NUMERIC.matcher(s)).matches()) {
            return m.group(1) + " is not a number JSON can hold: write a number";
        }
        if ((m = COERCE.matcher(s)).matches()) {
            return "expected " + kind(m.group(2)) + ", found " + m.group(1);
        }
        if ((m = RANGE.matcher(s)).matches()) {
            return "the number " + shorten(m.group(1)) + " is too large";
        }
        if ((m = DUPLICATE.matcher(s)).matches()) {
            return "the field '" + m.group(1) + "' is given twice";
        }
        if ((m = UNRECOGNIZED.matcher(s)).matches()) {
            return "unknown field '" + m.group(1) + "'";
        }
        if ((m = MISSING.matcher(s)).matches()) {
            return "missing field '" + m.group(1) + "'";
        }
        if ((m = INVALID_TYPE_ID.matcher(s)).matches()) {
            return "unknown type '" + m.group(1) + "'";
        }
        if ((m = UNRECOGNIZED_TOKEN.matcher(s)).matches()) {
            return "'" + shorten(m.group(1)) + "' is not a value JSON allows (text needs quotes)";
        }
        if ((m = UNEXPECTED_CHAR.matcher(s)).matches()) {
            int code = Integer.parseInt(m.group(2));
            String what = Limits.printable(code) ? "'" + new String(Character.toChars(code)) + "'" : Printable.escape(code);
            String rest = m.group(3).strip();
            rest = rest.replace("expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                    "expected a value (text in quotes, a number, a list, an object, true, false or null)");
            return "unexpected character " + what + (rest.isEmpty() ? "" : ": " + plainRest(rest));
        }
        if ((m = FROM.matcher(s)).matches()) {
            String found = m.group(2).toLowerCase(java.util.Locale.ROOT);
            found = switch (found) {
                case "string" -> "text" + (m.group(3) != null ? " \"" + shorten(m.group(3)) + "\"" : "");
                case "array" -> "a list";
                case "object" -> "an object";
                case "boolean" -> "true or false";
                case "floating-point", "double" -> "a number with a fraction";
                default -> found.replace("start_array", "a list").replace("start_object", "an object");
            };
            return "expected " + kind(m.group(1)) + ", found " + found;
        }
        s = s.replace("Unexpected end-of-input", "the file ends too early");
        s = s.replace("close marker for Object", "a closing '}'");
        s = s.replace("close marker for Array", "a closing ']'");
        return plainRest(s);
    }

    private static String plainRest(String s) {
        Matcher j = JAVA_NAME.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (j.find()) {
            j.appendReplacement(sb, Matcher.quoteReplacement(kind(j.group(1))));
        }
        j.appendTail(sb);
        String out = sb.toString().replaceAll("\\s*\\(?(?:enable|disable) `?[\\w.]*Feature\\.\\w+`?[^)]*\\)?", "")
                .replaceAll("`", "'").strip();
        return out.isEmpty() ? "malformed JSON" : out;
    }

    /** A Java type in words: long → a whole number, Decision$OrderGpus → an orderGpus decision. */
    static String kind(String type) {
        String words = enumWords(type);
        if (words != null) {
            return words;
        }
        String t = type.replaceAll(".*[.$]", "");
        return switch (t) {
            case "long", "int", "Long", "Integer", "short", "byte", "BigInteger" -> "a whole number";
            case "double", "float", "Double", "Float", "BigDecimal", "Number" -> "a number";
            case "boolean", "Boolean" -> "true or false";
            case "String", "char", "Character" -> "text";
            case "List", "ArrayList", "Collection", "Set" -> "a list";
            case "Map", "LinkedHashMap", "ObjectNode", "JsonNode" -> "an object";
            default -> t.isEmpty() ? "a value" : "a " + Character.toLowerCase(t.charAt(0)) + t.substring(1)
                    + (type.contains("Decision$") ? " decision" : "");
        };
    }

    /** "one of a, b, c" when {@code type} names one of the program's vocabularies (an enum), else null. */
    private static String enumWords(String type) {
        if (!type.startsWith("dev.capex.")) {
            return null;
        }
        try {
            Class<?> c = Class.forName(type, false, JsonMessages.class.getClassLoader());
            if (!c.isEnum()) {
                return null;
            }
            java.util.List<String> names = new java.util.ArrayList<>();
            for (Object k : c.getEnumConstants()) {
                names.add(((Enum<?>) k).name());
            }
            return "one of " + String.join(", ", names);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "…" : s;
    }
}
