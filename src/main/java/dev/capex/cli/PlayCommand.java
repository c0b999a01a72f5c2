package dev.capex.cli;

import dev.capex.engine.QuarterResult;
import dev.capex.engine.model.Scenario;
import dev.capex.play.GameSession;
import dev.capex.play.PlainGame;
import dev.capex.report.Text;
import dev.capex.save.Autosave;
import dev.capex.strategy.Plan;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** capex play: the dashboard (default), the plain text mode, or a plan played non-interactively. */
@Command(name = "play", mixinStandardHelpOptions = true,
        description = {"Play a game as Meta's CFO.",
            "Without options it opens the terminal dashboard; --plain plays at a text prompt (screen readers, "
                    + "scripts); --plan FILE plays every quarter with the plan's decisions."})
public final class PlayCommand implements Callable<Integer> {

    @Option(names = "--scenario", paramLabel = "NAME|FILE", defaultValue = "meta-2025",
            description = "a built-in scenario name or a scenario file (default: ${DEFAULT-VALUE})")
    String scenario;

    @Option(names = "--seed", paramLabel = "N", description = "the world's seed (default: a random one, printed)")
    Long seed;

    @Option(names = "--team", paramLabel = "NAME", defaultValue = "Player", description = "the team's name (default: ${DEFAULT-VALUE})")
    String team;

    @Option(names = "--plain", description = "play at a plain text prompt")
    boolean plain;

    @Option(names = "--plan", paramLabel = "FILE", description = "play every quarter with this plan file's decisions")
    String plan;

    // --out, like branch, report and compare for the file a command writes; --save is the older spelling.
    @Option(names = {"--out", "--save"}, paramLabel = "FILE",
            description = "save the game to this file after every quarter (default: saves/<team>-<scenario>-<seed>-<time>.json);"
                    + " --save is the same option")
    String save;

    @Option(names = "--continue", paramLabel = "SAVE",
            description = "resume the game in this save (replayed and checked first) and keep saving to it")
    String continueFrom;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--window", description = "open the dashboard in Lanterna's own window (when the console cannot be driven)")
    boolean window;

    @Option(names = "--no-color", description = "draw the dashboard without colours")
    boolean noColor;

    @Option(names = "--lang", paramLabel = "de|en",
            description = "the language of every text: de (German) or en (English); default: the locale (LANG)")
    String lang;

    @Override
    public Integer call() throws Exception {
        Languages.use(lang);
        dev.capex.scenario.StartupTrace.mark("command line parsed");
        if (continueFrom == null) {
            String bad = dev.capex.scenario.Limits.teamProblem(team);
            if (bad != null) {
                throw new ExitCodes.Failure(ExitCodes.USAGE, "--team: " + bad);
            }
        }
        Plan p = plan == null ? null : Inputs.plan(plan);
        loadedPlan = p;
        if (p == null && !plain) {
            // Checked before the game starts, so that no save is announced for a game that cannot be shown.
            if (System.console() == null && !window) {
                throw new ExitCodes.Failure(ExitCodes.NO_TERMINAL,
                        "no terminal to draw the dashboard on (standard input or output is not a console); "
                                + "use 'capex play --plain' for the text mode or 'capex play --plan FILE'");
            }
            if (window && java.awt.GraphicsEnvironment.isHeadless()) {
                throw new ExitCodes.Failure(ExitCodes.NO_TERMINAL, "--window needs a graphical display and there is none; "
                        + "run 'capex play' in a terminal, or 'capex play --plain'");
            }
        }
        // The dashboard's terminal is taken on another thread while the game starts (stty is a process: mostly
        // waiting); given back untouched if the game cannot start.
        dev.capex.tui.TerminalLauncher.Ahead ahead = p == null && !plain ? dev.capex.tui.TerminalLauncher.openAhead(window) : null;
        GameSession session;
        try {
            session = continueFrom != null ? continued() : newGame();
        } catch (RuntimeException | Error e) {
            if (ahead != null) {
                ahead.release();
            }
            throw e;
        }
        this.ahead = ahead;
        Scenario sc = session.scenario();
        // Team names and scenario texts reach the terminal escaped, never as control sequences.
        PrintStream out = dev.capex.scenario.Printable.terminal(System.out);
        try {
            return play(session, sc, p, out);
        } finally {
            out.flush();
        }
    }

    private Integer play(GameSession session, Scenario sc, Plan p, PrintStream out) throws Exception {
        if (session.state().isOver()) {
            if (ahead != null) {
                ahead.release();   // no dashboard for a game that is over
            }
            System.err.println("capex: the game in " + continueFrom + " is over (" + dev.capex.report.EngineText.english(session.state().endReason())
                    + "); to play it differently, branch it: capex branch " + continueFrom + " --at QUARTER");
            Text.scorecard(sc, session.state()).forEach(out::println);
            return ExitCodes.OK;
        }
        if (p != null) {
            out.println("Capex — " + dev.capex.report.i18n.ScenarioText.name(sc) + " — team " + session.team() + ", seed " + session.seed() + ", plan "
                    + p.name());
            dev.capex.report.Explain.weights(sc).forEach(out::println);
            while (!session.state().isOver()) {
                QuarterResult r = session.play(p.forQuarter(session.state().quarter()));
                Text.quarter(sc, r).forEach(out::println);
                dev.capex.play.PlainGame.why(session, r).forEach(out::println);
            }
            Text.scorecard(sc, session.state()).forEach(out::println);
            dev.capex.report.Explain.benchmark(sc, session.state(), session.seed()).forEach(out::println);
            return saved();
        }
        if (plain) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            new PlainGame(session, in, out).run();
            return saved();
        }
        // The session already saves itself after every quarter (newGame() and continued() attach Autosave).
        // The coming quarter is warmed up on another thread (engine and save writer loaded and compiled) once the
        // first frame is drawn, while the player reads it: started before the frame, it took the CPU the frame
        // needed on two cores (about 90 ms of the 0.6 s of CPU to the first frame).
        dev.capex.tui.TerminalLauncher.run(session, window, !noColor, ahead,
                () -> Warmup.start(sc, session.seed(), session.team(), session.state()));
        // The dashboard is gone: leave the score where the player (and the facilitator) can read it.
        if (session.state().isOver()) {
            Text.scorecard(sc, session.state()).forEach(out::println);
            dev.capex.report.Explain.benchmark(sc, session.state(), session.seed()).forEach(out::println);
        } else if (!session.results().isEmpty()) {
            out.println(dev.capex.report.Explain.running(sc, session.state()));
        }
        return saved();
    }

    private Autosave autosave;
    private Plan loadedPlan;
    private dev.capex.tui.TerminalLauncher.Ahead ahead;

    /** A plan quarter outside the game would be ignored without a word: refused before anything starts. */
    private void checkPlan(Scenario sc) {
        if (loadedPlan != null) {
            String outside = loadedPlan.outsideGame(plan, sc);
            if (outside != null) {
                throw new ExitCodes.Failure(ExitCodes.BAD_INPUT, outside);
            }
        }
    }

    /** OK, or exit 6 with the reason when the last save of the game failed: a lost game is never a success. */
    private int saved() {
        if (autosave != null && autosave.failure() != null) {
            throw new ExitCodes.Failure(ExitCodes.CANNOT_WRITE, autosave.failure()
                    + "; the quarters played since the last good save are lost");
        }
        return ExitCodes.OK;
    }

    /** Checks before the first quarter that the save can be written there (exit 6 with the reason otherwise). */
    static void probe(Path file) {
        dev.capex.save.AtomicFile.cleanStale(file.toAbsolutePath().getParent());
        try {
            dev.capex.save.AtomicFile.probe(file);
        } catch (java.io.IOException e) {
            throw new ExitCodes.Failure(ExitCodes.CANNOT_WRITE, file + ": the game cannot be saved there: "
                    + dev.capex.scenario.Limits.reason(e) + "; choose another --out file");
        }
    }

    /** A new game, saved after every quarter to --save or to saves/ (the path is told on standard error). */
    private GameSession newGame() {
        Scenario sc = ScenarioPrefetch.scenario(scenario);
        checkPlan(sc);
        dev.capex.scenario.StartupTrace.mark("scenario loaded");
        long s = seed != null ? seed : Math.abs(System.nanoTime() % 1_000_000);
        GameSession session = new GameSession(sc, s, team);
        dev.capex.scenario.StartupTrace.mark("Engine.start");
        Path file = save != null ? Path.of(save)
                : Autosave.defaultPath(Path.of("saves"), team, sc.id(), s, LocalDateTime.now());
        if (Files.exists(file)) {
            throw new ExitCodes.Failure(ExitCodes.USAGE, file + " exists already; a new game never overwrites a save: "
                    + "choose another --out file, or resume that game with --continue " + file);
        }
        probe(file);
        autosave = Autosave.attach(session, file, Autosave.now(), null, ExitCodes.programVersion(),
                m -> System.err.println("capex: " + m));
        System.err.println(dev.capex.report.Msg.t("play.saving", file));
        dev.capex.scenario.StartupTrace.mark("autosave attached");
        return session;
    }

    /** The game of --continue SAVE, replayed and checked (exit 3 or 5 otherwise), saved back to it (or to --save). */
    private GameSession continued() {
        for (String o : new String[] {"--scenario", "--seed", "--team"}) {
            if (spec.commandLine().getParseResult().hasMatchedOption(o)) {
                throw new ExitCodes.Failure(ExitCodes.USAGE, o + " cannot be used with --continue: the save holds the "
                        + "scenario, seed and team (to change them, branch the save: capex branch SAVE --at QUARTER --team NAME)");
            }
        }
        dev.capex.analysis.Replay.Result r = ReplayCommand.loadVerified(continueFrom);
        checkPlan(r.save().scenario());
        GameSession session = GameSession.continuing(r);
        Path file = Path.of(save != null ? save : continueFrom);
        probe(file);
        autosave = Autosave.attach(session, file, r.save(), ExitCodes.programVersion());
        if (!session.state().isOver()) {
            System.err.println("Resuming " + continueFrom + " at " + session.state().quarter() + "; saving the game to "
                    + file + " after every quarter.");
        }
        return session;
    }
}
