package dev.capex.tui;

import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * Lanterna's UnixTerminal, taking the terminal with one process instead of five. Lanterna's start runs
 * {@code stty} once per setting (save, -icanon, min 1, -echo, intr undef), each a process of its own,
 * which cost the dashboard's first frame a large share of its time; here one shell runs them all and
 * prints the saved settings. Everything after the start (restore on exit, later changes) is Lanterna's.
 */
final class QuickUnixTerminal extends UnixTerminal {
    /** False while Lanterna's constructor takes the terminal (it calls the methods below from there). */
    private boolean started;
    private String saved;

    QuickUnixTerminal(InputStream in, OutputStream out, Charset charset, CtrlCBehaviour ctrlC) throws IOException {
        super(in, out, charset, ctrlC);
        started = true;
    }

    private static String stty() {
        return System.getProperty("com.googlecode.lanterna.terminal.UnixTerminal.sttyCommand", "/bin/stty");
    }

    @Override
    protected void saveTerminalSettings() throws IOException {
        if (started) {
            saved = runSTTYCommand("-g").trim();
            return;
        }
        // as Lanterna's start does next: no canonical mode, no echo, and (unless turned off) Ctrl-C as a key
        boolean catchSpecial = !"false".equalsIgnoreCase(System.getProperty(
                "com.googlecode.lanterna.terminal.UnixTerminal.catchSpecialCharacters", "true").trim());
        String s = "'" + stty().replace("'", "'\\''") + "'";
        saved = exec("/bin/sh", "-c", s + " -g && " + s + " -icanon min 1 -echo" + (catchSpecial ? " intr undef" : ""))
                .trim();
    }

    @Override
    protected void restoreTerminalSettings() throws IOException {
        if (saved != null && !saved.isEmpty()) {
            runSTTYCommand(saved);
        }
    }

    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        if (started) {
            super.canonicalMode(enabled);
        }
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        if (started) {
            super.keyEchoEnabled(enabled);
        }
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
        if (started) {
            super.keyStrokeSignalsEnabled(enabled);
        }
    }
}
