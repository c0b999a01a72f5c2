package dev.capex.report.levers;

import dev.capex.report.i18n.Msg;
import java.util.function.Supplier;

/** A plain-text command: its word, its arguments and what it does (in the player's language). */
public record Usage(String command, String args, Supplier<String> text) {
    public Usage(String command, String args, String what) {
        this(command, args, () -> what);
    }

    /** What the command does. */
    public String what() {
        return text.get();
    }

    /** "usage: order GENERATION UNITS". */
    public String line() {
        return Msg.t("lever.usage", command, args);
    }
}
