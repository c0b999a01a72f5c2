package dev.capex.save;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * The canonical text of a JSON value, which the scenario hash of a save is taken over. Two JSON texts
 * of the same value have the same canonical text whatever their layout, key order or number
 * spelling, so a save may be re-indented without breaking its hash, but any change of a value does.
 *
 * <p>Definition (docs/save-format.md): no whitespace; object members sorted by key in Java
 * {@code String.compareTo} order (UTF-16 code units); arrays in their order; strings with JSON's
 * escapes (quote, backslash, control characters as \\uXXXX or the short forms); {@code true},
 * {@code false}, {@code null}; every number as the exact decimal value of its literal, with trailing
 * zeros stripped, in plain notation without an exponent ("1.50", "15e-1" and "1.5" are all "1.5";
 * "2.0" and "2" are "2"; "-0" is "0"). The text is encoded in UTF-8 and hashed with SHA-256.
 * Numbers must be read as decimals (not doubles) for this to be independent of the JVM.
 */
public final class CanonicalJson {
    private CanonicalJson() {
    }

    public static String text(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        write(node, sb);
        return sb.toString();
    }

    public static String sha256(JsonNode node) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text(node).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void write(JsonNode n, StringBuilder sb) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            sb.append("null");
        } else if (n.isObject()) {
            List<String> keys = new ArrayList<>();
            Iterator<String> it = n.fieldNames();
            it.forEachRemaining(keys::add);
            keys.sort(String::compareTo);
            sb.append('{');
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                string(keys.get(i), sb);
                sb.append(':');
                write(n.get(keys.get(i)), sb);
            }
            sb.append('}');
        } else if (n.isArray()) {
            sb.append('[');
            for (int i = 0; i < n.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(n.get(i), sb);
            }
            sb.append(']');
        } else if (n.isTextual()) {
            string(n.textValue(), sb);
        } else if (n.isBoolean()) {
            sb.append(n.booleanValue());
        } else if (n.isNumber()) {
            sb.append(number(n));
        } else {
            throw new IllegalArgumentException("not a JSON value: " + n.getNodeType());
        }
    }

    static String number(JsonNode n) {
        BigDecimal d;
        if (n.isIntegralNumber()) {
            d = new BigDecimal(n.bigIntegerValue());
        } else if (n.isBigDecimal()) {
            d = n.decimalValue();
        } else {
            // A double read from text: its shortest text in this JVM. Readers of saves use decimals
            // (SaveJson), so this branch only serves values built in memory.
            d = new BigDecimal(Double.toString(n.doubleValue()));
        }
        if (d.signum() == 0) {
            return "0";
        }
        return d.stripTrailingZeros().toPlainString();
    }

    private static void string(String s, StringBuilder sb) {
        sb.append('"').append(JsonStringEncoder.getInstance().quoteAsString(s)).append('"');
    }
}
