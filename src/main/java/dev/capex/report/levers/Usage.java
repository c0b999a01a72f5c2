package dev.capex.report.levers;

/** A plain-text command: its word, its arguments and what it does. */
public record Usage(String command, String args, String what) {
    /** "usage: order GENERATION UNITS". */
    public String line() {
        return "usage: " + command + " " + args;
    }
}
