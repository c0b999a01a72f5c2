package dev.capex.play;

import dev.capex.report.Msg;

import dev.capex.engine.decision.Decision;
import dev.capex.report.levers.BadCommand;
import dev.capex.report.levers.LeverForm;
import dev.capex.report.levers.LeverForms;
import dev.capex.report.levers.Usage;
import java.util.List;
import java.util.Locale;

/**
 * The decisions as typed commands for the plain text mode: short, screen-reader friendly, scriptable.
 * Money in millions of dollars, shares as fractions (0.49) or percents (49%). Each lever's command is
 * written by its form ({@link LeverForms}).
 */
public final class TextCommands {
    private TextCommands() {
    }

    /** Every lever's command, in the order of the engine's levers. */
    public static final List<Usage> DECISIONS = LeverForms.ALL.stream().map(LeverForm::usage).toList();

    /** The decisions part of the text modes' help (the other commands differ between play and workshop). */
    public static void printDecisionHelp(java.io.PrintStream out) {
        out.println(Msg.t("plain.help.decisions"));
        for (Usage u : DECISIONS) {
            out.println(String.format(Locale.ROOT, "  %-12s %-46s %s", u.command(), u.args(), u.what()));
        }
    }

    public static final String AMOUNTS_HELP = "Amounts are in millions of dollars (20000 or 20B); shares as 0.49 or 49%.";

    /** {@link #AMOUNTS_HELP} in the player's language. */
    public static String amountsHelp() {
        return Msg.t("plain.help.amounts");
    }

    public static Decision parse(String line) throws BadCommand {
        if (line.length() > 1000) {
            throw new BadCommand(Msg.t("plain.tooLong"));
        }
        Decision d = parseWords(line);
        String tooLarge = dev.capex.scenario.Limits.decisionProblem(d);
        if (tooLarge != null) {
            throw new BadCommand(tooLarge + " (docs/limits.md)");
        }
        return d;
    }

    private static Decision parseWords(String line) throws BadCommand {
        String[] w = line.trim().split("\\s+");
        String cmd = w[0].toLowerCase(Locale.ROOT);
        LeverForm<?> form = LeverForms.byCommand(cmd);
        if (form == null) {
            throw new BadCommand(Msg.t("plain.unknown", dev.capex.scenario.Printable.line(
                    w[0].length() > 40 ? w[0].substring(0, 40) + "…" : w[0])));
        }
        try {
            return form.parse(w);
        } catch (NumberFormatException e) {
            throw new BadCommand(Msg.t("plain.badNumber", line.trim(), usage(cmd)));
        }
    }

    public static boolean isDecision(String line) {
        return LeverForms.byCommand(line.trim().split("\\s+")[0]) != null;
    }

    public static String usage(String cmd) {
        LeverForm<?> form = LeverForms.byCommand(cmd);
        return form != null ? form.usage().line() : Msg.t("plain.typeHelp");
    }
}
