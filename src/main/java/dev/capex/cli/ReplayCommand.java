package dev.capex.cli;

import dev.capex.analysis.Replay;
import dev.capex.engine.model.Scenario;
import dev.capex.report.Text;
import dev.capex.save.SaveException;
import dev.capex.save.SaveFile;
import dev.capex.save.SaveJson;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** capex replay: re-run a save's decisions, check its digests, show the game quarter by quarter. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replay a saved game: re-run its decisions from the start and check the state digest "
                + "recorded after every quarter.",
            "Without --verify it shows the game quarter by quarter on the dashboard, read-only (←/→ step, r the "
                    + "quarter's result, q quits); --plain, or no terminal, prints it as text.",
            "Exit 0 when every digest matches, 3 when the save cannot be read, 5 when the replay differs "
                    + "(naming the first quarter that differs and the figures that differ)."})
public final class ReplayCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SAVE", description = "the save file")
    String file;

    @Option(names = "--verify", description = "only check the digests and every recorded figure: one line, exit 0 or 5")
    boolean verify;

    @Option(names = "--upgrade", description = "with --verify: once every digest matches, rewrite a save of an "
            + "older format in the current one (atomically, in place)")
    boolean upgrade;

    @Option(names = "--plain", description = "show the game as plain text instead of on the dashboard")
    boolean plain;

    @Option(names = "--window", description = "open the replay in Lanterna's own window (when the console cannot be driven)")
    boolean window;

    @Option(names = "--no-color", description = "draw the replay without colours")
    boolean noColor;

    @Option(names = "--lang", paramLabel = "de|en",
            description = "the language of the replay viewer: de (German) or en (English); default: the locale (LANG)")
    String lang;

    @Override
    public Integer call() {
        Languages.use(lang);
        dev.capex.scenario.StartupTrace.mark("command line parsed");
        SavePrefetch.Loaded ahead = SavePrefetch.take(file);
        SaveFile save = ahead != null ? ahead.save() : load(file);
        Replay.Result r = ahead != null ? ahead.result() : Replay.run(save);
        // A save's scenario texts reach the terminal escaped, never as control sequences.
        PrintStream out = dev.capex.scenario.Printable.terminal(System.out);
        if (upgrade && !verify) {
            throw new ExitCodes.Failure(ExitCodes.USAGE, "--upgrade goes with --verify: capex replay " + file
                    + " --verify --upgrade");
        }
        if (verify) {
            failOnMismatch(file, r);
            out.println(file + ": all " + r.quarters().size() + " quarters replay to the recorded digests and figures (team "
                    + save.team() + ", " + save.scenarioId() + ", seed " + save.seed() + ", save format "
                    + save.formatVersion() + ")");
            if (upgrade) {
                upgrade(file, r);
            }
            return ExitCodes.OK;
        }
        if (!plain) {
            if (window && java.awt.GraphicsEnvironment.isHeadless()) {
                throw new ExitCodes.Failure(ExitCodes.NO_TERMINAL, "--window needs a graphical display and there is "
                        + "none; run 'capex replay' in a terminal, or 'capex replay --plain'");
            }
            if (System.console() != null || window) {
                try {
                    dev.capex.tui.TerminalLauncher.run("Capex replay — " + save.team(), window,
                            screen -> new dev.capex.tui.ReplayViewer(r, file, screen, !noColor));
                } catch (java.io.IOException e) {
                    throw new ExitCodes.Failure(ExitCodes.NO_TERMINAL, "the terminal cannot be driven (" + e.getMessage()
                            + "); use 'capex replay " + file + " --plain'");
                }
                failOnMismatch(file, r);
                return ExitCodes.OK;
            }
            System.err.println("capex: no terminal to show the replay on (standard input or output is not a console); "
                    + "showing it as text (--plain asks for this)");
        }
        Scenario sc = save.scenario();
        out.println("Replay of " + file + " — team " + save.team() + ", " + sc.name() + ", seed " + save.seed() + ", "
                + save.quarters().size() + " quarters (saved by Capex " + save.programVersion() + ")");
        if (save.parent() != null) {
            out.println("A branch of " + save.parent().save() + " at " + save.parent().quarter() + ".");
        }
        for (Replay.ReplayedQuarter q : r.quarters()) {
            Text.quarter(sc, q.result()).forEach(out::println);
        }
        if (r.finalState().isOver()) {
            Text.scorecard(sc, r.finalState()).forEach(out::println);
        } else {
            out.println("The save ends before " + r.finalState().quarter() + "; continue it with: capex play --continue "
                    + file + " --plain");
        }
        failOnMismatch(file, r);
        return ExitCodes.OK;
    }

    /** Rewrites a verified save of an older format in the current one, in place and atomically. */
    private static void upgrade(String file, Replay.Result r) {
        int from = r.save().formatVersion();
        if (from == dev.capex.save.SaveFormat.CURRENT.number()) {
            System.out.println(file + ": already in save format " + from + "; nothing to upgrade");
            return;
        }
        try {
            dev.capex.save.Autosave.write(Path.of(file), r.migrated());
        } catch (java.io.IOException e) {
            throw new ExitCodes.Failure(ExitCodes.BAD_INPUT, file + ": cannot be rewritten (" + e.getMessage()
                    + "); it is unchanged");
        }
        System.out.println(file + ": rewritten from save format " + from + " to " + dev.capex.save.SaveFormat.CURRENT.number()
                + " (the same game; its digests recomputed)");
    }

    /** Reads a save, or fails with exit 3 and one line naming the file and what is wrong. */
    static SaveFile load(String file) {
        try {
            return SaveJson.load(Path.of(file));
        } catch (SaveException e) {
            throw new ExitCodes.Failure(ExitCodes.BAD_INPUT, e.getMessage());
        }
    }

    /** Exit 5 with the first quarter that differs, if the replay does not match the save. */
    static void failOnMismatch(String file, Replay.Result r) {
        if (!r.matches()) {
            throw new ExitCodes.Failure(ExitCodes.REPLAY_MISMATCH, file + ": " + r.mismatch().message());
        }
    }

    /** Reads and replays a save, failing (3 or 5) unless every digest matches. */
    static Replay.Result loadVerified(String file) {
        Replay.Result r = Replay.run(load(file));
        failOnMismatch(file, r);
        return r;
    }
}
