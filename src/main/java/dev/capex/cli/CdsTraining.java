package dev.capex.cli;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.capex.play.GameSession;
import dev.capex.tui.CapexTui;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The short training run from which the launcher ({@code ./capex}) dumps its class-data archive: a few
 * quarters of each everyday path (the command lines, a plan played and saved, a replay verified, a
 * comparison, a small batch, the dashboard on a virtual terminal ending a quarter), so that the classes
 * they load are archived. Never a user's batch: a dump at the end of a long run leaves hot methods
 * uncompiled. Writes nothing to standard output or error; every failure is ignored (a partial archive
 * is still an archive).
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        System.setOut(sink);
        System.setErr(sink);
        Path dir = Files.createTempDirectory("capex-cds-training");
        try {
            Path plan = dir.resolve("plan.json");
            try (InputStream in = CdsTraining.class.getResourceAsStream("/scenarios/plans/seeds-2025.json")) {
                if (in != null) {
                    Files.copy(in, plan);
                }
            }
            Path a = dir.resolve("a.json");
            Path b = dir.resolve("b.json");
            for (String[] row : CapexCommand.COMMANDS) {
                quietly(() -> CapexCommand.execute(sink, sink, row[0], "--help"));
            }
            quietly(() -> CapexCommand.execute(sink, sink, "--help"));
            quietly(() -> CapexCommand.execute(sink, sink, "scenarios"));
            quietly(() -> CapexCommand.execute(sink, sink, "bots"));
            quietly(() -> CapexCommand.execute(sink, sink, "play", "--plan", plan.toString(), "--seed", "3",
                    "--save", a.toString()));
            quietly(() -> CapexCommand.execute(sink, sink, "play", "--plan", plan.toString(), "--seed", "4",
                    "--save", b.toString()));
            quietly(() -> CapexCommand.execute(sink, sink, "replay", a.toString(), "--verify"));
            quietly(() -> CapexCommand.execute(sink, sink, "compare", a.toString(), b.toString(), "--format", "csv"));
            quietly(() -> CapexCommand.execute(sink, sink, "compare", a.toString(), b.toString()));
            quietly(() -> CapexCommand.execute(sink, sink, "simulate", "--strategy", "status-quo", "--worlds", "8",
                    "--threads", "1"));
            quietly(CdsTraining::dashboard);
            quietly(() -> {
                dev.capex.tui.DashboardWarmup.run(Inputs.scenario("meta-2025"));
                return null;
            });
            quietly(CdsTraining::terminalClasses);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The dashboard on a virtual terminal: first frame, a form, the end of a quarter and its result. */
    private static Object dashboard() throws Exception {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(100, 30));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        GameSession session = new GameSession(Inputs.scenario("meta-2025"), 7, "Training");
        CapexTui tui = new CapexTui(session, screen, true);
        tui.redraw();
        for (KeyStroke k : new KeyStroke[] {new KeyStroke('d', false, false), new KeyStroke(KeyType.Enter),
            new KeyStroke(KeyType.Escape), new KeyStroke(KeyType.Escape), new KeyStroke('e', false, false),
            new KeyStroke('y', false, false), new KeyStroke(KeyType.Enter), new KeyStroke(KeyType.Escape)}) {
            tui.handle(k);
            tui.redraw();
        }
        return tui;
    }

    /**
     * The classes of the real terminal's path, which a training run without a terminal never loads (seen with
     * -Xlog:class+load in a real `capex play`): loaded, not initialised, so that the archive holds them too.
     */
    static final String[] TERMINAL_CLASSES = {
        "dev.capex.tui.TerminalLauncher", "dev.capex.tui.TerminalLauncher$1", "dev.capex.tui.TerminalLauncher$Opener",
        "dev.capex.tui.QuickUnixTerminal", "com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal$1",
        "com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal$CtrlCBehaviour",
        "com.googlecode.lanterna.terminal.ansi.ANSITerminal$1", "com.googlecode.lanterna.terminal.DefaultTerminalFactory",
        "com.googlecode.lanterna.terminal.swing.TerminalEmulatorAutoCloseTrigger",
        "com.googlecode.lanterna.terminal.MouseCaptureMode", "com.googlecode.lanterna.input.MouseActionType",
        "picocli.CommandLine$IParameterExceptionHandler", "picocli.CommandLine$IExecutionExceptionHandler",
        "picocli.CommandLine$1", "picocli.CommandLine$2",
    };

    private static Object terminalClasses() throws ClassNotFoundException {
        for (String name : TERMINAL_CLASSES) {
            Class.forName(name, false, CdsTraining.class.getClassLoader());
        }
        return null;
    }

    private interface Step {
        Object run() throws Exception;
    }

    private static void quietly(Step step) {
        try {
            step.run();
        } catch (Throwable ignored) {
            // a step that fails still leaves its classes loaded; the archive is an optimisation only
        }
    }
}
