package dev.capex.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.capex.engine.model.Scenario;
import dev.capex.play.GameSession;
import dev.capex.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The dashboard on a virtual terminal, driven key by key, read back as the text on screen. */
final class Harness {
    /**
     * The screen tests' own scenario (an overlay of the workshop's): the tests take the figures they
     * expect from the game's state, so recalibrating the shipped scenarios does not break them.
     */
    static final Path SCENARIO = Path.of("src/test/resources/scenarios/screen-test.json");
    private static Scenario scenario;

    final DefaultVirtualTerminal terminal;
    final GameSession session;
    final CapexTui tui;

    Harness(int columns, int rows) {
        this(columns, rows, true);
    }

    Harness(int columns, int rows, boolean color) {
        this(null, columns, rows, color);
    }

    /** The dashboard of a game of {@code sc} (the screen tests' own scenario when null). */
    Harness(Scenario sc, int columns, int rows, boolean color) {
        try {
            if (scenario == null) {
                scenario = ScenarioLoader.load(SCENARIO);
            }
            terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            session = new GameSession(sc == null ? scenario : sc, 7, "Test");
            tui = new CapexTui(session, screen, color);
            tui.redraw();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Harness keys(KeyStroke... keys) {
        try {
            for (KeyStroke k : keys) {
                tui.handle(k);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Harness key(KeyType t) {
        return keys(new KeyStroke(t));
    }

    /** Types characters as separate key presses. */
    Harness type(String chars) {
        for (char c : chars.toCharArray()) {
            keys(new KeyStroke(c, false, false));
        }
        return this;
    }

    /** Clears a text box the way a player does: End, then Backspace enough times. */
    Harness clearField() {
        key(KeyType.End);
        for (int i = 0; i < 16; i++) {
            key(KeyType.Backspace);
        }
        return this;
    }

    Harness resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        try {
            tui.redraw();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    String screen() {
        return terminal.toString();
    }
}
