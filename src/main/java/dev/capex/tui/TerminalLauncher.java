package dev.capex.tui;

import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import dev.capex.play.GameSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Opens the real terminal (or, with {@code window}, Lanterna's own Swing window on purpose), runs the
 * dashboard until the player quits, and always gives the terminal back as it found it: on a normal
 * quit, on an error, and on Ctrl-C or a kill (through a shutdown hook).
 */
public final class TerminalLauncher {
    private TerminalLauncher() {
    }

    /** A screen driven key by key: the dashboard, the replay viewer, the compare view. */
    public interface App {
        void redraw() throws IOException;

        /** Handles every key waiting; true if there was any. */
        boolean pump() throws IOException;

        boolean isDone();
    }

    /** Opens a screen on a terminal (or a window). */
    public interface Opener {
        App open(Screen screen) throws IOException;
    }

    /**
     * A text terminal being taken on another thread while the caller does other work (reading the scenario,
     * starting the game): taking it runs {@code stty} in a process of its own, which is mostly waiting. The
     * terminal is either handed to {@link #run(String, boolean, Opener, Ahead, Runnable)} or given back
     * with {@link #release()}; a kill in between restores it through Lanterna's shutdown hook.
     */
    public static final class Ahead {
        private final java.util.concurrent.CompletableFuture<Terminal> terminal = new java.util.concurrent.CompletableFuture<>();

        private Ahead() {
        }

        Terminal take() throws IOException {
            try {
                return terminal.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw e;
            }
        }

        /** Gives the terminal back as it was (the game did not start); idempotent, never throws. */
        public void release() {
            try {
                take().close();
            } catch (IOException | RuntimeException e) {
                // nothing to restore
            }
        }
    }

    /**
     * Starts taking the text terminal on another thread, or null where the terminal is opened otherwise
     * (a window, a system that is not Unix-like): then {@code run} opens it itself.
     */
    public static Ahead openAhead(boolean window) {
        if (window || !unixLike()) {
            return null;
        }
        Ahead ahead = new Ahead();
        Thread t = new Thread(() -> {
            try {
                ahead.terminal.complete(textTerminal());
            } catch (IOException | RuntimeException e) {
                ahead.terminal.completeExceptionally(e);
            }
        }, "capex-open-terminal");
        t.setDaemon(true);
        t.start();
        return ahead;
    }

    public static void run(GameSession session, boolean window, boolean color) throws IOException {
        run(session, window, color, null, null);
    }

    /**
     * The dashboard on the terminal taken ahead ({@code ahead}, or null to open it here); {@code afterFirstFrame}
     * (or null) runs once the first frame is on the screen.
     */
    public static void run(GameSession session, boolean window, boolean color, Ahead ahead, Runnable afterFirstFrame)
            throws IOException {
        run("Capex — " + session.team(), window, screen -> {
            CapexTui tui = new CapexTui(session, screen, color);
            return new App() {
                public void redraw() throws IOException {
                    tui.redraw();
                }

                public boolean pump() throws IOException {
                    return tui.pump();
                }

                public boolean isDone() {
                    return tui.isDone();
                }
            };
        }, ahead, afterFirstFrame);
    }

    /** Runs any {@link App} until it is done, restoring the terminal however it ends. */
    public static void run(String title, boolean window, Opener opener) throws IOException {
        run(title, window, opener, null, null);
    }

    private static void run(String title, boolean window, Opener opener, Ahead ahead, Runnable afterFirstFrame)
            throws IOException {
        DefaultTerminalFactory factory = new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8);
        // Never a Swing window unless asked: a text terminal or nothing.
        factory.setForceTextTerminal(!window);
        factory.setPreferTerminalEmulator(window);
        // Ctrl-C arrives as a key (the game asks before quitting); a kill still restores the terminal below.
        factory.setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP);
        factory.setTerminalEmulatorTitle(title);
        Terminal terminal = ahead != null ? ahead.take()
                : window ? factory.createTerminalEmulator()
                : unixLike() ? textTerminal()
                : factory.createTerminal();
        dev.capex.scenario.StartupTrace.mark("terminal opened");
        Screen screen = new TerminalScreen(terminal);
        Thread restore = new Thread(() -> stop(screen), "capex-restore-terminal");
        Runtime.getRuntime().addShutdownHook(restore);
        try {
            screen.startScreen();
            screen.setCursorPosition(null);
            dev.capex.scenario.StartupTrace.mark("screen started");
            App tui = opener.open(screen);
            dev.capex.scenario.StartupTrace.mark("dashboard built");
            tui.redraw();
            dev.capex.scenario.StartupTrace.mark("first frame drawn");
            if (Boolean.getBoolean("capex.exitAfterFirstFrame")) {
                return; // a measurement of start-up (scripts/startup-cpu.sh): the terminal is restored below
            }
            if (afterFirstFrame != null) {
                afterFirstFrame.run();
            }
            while (!tui.isDone()) {
                if (!tui.pump()) {
                    sleepQuietly();
                }
            }
        } finally {
            stop(screen);
            try {
                Runtime.getRuntime().removeShutdownHook(restore);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or has run: nothing left to do
            }
            if (window) {
                terminal.close();
            }
        }
    }

    /** The process's own terminal, taken with one stty (Ctrl-C arrives as a key). */
    private static Terminal textTerminal() throws IOException {
        return new QuickUnixTerminal(System.in, System.out, StandardCharsets.UTF_8, UnixLikeTerminal.CtrlCBehaviour.TRAP);
    }

    /** A Unix-like system with /bin/sh and a terminal: where Lanterna's factory would make a UnixTerminal. */
    private static boolean unixLike() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        return !os.startsWith("windows") && new java.io.File("/bin/sh").canExecute() && new java.io.File("/dev/tty").exists();
    }

    /** Waiting for a key: the screen has no blocking read that also wakes on a resize. */
    private static void sleepQuietly() {
        try {
            Thread.sleep(15);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static synchronized void stop(Screen screen) {
        try {
            screen.stopScreen();
        } catch (IOException | RuntimeException e) {
            // the terminal is gone; nothing to restore
        }
    }
}
