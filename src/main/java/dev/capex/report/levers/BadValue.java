package dev.capex.report.levers;

/** A number the player wrote in a form that cannot be read; the message says how to write it. */
public final class BadValue extends IllegalArgumentException {
    public BadValue(String message) {
        super(message, null);
    }
}
