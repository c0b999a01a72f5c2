package dev.capex.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text the player reads exists in English and German, and the bundles hold nothing dead. When you
 * add a text (a new lever's form, a new event), write {@code Msg.t("your.key")} in the code and add the key
 * to BOTH src/main/resources/i18n/capex.properties and capex_de.properties; this test names what is missing.
 * Keys are written whole in the code (never built by concatenation), so that this test can find them.
 */
class BundleKeysTest {
    static final Path EN = Path.of("src/main/resources/i18n/capex.properties");
    static final Path DE = Path.of("src/main/resources/i18n/capex_de.properties");
    static final Pattern USE = Pattern.compile("Msg\\.t\\(\\s*\"([^\"]+)\"");
    static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
    static final Pattern CONVERSION = Pattern.compile("%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?[a-zA-Z%]");

    static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return props;
    }

    static String sources() throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sb.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void everyKeyTheCodeUsesHasAnEnglishAndAGermanText() throws IOException {
        Properties en = load(EN);
        Properties de = load(DE);
        List<String> missing = new ArrayList<>();
        Matcher m = USE.matcher(sources());
        Set<String> used = new TreeSet<>();
        while (m.find()) {
            used.add(m.group(1));
        }
        for (String k : used) {
            if (!en.containsKey(k)) {
                missing.add("key '" + k + "' is used in the code but missing from " + EN + ": add its English text");
            }
            if (!de.containsKey(k)) {
                missing.add("key '" + k + "' is used in the code but missing from " + DE + ": add its German text"
                        + (en.containsKey(k) ? " (English: \"" + en.getProperty(k) + "\")" : ""));
            }
        }
        assertTrue(missing.isEmpty(), missing.size() + " texts missing:\n" + String.join("\n", missing));
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoneIsUnused() throws IOException {
        Properties en = load(EN);
        Properties de = load(DE);
        String src = sources();
        Set<String> literals = new TreeSet<>();
        Matcher m = LITERAL.matcher(src);
        while (m.find()) {
            literals.add(m.group(1));
        }
        List<String> problems = new ArrayList<>();
        for (String k : new TreeSet<>(en.stringPropertyNames())) {
            if (!de.containsKey(k)) {
                problems.add("'" + k + "' is in " + EN + " but not in " + DE + ": add its German text (English: \""
                        + en.getProperty(k) + "\")");
            }
            if (!literals.contains(k)) {
                problems.add("'" + k + "' is in " + EN + " but no code uses it: remove it, or use it as Msg.t(\"" + k
                        + "\")");
            }
        }
        for (String k : new TreeSet<>(de.stringPropertyNames())) {
            if (!en.containsKey(k)) {
                problems.add("'" + k + "' is in " + DE + " but not in " + EN + ": add its English text or remove it");
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void aGermanTextTakesTheSameValuesAsItsEnglishOne() throws IOException {
        Properties en = load(EN);
        Properties de = load(DE);
        List<String> problems = new ArrayList<>();
        for (String k : en.stringPropertyNames()) {
            if (de.containsKey(k) && !conversions(en.getProperty(k)).equals(conversions(de.getProperty(k)))) {
                problems.add(k + ": English " + conversions(en.getProperty(k)) + ", German "
                        + conversions(de.getProperty(k)));
            }
        }
        assertTrue(problems.isEmpty(), "placeholders differ:\n" + String.join("\n", problems));
    }

    /** The placeholders of a pattern, sorted (German may order them differently with %1$s). */
    static List<String> conversions(String pattern) {
        List<String> out = new ArrayList<>();
        Matcher m = CONVERSION.matcher(pattern);
        while (m.find()) {
            String c = m.group();
            out.add(c.substring(c.length() - 1));
        }
        out.sort(null);
        return out;
    }
}
