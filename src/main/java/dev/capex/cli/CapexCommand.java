package dev.capex.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * capex: the command line. The only place that wires files, the clock, the terminal and the engine
 * together. Exit codes are documented in docs/cli.md and in {@link ExitCodes}.
 */
@Command(name = "capex", mixinStandardHelpOptions = true, versionProvider = CapexCommand.Version.class,
        description = "Capex: play Meta's CFO in the AI capital race, 2025-2028.",
        subcommands = {PlayCommand.class, ReplayCommand.class, BranchCommand.class, CompareCommand.class,
            ScenariosCommand.class, BotsCommand.class, ValidateCommand.class, WorkshopCommand.class, ReportCommand.class,
            SimulateCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:an internal error (a bug: please report it)",
            "2:the command line is wrong",
            "3:an input file (scenario, plan or save) is missing or invalid",
            "4:no terminal for the dashboard (use --plain)",
            "5:a replay does not match its save"})
public final class CapexCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** No command given: say which commands there are, on stderr, and fail (a script must notice). */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("capex: a command is required (play, replay, report, ...)");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
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
        System.setOut(out);
        System.setErr(err);
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new CapexCommand());
        cl.setOut(new java.io.PrintWriter(System.out, true));
        cl.setErr(new java.io.PrintWriter(System.err, true));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ExitCodes.Failure f) {
                commandLine.getErr().println("capex: " + f.getMessage());
                return f.code();
            }
            commandLine.getErr().println("capex: internal error: " + ex + " (please report it)");
            return ExitCodes.INTERNAL;
        });
        return cl;
    }

    static final class Version implements CommandLine.IVersionProvider {
        public String[] getVersion() {
            return new String[] {"capex " + ExitCodes.programVersion()};
        }
    }
}
