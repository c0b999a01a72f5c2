package dev.capex.report.levers;

/** A typed command that does not parse; the message says how to write it. */
public final class BadCommand extends Exception {
    public BadCommand(String message) {
        super(message, null, false, false);
    }
}
