package dev.capex.cli;

import dev.capex.analysis.Comparison;
import dev.capex.analysis.ComparisonReport;
import dev.capex.analysis.Replay;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** capex compare: saved games of one scenario side by side, a leaderboard, and choices versus luck. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare saved games of one scenario: their figures quarter by quarter, a leaderboard by "
                + "score, where each pair's decisions first differ, and how much of each gap is choices and how "
                + "much luck (docs/save-format.md).",
            "On a console, without --format or --out, it opens the compare view (←/→ quarter, Tab sections, "
                    + "q quits); otherwise it writes the comparison as text, csv, markdown or json.",
            "Every save is replayed first; a save that does not replay exits 5, an unreadable one 3."})
public final class CompareCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SAVE", arity = "2..*", description = "two or more save files")
    List<String> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv, markdown or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to this file instead of standard output")
    String out;

    @Option(names = "--force", description = "allow --out to replace a save or one of the compared files")
    boolean force;

    @Option(names = "--no-color", description = "draw the compare view without colours")
    boolean noColor;

    @Option(names = "--lang", paramLabel = "de|en",
            description = "the language of the compare view: de (German) or en (English); default: the locale (LANG)")
    String lang;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Languages.use(lang);
        ComparisonReport.Format f;
        try {
            f = ComparisonReport.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ExitCodes.Failure(ExitCodes.USAGE, "--format: '" + format + "' is not one of text, csv, markdown, json");
        }
        if (files.size() > dev.capex.scenario.Limits.TEAMS) {
            throw new ExitCodes.Failure(ExitCodes.USAGE, "compare: at most " + dev.capex.scenario.Limits.TEAMS
                    + " saves at once, got " + files.size() + " (docs/limits.md)");
        }
        if (out != null) {
            Outputs.check("--out", Path.of(out), force, files.stream().map(Path::of).toList());
        }
        List<Replay.Result> replays = new ArrayList<>();
        for (String file : files) {
            replays.add(ReplayCommand.loadVerified(file));
        }
        Comparison c;
        try {
            c = Comparison.of(files, replays);
        } catch (Comparison.DifferentScenarios e) {
            throw new ExitCodes.Failure(ExitCodes.BAD_INPUT, e.getMessage());
        }
        boolean formatGiven = spec != null && spec.commandLine() != null
                && spec.commandLine().getParseResult().hasMatchedOption("--format");
        if (!formatGiven && out == null && System.console() != null) {
            Comparison shown = c;
            try {
                dev.capex.tui.TerminalLauncher.run("Capex compare", false,
                        screen -> new dev.capex.tui.CompareView(shown, screen, !noColor));
            } catch (IOException e) {
                throw new ExitCodes.Failure(ExitCodes.NO_TERMINAL, "the terminal cannot be driven (" + e.getMessage()
                        + "); use --format text");
            }
            return ExitCodes.OK;
        }
        String text = ComparisonReport.render(c, f);
        if (out == null) {
            java.io.PrintStream terminal = dev.capex.scenario.Printable.terminal(System.out);
            terminal.print(text);
            terminal.flush();
        } else {
            Outputs.write(Path.of(out), text);
            System.err.println("Comparison written to " + out);
        }
        return ExitCodes.OK;
    }
}
