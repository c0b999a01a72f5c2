package dev.capex.report.i18n;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The player's language: every text of the dashboard, the plain mode, the help and the debrief comes
 * from the bundles src/main/resources/i18n/capex.properties (English) and capex_de.properties (German),
 * chosen with {@code --lang de|en} or, without it, by the locale (LANG/LC_ALL starting with "de").
 * Texts are {@link String#format} patterns (Locale.ROOT numbers, so saves and tests read alike).
 * A test fails when a key used here is missing from a bundle or a bundle holds a key no code uses.
 */
public final class Msg {
    public static final String BUNDLE = "i18n.capex";
    private static volatile Locale locale = Locale.ENGLISH;
    private static volatile ResourceBundle bundle = load(Locale.ENGLISH);

    private Msg() {
    }

    private static ResourceBundle load(Locale l) {
        return ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Switches the language of every text from now on ("de" or "en"; anything else is English). */
    public static void use(String lang) {
        Locale l = lang != null && lang.toLowerCase(Locale.ROOT).startsWith("de") ? Locale.GERMAN : Locale.ENGLISH;
        locale = l;
        bundle = load(l);
    }

    /** The language asked for, else the environment's (LC_ALL, LC_MESSAGES, LANG), else English. */
    public static String fromEnvironment(String asked, java.util.function.Function<String, String> env) {
        if (asked != null && !asked.isBlank()) {
            return asked;
        }
        for (String v : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String x = env.apply(v);
            if (x != null && !x.isBlank()) {
                return x.toLowerCase(Locale.ROOT).startsWith("de") ? "de" : "en";
            }
        }
        return "en";
    }

    public static boolean german() {
        return Locale.GERMAN.equals(locale);
    }

    public static Locale locale() {
        return locale;
    }

    /** The English pattern of {@code key} whatever the language (the engine's sentences are matched by it). */
    public static String english(String key) {
        try {
            return load(Locale.ENGLISH).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The text of {@code key}, with the arguments put in. */
    public static String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing text must never stop a game; the bundle test names it before it ships.
            pattern = key;
        }
        // Always a pattern, so that "%%" is a percent sign with or without arguments.
        return pattern.indexOf('%') < 0 ? pattern : String.format(Locale.ROOT, pattern, args);
    }
}
