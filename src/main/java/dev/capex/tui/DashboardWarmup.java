package dev.capex.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import dev.capex.engine.model.Scenario;
import dev.capex.play.GameSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The dashboard drawn once, on an ANSI terminal that writes nowhere, by a second thread while the real one is
 * still being opened: Lanterna's themes (parsed from six property files when its theme catalogue is first
 * used), the panels and the drawing code are initialised there instead of on the way to the real first
 * frame. A throwaway session of the same scenario (seed 1); the engine is pure and nothing here is shared
 * with the player's game, so it changes nothing but where the start-up work happens.
 */
public final class DashboardWarmup {
    private DashboardWarmup() {
    }

    public static void run(Scenario sc) {
        try {
            // an ANSI terminal writing nowhere: the same escape-sequence and encoding path as the real one
            ANSITerminal terminal = new ANSITerminal(InputStream.nullInputStream(), OutputStream.nullOutputStream(),
                    StandardCharsets.UTF_8) {
                @Override
                protected TerminalSize findTerminalSize() {
                    return new TerminalSize(100, 30);
                }
            };
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            new CapexTui(new GameSession(sc, 1, "warm-up"), screen, true).redraw();
        } catch (IOException | RuntimeException | LinkageError e) {
            // a warm-up only: the real dashboard reports anything wrong
        }
    }
}
