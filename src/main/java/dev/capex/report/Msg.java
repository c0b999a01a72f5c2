package dev.capex.report;

import java.util.Locale;

/**
 * The player's language (see {@link dev.capex.report.i18n.Msg}, which holds it: the lever forms in
 * report.levers read it from there without a package cycle). This class only passes calls on, so the
 * shell keeps calling Msg.t with a key.
 */
public final class Msg {
    public static final String BUNDLE = dev.capex.report.i18n.Msg.BUNDLE;

    private Msg() {
    }

    /** Switches the language of every text from now on ("de" or "en"; anything else is English). */
    public static void use(String lang) {
        dev.capex.report.i18n.Msg.use(lang);
    }

    /** The language asked for, else the environment's (LC_ALL, LC_MESSAGES, LANG), else English. */
    public static String fromEnvironment(String asked, java.util.function.Function<String, String> env) {
        return dev.capex.report.i18n.Msg.fromEnvironment(asked, env);
    }

    public static boolean german() {
        return dev.capex.report.i18n.Msg.german();
    }

    public static Locale locale() {
        return dev.capex.report.i18n.Msg.locale();
    }

    /** The English pattern of {@code key} whatever the language. */
    public static String english(String key) {
        return dev.capex.report.i18n.Msg.english(key);
    }

    /** The text of {@code key}, with the arguments put in. */
    public static String t(String key, Object... args) {
        return dev.capex.report.i18n.Msg.t(key, args);
    }
}
