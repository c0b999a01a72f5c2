package dev.capex.play;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.decision.Decision.*;
import java.util.List;
import java.util.Locale;

/**
 * The decisions as typed commands for the plain text mode: short, screen-reader friendly, scriptable.
 * Money in millions of dollars, shares as fractions (0.49) or percents (49%).
 */
public final class TextCommands {
    private TextCommands() {
    }

    /** A command that does not parse, with the usage line to show. */
    public static final class BadCommand extends Exception {
        public BadCommand(String message) {
            super(message, null, false, false);
        }
    }

    public record Usage(String command, String args, String what) {
    }

    public static final List<Usage> DECISIONS = List.of(
            new Usage("credit", "LENDER AMOUNT_M [project SITE] [equity SHARE]",
                    "private credit, corporate by default, or a project SPV at a site"),
            new Usage("bond", "AMOUNT_M YEARS", "a public bond at the rating's spread (closes next quarter)"),
            new Usage("equity", "AMOUNT_M", "sell new shares"),
            new Usage("sell", "ASSET outright|saleLeaseback|coDevelopment", "sell land, a site or a share of a build"),
            new Usage("stake", "TARGET SHARE", "buy a stake (0.49 = 49% non-voting; 0.5 or more = control)"),
            new Usage("hire", "STARS PACKAGE_M RIVAL", "hire star researchers (package per star over 4 years)"),
            new Usage("restructure", "PERCENT", "lay off a share of the workforce"),
            new Usage("order", "GENERATION UNITS", "order GPUs (deposit now, the rest on delivery)"),
            new Usage("build", "SITE GW", "build data-center capacity"),
            new Usage("cloud", "PROVIDER H100E QUARTERS", "rent cloud GPU capacity, take-or-pay"),
            new Usage("training", "SHARE", "share of compute that trains models"),
            new Usage("resale", "SHARE", "share of compute rented out"),
            new Usage("rl", "BUDGET_M", "Reality Labs budget per quarter"),
            new Usage("dividend", "PER_SHARE", "dividend per share per quarter"),
            new Usage("buyback", "AMOUNT_M", "buybacks per quarter"),
            new Usage("repay", "DEBT_ID AMOUNT_M", "repay debt early"));

    /** The decisions part of the text modes' help (the other commands differ between play and workshop). */
    public static void printDecisionHelp(java.io.PrintStream out) {
        out.println("Decisions (queued for this quarter; each shows its effect before the quarter is played):");
        for (Usage u : DECISIONS) {
            out.println(String.format(Locale.ROOT, "  %-12s %-46s %s", u.command(), u.args(), u.what()));
        }
    }

    public static final String AMOUNTS_HELP = "Amounts are in millions of dollars (20000 or 20B); shares as 0.49 or 49%.";

    public static Decision parse(String line) throws BadCommand {
        if (line.length() > 1000) {
            throw new BadCommand("a command is at most 1000 characters long; " + "type help for the list of commands");
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
        try {
            return switch (cmd) {
                case "credit" -> {
                    need(w, 3, cmd);
                    String structure = "corporate";
                    String site = null;
                    double equity = 0;
                    for (int i = 3; i < w.length; i++) {
                        if (w[i].equalsIgnoreCase("project") && i + 1 < w.length) {
                            structure = "project";
                            site = w[++i];
                        } else if (w[i].equalsIgnoreCase("equity") && i + 1 < w.length) {
                            equity = share(w[++i]);
                        } else {
                            throw new BadCommand("unexpected '" + w[i] + "'; " + usage(cmd));
                        }
                    }
                    yield new PrivateCredit(w[1], money(w[2]), structure, site, equity);
                }
                case "bond" -> {
                    need(w, 3, cmd);
                    yield new Bond(money(w[1]), Integer.parseInt(w[2]));
                }
                case "equity" -> {
                    need(w, 2, cmd);
                    yield new EquityRaise(money(w[1]));
                }
                case "sell" -> {
                    need(w, 3, cmd);
                    yield new AssetSale(w[1], w[2]);
                }
                case "stake" -> {
                    need(w, 3, cmd);
                    yield new Stake(w[1], share(w[2]));
                }
                case "hire" -> {
                    need(w, 4, cmd);
                    yield new Hire(Integer.parseInt(w[1]), money(w[2]), w[3].toLowerCase(Locale.ROOT));
                }
                case "restructure" -> {
                    need(w, 2, cmd);
                    yield new Restructure(Double.parseDouble(w[1].replace("%", "")));
                }
                case "order" -> {
                    need(w, 3, cmd);
                    yield new OrderGpus(w[1].toUpperCase(Locale.ROOT), units(w[2]));
                }
                case "build" -> {
                    need(w, 3, cmd);
                    yield new Build(w[1], Double.parseDouble(w[2]));
                }
                case "cloud" -> {
                    need(w, 4, cmd);
                    yield new RentCloud(w[1], units(w[2]), Integer.parseInt(w[3]));
                }
                case "training" -> {
                    need(w, 2, cmd);
                    yield new TrainingShare(share(w[1]));
                }
                case "resale" -> {
                    need(w, 2, cmd);
                    yield new ComputeResale(share(w[1]));
                }
                case "rl" -> {
                    need(w, 2, cmd);
                    yield new RealityLabs(money(w[1]));
                }
                case "dividend" -> {
                    need(w, 2, cmd);
                    yield new Dividend(Double.parseDouble(w[1].replace("$", "")));
                }
                case "buyback" -> {
                    need(w, 2, cmd);
                    yield new Buyback(money(w[1]));
                }
                case "repay" -> {
                    need(w, 3, cmd);
                    yield new Repay(w[1], money(w[2]));
                }
                default -> throw new BadCommand("unknown command '" + dev.capex.scenario.Printable.line(
                        w[0].length() > 40 ? w[0].substring(0, 40) + "…" : w[0]) + "'; type help for the list");
            };
        } catch (NumberFormatException e) {
            throw new BadCommand("a number is not written right in '" + line.trim() + "'; " + usage(cmd));
        }
    }

    public static boolean isDecision(String line) {
        String cmd = line.trim().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return DECISIONS.stream().anyMatch(u -> u.command().equals(cmd));
    }

    private static void need(String[] w, int n, String cmd) throws BadCommand {
        if (w.length < n) {
            throw new BadCommand(usage(cmd));
        }
    }

    public static String usage(String cmd) {
        for (Usage u : DECISIONS) {
            if (u.command().equals(cmd)) {
                return "usage: " + u.command() + " " + u.args();
            }
        }
        return "type help for the list of commands";
    }

    /** Millions: 20000, 20B, 20b, 1.5B, 500M. */
    static long money(String s) {
        String t = s.replace("$", "").replace(",", "").toUpperCase(Locale.ROOT);
        if (t.endsWith("B")) {
            return whole(finite(t.substring(0, t.length() - 1)) * 1000);
        }
        if (t.endsWith("M")) {
            t = t.substring(0, t.length() - 1);
        }
        return whole(finite(t));
    }

    /** A typed number, refusing NaN and infinities (Double.parseDouble takes them). */
    private static double finite(String t) {
        double d = Double.parseDouble(t);
        if (!Double.isFinite(d)) {
            throw new NumberFormatException(t);
        }
        return d;
    }

    /** Rounded to a whole number; beyond what a long holds it is refused, not clamped to Long.MAX_VALUE. */
    private static long whole(double d) {
        if (Math.abs(d) >= 9.0e18) {
            throw new NumberFormatException("too large");
        }
        return Math.round(d);
    }

    /** 300000, 300k, 1.3M. */
    static long units(String s) {
        String t = s.replace(",", "").toUpperCase(Locale.ROOT);
        if (t.endsWith("K")) {
            return whole(finite(t.substring(0, t.length() - 1)) * 1000);
        }
        if (t.endsWith("M")) {
            return whole(finite(t.substring(0, t.length() - 1)) * 1_000_000);
        }
        return Long.parseLong(t);
    }

    /** 0.49 or 49%. */
    static double share(String s) {
        if (s.endsWith("%")) {
            return Double.parseDouble(s.substring(0, s.length() - 1)) / 100;
        }
        return Double.parseDouble(s);
    }
}
