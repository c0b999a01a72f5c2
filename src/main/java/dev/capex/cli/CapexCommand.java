package dev.capex.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * capex: the command line. The only place that wires files, the clock, the terminal and the engine
 * together. Exit codes are documented in docs/cli.md and in {@link ExitCodes}.
 *
 * <p>Start-up: picocli builds its model of a command by reflection, which costs tens of milliseconds a
 * command. {@link #execute} therefore builds the model of the one command being run (the first
 * argument), and answers {@code --version} and the top-level {@code --help} without loading the game:
 * the top-level help lists the commands from {@link #COMMANDS} (a test holds that table equal to the
 * commands' own annotations, and the short help equal to the full model's).
 */
@Command(name = "capex", mixinStandardHelpOptions = true, versionProvider = CapexCommand.Version.class,
        description = "Capex: play Meta's CFO in the AI capital race, 2025-2028.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:an internal error (a bug: please report it)",
            "2:the command line is wrong",
            "3:an input file (scenario, plan or save) is missing or invalid",
            "4:no terminal for the dashboard (use --plain)",
            "5:a replay does not match its save",
            "6:a file cannot be written (the game's save, an output)"})
public final class CapexCommand implements Runnable {

    /**
     * Every command: its name, its class and the one line the top-level help shows. Adding a command is
     * one row here (CapexCommandTest checks the line against the command's own description).
     */
    static final String[][] COMMANDS = {
        {"play", "dev.capex.cli.PlayCommand", "Play a game as Meta's CFO."},
        {"replay", "dev.capex.cli.ReplayCommand",
            "Replay a saved game: re-run its decisions from the start and check the state digest recorded after "
                    + "every quarter."},
        {"branch", "dev.capex.cli.BranchCommand",
            "Start a new game from a saved one: it keeps the decisions before the quarter given by --at, with the "
                    + "same scenario and seed, and records its parent. The original save is untouched."},
        {"compare", "dev.capex.cli.CompareCommand",
            "Compare saved games of one scenario: their figures quarter by quarter, a leaderboard by score, where "
                    + "each pair's decisions first differ, and how much of each gap is choices and how much luck "
                    + "(docs/save-format.md)."},
        {"scenarios", "dev.capex.cli.ScenariosCommand", "List the built-in scenarios."},
        {"bots", "dev.capex.cli.BotsCommand", "List the built-in bots (strategies)."},
        {"validate", "dev.capex.cli.ValidateCommand",
            "Check scenario files and report every problem with its file, line, column and field."},
        {"workshop", "dev.capex.cli.WorkshopCommand",
            "Run a hot-seat workshop: several teams on one screen, each with its own game in the same world "
                    + "(scenario and seed). Each quarter every team decides in turn, with a hand-over screen between "
                    + "teams; then the quarter plays for all and the leaderboard shows, with the built-in bots as "
                    + "reference."},
        {"report", "dev.capex.cli.ReportCommand",
            "Write the debrief of saved games: one self-contained HTML file (charts, moments that mattered, "
                    + "timeline, leaderboard with the bots as reference) and the same figures as CSV beside it."},
        {"simulate", "dev.capex.cli.SimulateCommand",
            "Play a strategy in many worlds and report the spread of outcomes, or place a saved game among other "
                    + "worlds and the bots (luck versus skill)."},
        {"serve", "dev.capex.cli.ServeCommand",
            "Serve a workshop over SSH: each team logs in from its own laptop (ssh -p PORT TEAM@HOST, its join code "
                    + "as the password) and plays its own game on the full dashboard; every team plays the same world. "
                    + "This terminal is the facilitator's console (type help)."},
        {"probe", "dev.capex.cli.ProbeCommand",
            "Search for the best plan a strong player could write for a scenario (random and evolutionary search "
                    + "over levers, sizes and timing), and compare it with the expert plan, Meta's 2025 moves and "
                    + "the bots in the same worlds."},
        {"calibrate", "dev.capex.cli.CalibrateCommand",
            "Check the model against a reported year: replay 2024 from Meta's end-2023 balance sheet with the "
                    + "decisions Meta made, and print the model's year against the 10-K, with the cash bridge."},
    };

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // 'capex' alone: the usage, on standard error, and the exit code of a wrong command line
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new ExitCodes.Failure(ExitCodes.USAGE, "name a command (see the list above)");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line with UTF-8 output whatever the locale (LANG=C makes Java print '?'). */
    public static int execute(String... args) {
        dev.capex.scenario.StartupTrace.mark("main");
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        return execute(out, err, args);
    }

    /** Runs the command line writing to these streams (they become System.out and System.err). */
    static int execute(PrintStream out, PrintStream err, String... args) {
        System.setOut(out);
        System.setErr(err);
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            out.println("capex " + ExitCodes.programVersion());
            return ExitCodes.OK;
        }
        if (args.length > 0) {
            for (String[] c : COMMANDS) {
                if (c[0].equals(args[0])) {
                    ScenarioPrefetch.start(args);
                    SavePrefetch.start(args);
                    return commandLine(c).execute(args);
                }
            }
        }
        // no command, --help, or something unknown: the top level needs only the commands' names and lines
        return shortModel().execute(args);
    }

    /** The whole command line: every command's model (tests, and anything the fast paths don't know). */
    public static CommandLine commandLine() {
        return commandLine(COMMANDS);
    }

    private static CommandLine commandLine(String[]... commands) {
        CommandLine cl = bare();
        for (String[] c : commands) {
            cl.addSubcommand(c[0], instantiate(c[1]));
        }
        return escapingArguments(cl);
    }

    /** The top level with a light stand-in for each command: enough for the top-level usage. */
    static CommandLine shortModel() {
        CommandLine cl = bare();
        for (String[] c : COMMANDS) {
            CommandLine.Model.CommandSpec stub = CommandLine.Model.CommandSpec.create().name(c[0]);
            stub.usageMessage().description(summary(c));
            cl.addSubcommand(c[0], new CommandLine(stub));
        }
        return escapingArguments(cl);
    }

    /**
     * A wrong command line is answered as picocli does (the problem, suggestions, the usage), with the
     * problem's text escaped: it quotes the argument typed, which must not reach the terminal as control
     * sequences. Set after the subcommands are added, so that it holds for all of them.
     */
    private static CommandLine escapingArguments(CommandLine cl) {
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            java.io.PrintWriter err = c.getErr();
            err.println(dev.capex.scenario.Printable.line(ex.getMessage()));
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
                c.usage(err, c.getColorScheme());
            }
            return c.getCommandSpec().exitCodeOnInvalidInput();
        });
        return cl;
    }

    /** The line the top-level help shows for a command (the first line of its own description). */
    static String summary(String[] command) {
        return command[2];
    }

    private static CommandLine bare() {
        CommandLine cl = new CommandLine(new CapexCommand());
        cl.setOut(new java.io.PrintWriter(System.out, true));
        cl.setErr(new java.io.PrintWriter(System.err, true));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ExitCodes.Failure f) {
                commandLine.getErr().println("capex: " + dev.capex.scenario.Printable.line(f.getMessage()));
                return f.code();
            }
            if (ex instanceof dev.capex.play.GameSession.OutOfRange o) {
                commandLine.getErr().println("capex: " + dev.capex.scenario.Printable.line(o.getMessage()));
                return ExitCodes.BAD_INPUT;
            }
            commandLine.getErr().println("capex: internal error: " + ex + " (please report it)");
            return ExitCodes.INTERNAL;
        });
        return cl;
    }

    static Class<?> classOf(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no command class " + name, e);
        }
    }

    private static Object instantiate(String name) {
        try {
            return classOf(name).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create command " + name, e);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        public String[] getVersion() {
            return new String[] {"capex " + ExitCodes.programVersion()};
        }
    }
}
