package dev.capex.tui;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.DefaultWindowManager;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the read-only screens (the replay viewer, the compare view) share: a GUI on a screen they are
 * given, one key at a time, full-screen pages that scroll. Like {@link CapexTui}: no threads, no sleeps,
 * so tests drive them key by key on a virtual terminal.
 */
abstract class ViewerBase implements TerminalLauncher.App {
    protected final Screen screen;
    protected final Palette palette;
    protected final MultiWindowTextGUI gui;
    protected boolean done;

    ViewerBase(Screen screen, boolean color) {
        this.screen = screen;
        this.palette = new Palette(color);
        this.gui = new MultiWindowTextGUI(KeyLoopThread.factory(), screen, new DefaultWindowManager(), null,
                new EmptySpace(TextColor.ANSI.DEFAULT));
        gui.setTheme(palette.theme());
    }

    /** The main screen: full size, no frame. */
    protected final void mainWindow(BasicWindow w) {
        w.setHints(List.of(Window.Hint.FULL_SCREEN, Window.Hint.NO_DECORATIONS));
        gui.addWindow(w);
    }

    @Override
    public boolean isDone() {
        return done;
    }

    public Window activeWindow() {
        return gui.getActiveWindow();
    }

    @Override
    public void redraw() throws IOException {
        gui.updateScreen();
    }

    /** Handles one key and redraws. Ctrl-C and the end of input leave at once (nothing here to lose). */
    public void handle(KeyStroke key) throws IOException {
        if (key.getKeyType() == KeyType.EOF
                || (key.isCtrlDown() && key.getKeyType() == KeyType.Character && key.getCharacter() == 'c')) {
            done = true;
            return;
        }
        gui.handleInput(key);
        ((KeyLoopThread) gui.getGUIThread()).runPending();
        gui.updateScreen();
    }

    @Override
    public boolean pump() throws IOException {
        boolean any = false;
        KeyStroke k;
        while (!done && (k = screen.pollInput()) != null) {
            handle(k);
            any = true;
        }
        if (gui.isPendingUpdate()) {
            gui.updateScreen();
        }
        return any;
    }

    /**
     * A full-screen page: arrows and PgUp/PgDn scroll, Escape/Enter/space close, q quits the viewer;
     * {@code extra} sees every other key first (true if it used it).
     */
    protected final BasicWindow page(String title, TextPage page, Predicate<KeyStroke> extra) {
        BasicWindow w = new BasicWindow(" " + title + " ") {
            @Override
            public boolean handleInput(KeyStroke k) {
                if (extra != null && extra.test(k)) {
                    return true;
                }
                if (page.scroll(k, page.pageRows())) {
                    return true;
                }
                if (k.getKeyType() == KeyType.Escape || k.getKeyType() == KeyType.Enter
                        || (k.getKeyType() == KeyType.Character && k.getCharacter() == ' ')) {
                    close();
                    return true;
                }
                if (k.getKeyType() == KeyType.Character && Character.toLowerCase(k.getCharacter()) == 'q') {
                    done = true;
                    return true;
                }
                return super.handleInput(k);
            }
        };
        w.setHints(List.of(Window.Hint.MODAL, Window.Hint.FULL_SCREEN));
        w.setComponent(page);
        gui.addWindow(w);
        return w;
    }

    /** Closes every page above the main window. */
    protected final void closePages(Window main) {
        while (gui.getActiveWindow() != null && gui.getActiveWindow() != main) {
            gui.getActiveWindow().close();
        }
    }
}
