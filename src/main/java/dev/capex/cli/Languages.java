package dev.capex.cli;

import dev.capex.report.Msg;
import java.util.Locale;

/** --lang de|en, or the locale when it is not given; anything else is a wrong command line. */
final class Languages {
    private Languages() {
    }

    static void use(String lang) {
        if (lang != null && !lang.isBlank() && !lang.toLowerCase(Locale.ROOT).matches("de|en|deutsch|english")) {
            throw new ExitCodes.Failure(ExitCodes.USAGE, "--lang " + lang + ": choose de (German) or en (English)");
        }
        Msg.use(Msg.fromEnvironment(lang, System::getenv));
    }
}
