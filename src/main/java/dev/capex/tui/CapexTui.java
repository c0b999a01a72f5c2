package dev.capex.tui;

import dev.capex.report.Msg;
import dev.capex.engine.levers.LeverRules;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.ActionListBox;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.DefaultWindowManager;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import dev.capex.engine.QuarterResult;
import dev.capex.engine.Score;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.GameStatus;
import dev.capex.engine.model.Scenario;
import dev.capex.play.GameSession;
import dev.capex.report.Text;
import dev.capex.tui.Levers.Lever;
import dev.capex.tui.Palette.Role;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's controller: it owns the windows drawn on a {@link Screen} it is given, takes one
 * {@link KeyStroke} at a time and redraws. No threads and no sleeps here, so tests drive it on a
 * virtual terminal key by key; {@link TerminalLauncher} feeds it a real terminal's keys.
 */
public final class CapexTui {
    private final GameSession session;
    private final Screen screen;
    private final Palette palette;
    private final MultiWindowTextGUI gui;
    private final DashboardView dashboard;
    private final DashboardWindow dashboardWindow;
    private boolean done;

    public CapexTui(GameSession session, Screen screen, boolean color) {
        this.session = session;
        this.screen = screen;
        this.palette = new Palette(color);
        this.gui = new MultiWindowTextGUI(KeyLoopThread.factory(), screen, new DefaultWindowManager(), null,
                new EmptySpace(TextColor.ANSI.DEFAULT));
        gui.setTheme(palette.theme());
        dashboard = new DashboardView(session, palette);
        dashboardWindow = new DashboardWindow();
        dashboardWindow.setComponent(dashboard);
        gui.addWindow(dashboardWindow);
    }

    public MultiWindowTextGUI gui() {
        return gui;
    }

    public DashboardView dashboard() {
        return dashboard;
    }

    /** True once the player quit (after confirming) or closed the final scorecard. */
    public boolean isDone() {
        return done;
    }

    /** The window on top (a form, a dialog, a page, or the dashboard itself). */
    public Window activeWindow() {
        return gui.getActiveWindow();
    }

    /** Draws whatever changed (also after a resize of the terminal). */
    public void redraw() throws IOException {
        gui.updateScreen();
    }

    /** Handles one key and redraws. Ctrl-C asks to quit, like q; end of input quits at once. */
    public void handle(KeyStroke key) throws IOException {
        if (key.getKeyType() == KeyType.EOF) {
            done = true;
            return;
        }
        if (key.isCtrlDown() && key.getKeyType() == KeyType.Character && key.getCharacter() == 'c') {
            askQuit();
        } else {
            gui.handleInput(key);
        }
        // Listeners Lanterna deferred to "the GUI thread" (a list's new choice): run them now, so a
        // form's preview follows every field.
        ((KeyLoopThread) gui.getGUIThread()).runPending();
        gui.updateScreen();
    }

    /** Handles every key already waiting on the screen, then redraws; true if there was any. */
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

    private TerminalSize size() {
        return screen.getTerminalSize();
    }

    private void status(String s) {
        dashboard.refresh();
        dashboard.status(s);
    }

    // ---- the dashboard's keys

    private final class DashboardWindow extends BasicWindow {
        DashboardWindow() {
            setHints(List.of(Window.Hint.FULL_SCREEN, Window.Hint.NO_DECORATIONS));
        }

        @Override
        public boolean handleInput(KeyStroke k) {
            dashboard.status("");
            boolean over = session.state().isOver();
            switch (k.getKeyType()) {
                case ArrowUp -> dashboard.select(-1);
                case ArrowDown -> dashboard.select(1);
                case PageUp -> dashboard.scrollNews(-1);
                case PageDown -> dashboard.scrollNews(1);
                case Enter -> {
                    if (session.queued().isEmpty()) {
                        openMenu();
                    } else {
                        editQueued(dashboard.selected());
                    }
                }
                case Delete, Backspace -> removeQueued();
                case Insert -> openMenu();
                case F1 -> openHelp();
                case Escape -> {
                }
                case Character -> {
                    char c = Character.toLowerCase(k.getCharacter());
                    switch (c) {
                        case 'n', '+' -> {
                            if (!over) {
                                openMenu();
                            }
                        }
                        case 'x', '-' -> removeQueued();
                        case 'e' -> {
                            if (!over) {
                                askEndQuarter();
                            } else {
                                openScorecard();
                            }
                        }
                        case 'q' -> askQuit();
                        case '?', 'h' -> openHelp();
                        case 'g' -> openGlossary("");
                        case 'r', 's' -> openLastResult();
                        default -> {
                            return false;
                        }
                    }
                }
                default -> {
                    return false;
                }
            }
            return true;
        }
    }

    private void removeQueued() {
        if (session.queued().isEmpty()) {
            status(dev.capex.report.Msg.t("tui.nothingToRemove"));
            return;
        }
        Decision d = session.removeQueued(dashboard.selected());
        status(dev.capex.report.Msg.t("tui.removed", Text.summary(session.scenario(), d)));
    }

    // ---- levers

    /** The menu of every lever, grouped by family, each with its letter. */
    public void openMenu() {
        if (session.state().isOver()) {
            return;
        }
        List<Lever> levers = Levers.all(session.scenario(), session.state());
        BasicWindow w = new BasicWindow(" " + Msg.t("menu.title", session.state().quarter()) + " ") {
            @Override
            public boolean handleInput(KeyStroke k) {
                if (k.getKeyType() == KeyType.Escape) {
                    close();
                    return true;
                }
                if (k.getKeyType() == KeyType.Character) {
                    char c = Character.toLowerCase(k.getCharacter());
                    for (Lever l : levers) {
                        if (l.key() == c) {
                            close();
                            openForm(l.type(), -1);
                            return true;
                        }
                    }
                }
                return super.handleInput(k);
            }
        };
        w.setHints(List.of(Window.Hint.MODAL, Window.Hint.CENTERED));
        ActionListBox list = new ActionListBox();
        String family = "";
        int titleWidth = levers.stream().mapToInt(l -> l.title().length()).max().orElse(22);
        for (Lever l : levers) {
            boolean on = session.scenario().leverEnabled(l.type());
            String label = String.format(Locale.ROOT, "%c  %-" + titleWidth + "s %s", l.key(), l.title(),
                    !l.family().equals(family) ? l.family() : "");
            if (!on) {
                label = Msg.t("menu.off", l.key(), l.title() + " ".repeat(Math.max(0, titleWidth - l.title().length())));
            }
            family = l.family();
            list.addItem(label, () -> {
                w.close();
                openForm(l.type(), -1);
            });
        }
        Panel p = new Panel(new LinearLayout(Direction.VERTICAL));
        p.addComponent(list);
        p.addComponent(new Label(Msg.t("menu.foot")));
        w.setComponent(p);
        gui.addWindow(w);
    }

    /** Opens the form of a lever, new (index -1) or editing a queued decision. */
    public DecisionForm openForm(String type, int editIndex) {
        List<Lever> levers = Levers.all(session.scenario(), session.state());
        DecisionForm f = new DecisionForm(session, Levers.byType(levers, type), editIndex, palette, size(),
                this::status, this::openGlossary);
        gui.addWindow(f);
        return f;
    }

    private void editQueued(int index) {
        Decision d = session.queued().get(index);
        openForm(LeverRules.type(d), index);
    }

    // ---- dialogs

    /** A yes/no question; y or Enter on Yes confirms, n or Escape declines. */
    private void confirm(String title, List<String> text, Runnable yes) {
        BasicWindow w = new BasicWindow(" " + title + " ") {
            @Override
            public boolean handleInput(KeyStroke k) {
                if (k.getKeyType() == KeyType.Escape
                        || (k.getKeyType() == KeyType.Character && Character.toLowerCase(k.getCharacter()) == 'n')) {
                    close();
                    return true;
                }
                if (k.getKeyType() == KeyType.Character && Character.toLowerCase(k.getCharacter()) == 'y') {
                    close();
                    yes.run();
                    return true;
                }
                return super.handleInput(k);
            }
        };
        w.setHints(List.of(Window.Hint.MODAL, Window.Hint.CENTERED));
        Panel p = new Panel(new LinearLayout(Direction.VERTICAL));
        for (String t : text) {
            for (String line : Fmt.wrap(t, Math.min(70, size().getColumns() - 8), "")) {
                p.addComponent(new Label(line));
            }
        }
        Panel b = new Panel(new LinearLayout(Direction.HORIZONTAL));
        b.addComponent(new Button(dev.capex.report.Msg.t("tui.yes"), () -> {
            w.close();
            yes.run();
        }));
        b.addComponent(new Button(dev.capex.report.Msg.t("tui.no"), w::close));
        p.addComponent(b);
        w.setComponent(p);
        gui.addWindow(w);
    }

    private void askQuit() {
        if (activeWindow() != dashboardWindow && !(activeWindow() instanceof DecisionForm)) {
            activeWindow().close();
        }
        confirm(dev.capex.report.Msg.t("tui.quit"), List.of(dev.capex.report.Msg.t("tui.quitAsk"), session.results().isEmpty() ? dev.capex.report.Msg.t("tui.quitNone")
                : dev.capex.report.Msg.t("tui.quitKept")), () -> done = true);
    }

    private void askEndQuarter() {
        int n = session.queued().size();
        confirm(dev.capex.report.Msg.t("tui.end", session.state().quarter()), List.of(dev.capex.report.Msg.t("tui.endAsk", session.state().quarter(),
                n == 0 ? dev.capex.report.Msg.t("tui.noDecisions") : n == 1 ? dev.capex.report.Msg.t("tui.oneDecision") : dev.capex.report.Msg.t("tui.decisions", n))),
                this::endQuarter);
    }

    /** Plays the quarter with the queued decisions and shows its result. */
    public void endQuarter() {
        // Say so while the quarter resolves: the screen is drawn now, before the engine runs.
        dashboard.status(dev.capex.report.Msg.t("play.computing", session.state().quarter()));
        try {
            gui.updateScreen();
        } catch (IOException e) {
            // the indicator is a courtesy; the quarter plays anyway
        }
        int rankBefore = session.state().lab().ai().rank();
        QuarterResult r = session.endQuarter();
        dashboard.refresh();
        dashboard.status(dev.capex.report.Msg.t("tui.played", r.statements().quarter()));
        openResult(r, rankBefore, true);
    }

    // ---- pages

    private BasicWindow page(String title, TextPage page, Runnable onClose) {
        BasicWindow w = new BasicWindow(" " + title + " ") {
            @Override
            public boolean handleInput(KeyStroke k) {
                if (page.scroll(k, page.pageRows())) {
                    return true;
                }
                if (k.getKeyType() == KeyType.Escape || k.getKeyType() == KeyType.Enter
                        || (k.getKeyType() == KeyType.Character && k.getCharacter() == ' ')) {
                    close();
                    if (onClose != null) {
                        onClose.run();
                    }
                    return true;
                }
                if (k.getKeyType() == KeyType.Character && Character.toLowerCase(k.getCharacter()) == 'g'
                        && !title.startsWith("Glossary")) {
                    openGlossary("");
                    return true;
                }
                if (k.getKeyType() == KeyType.Character && Character.toLowerCase(k.getCharacter()) == 'q') {
                    askQuit();
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

    public void openHelp() {
        TextPage p = new TextPage(palette, dev.capex.report.Msg.t("help.foot"));
        p.add(dev.capex.report.Msg.t("help.title"), Role.TITLE);
        p.blank();
        p.add(dev.capex.report.Msg.t("help.onDashboard"), Role.TITLE);
        p.add(dev.capex.report.Msg.t("help.n"));
        p.add(dev.capex.report.Msg.t("help.updown"));
        p.add(dev.capex.report.Msg.t("help.enter"));
        p.add(dev.capex.report.Msg.t("help.del"));
        p.add(dev.capex.report.Msg.t("help.pg"));
        p.add(dev.capex.report.Msg.t("help.r"));
        p.add(dev.capex.report.Msg.t("help.e"));
        p.add(dev.capex.report.Msg.t("help.g"));
        p.add(dev.capex.report.Msg.t("help.help"));
        p.add(dev.capex.report.Msg.t("help.q"));
        p.blank();
        p.add(dev.capex.report.Msg.t("help.inForm"), Role.TITLE);
        p.add(dev.capex.report.Msg.t("help.tab"));
        p.add(dev.capex.report.Msg.t("help.formEnter"));
        p.add(dev.capex.report.Msg.t("help.f1"));
        p.add(dev.capex.report.Msg.t("help.esc"));
        p.add(dev.capex.report.Msg.t("help.numbers"));
        p.blank();
        p.add(dev.capex.report.Msg.t("help.reading"), Role.TITLE);
        p.add(dev.capex.report.Msg.t("help.arrows"));
        p.add(dev.capex.report.Msg.t("help.spark"));
        p.add(dev.capex.report.Msg.t("help.rank"));
        p.add(dev.capex.report.Msg.t("help.words"));
        p.add(dev.capex.report.Msg.t("help.panels"));
        p.add(dev.capex.report.Msg.t("help.result"));
        p.blank();
        for (String w : dev.capex.report.Explain.weights(session.scenario())) {
            p.add(w);
        }
        page(dev.capex.report.Msg.t("help.page"), p, null);
    }

    public void openGlossary(String term) {
        TextPage p = new TextPage(palette, Msg.t("glossary.foot"));
        int at = -1;
        for (int i = 0; i < Glossary.TERMS.size(); i++) {
            Glossary.Term t = Glossary.TERMS.get(i);
            if (at < 0 && !term.isEmpty() && i == Glossary.indexOf(term)) {
                at = p.size();
            }
            p.add(t.name(), Role.TITLE);
            p.add("  " + t.meaning());
        }
        if (at >= 0) {
            p.scrollToLine(at);
        }
        page(Msg.t("glossary.title"), p, null);
    }

    public void openLastResult() {
        QuarterResult r = session.lastResult();
        if (r == null) {
            status(dev.capex.report.Msg.t("tui.noQuarterYet", session.state().quarter()));
            return;
        }
        List<QuarterResult> all = session.results();
        int rankBefore = all.size() >= 2 ? all.get(all.size() - 2).state().lab().ai().rank()
                : dashboard.start().rank();
        openResult(r, rankBefore, false);
    }

    private void openResult(QuarterResult r, int rankBefore, boolean continueAfter) {
        GameState s = r.state();
        boolean over = s.isOver();
        int index = session.results().indexOf(r);
        TextPage p = ResultPage.of(palette, session.scenario(), r, rankBefore, over
                ? dev.capex.report.Msg.t("result.footFinal")
                : continueAfter ? dev.capex.report.Msg.t("result.footNext", s.quarter())
                : dev.capex.report.Msg.t("result.footClose"), index < 0 ? null : session.bridge(index),
                index < 0 ? null : session.stateBefore(index));
        page(dev.capex.report.Msg.t("result.page", r.statements().quarter()), p, continueAfter || over ? () -> {
            if (session.state().isOver()) {
                openScorecard();
            }
        } : null);
    }

    public void openScorecard() {
        Scenario sc = session.scenario();
        GameState s = session.state();
        Score score = Score.of(sc, s);
        TextPage p = new TextPage(palette, Msg.t("score.foot"));
        String end = dev.capex.report.EngineText.end(s.endReason());
        p.add(s.status() == GameStatus.DEFAULTED ? Msg.t("score.over", Msg.t("score.defaulted", end))
                : end.isEmpty() ? end : Character.toUpperCase(end.charAt(0)) + end.substring(1), s.status() == GameStatus.DEFAULTED ? Role.BAD : Role.TITLE);
        p.blank();
        for (String l : Text.scorecard(sc, s)) {
            p.add(l, l.startsWith("===") ? Role.TITLE : Role.NORMAL);
        }
        p.blank();
        p.add(Msg.t("score.team",
                session.team(), session.seed(), score.total()), Role.TITLE);
        p.blank();
        java.util.List<String> bench = dev.capex.report.Explain.benchmark(sc, s, session.seed());
        p.add(bench.get(0), Role.TITLE);
        for (String l : bench.subList(1, bench.size())) {
            p.add(l);
        }
        page(Msg.t("score.page"), p, () -> done = true);
    }
}
