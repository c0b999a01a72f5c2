package dev.capex.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;

/** A read-only viewer (replay, compare) on a virtual terminal, driven key by key and read back as text. */
final class Screens<V extends ViewerBase> {
    final DefaultVirtualTerminal terminal;
    final V view;

    Screens(int columns, int rows, Function<Screen, V> open) {
        try {
            terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            view = open.apply(screen);
            view.redraw();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Screens<V> keys(KeyStroke... keys) {
        try {
            for (KeyStroke k : keys) {
                view.handle(k);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Screens<V> key(KeyType t) {
        return keys(new KeyStroke(t));
    }

    Screens<V> type(String chars) {
        for (char c : chars.toCharArray()) {
            keys(new KeyStroke(c, false, false));
        }
        return this;
    }

    Screens<V> resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        try {
            view.redraw();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    String screen() {
        return terminal.toString();
    }
}
