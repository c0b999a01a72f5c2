package dev.capex.workshop;

import dev.capex.report.Msg;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import dev.capex.engine.QuarterResult;
import dev.capex.engine.model.QuarterFigures;
import dev.capex.play.GameSession;
import dev.capex.report.Text;
import dev.capex.tui.CapexTui;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboard face of a hot-seat workshop: between teams a blank hand-over screen ("pass the keyboard
 * to Blue"), then that team's own dashboard (dev.capex.tui's, one per team on the same screen), and after
 * the last team the leaderboard. A thin adapter over the dashboard: on the dashboard itself, 'e' means
 * "done, hand the keyboard on" rather than "play the quarter", which the workshop plays for all teams
 * at once. Like the dashboard it takes one key at a time, so tests drive it on a virtual terminal.
 */
public final class WorkshopTui {
    private final HotSeat game;
    private final Screen screen;
    private final boolean color;
    private final Map<String, CapexTui> dashboards = new LinkedHashMap<>();
    private boolean done;

    public WorkshopTui(HotSeat game, Screen screen, boolean color) {
        this(game, screen, color, System::currentTimeMillis, 0);
    }

    /**
     * @param clock     the time, for the turn's timer
     * @param turnMillis the time a team has for its turn (0: no limit, the timer only counts up)
     */
    public WorkshopTui(HotSeat game, Screen screen, boolean color, java.util.function.LongSupplier clock, long turnMillis) {
        this.game = game;
        this.screen = screen;
        this.color = color;
        this.clock = clock;
        this.turnMillis = turnMillis;
        this.turnStart = clock.getAsLong();
    }

    private final java.util.function.LongSupplier clock;
    private final long turnMillis;
    private long turnStart;
    /** A question on screen waiting for y: "end" (the team's turn) or "stop" (the workshop). */
    private String asking;
    private final Map<String, String> resultSeen = new LinkedHashMap<>();

    public HotSeat game() {
        return game;
    }

    /** True after the final leaderboard is closed or the facilitator stopped the workshop. */
    public boolean isDone() {
        return done;
    }

    /** The dashboard of the team at the keyboard (null between teams). */
    public CapexTui dashboard() {
        return game.phase() == HotSeat.Phase.DECIDING ? dashboardOf(game.current()) : null;
    }

    private CapexTui dashboardOf(GameSession s) {
        return dashboards.computeIfAbsent(s.team(), t -> {
            CapexTui tui = new CapexTui(s, screen, color);
            tui.dashboard().welcome(Msg.t("ws.welcome", t, dev.capex.report.i18n.ScenarioText.name(game.scenario()), game.scenario().turns(),
                    game.scenario().startQuarter()));
            return tui;
        });
    }

    /** "3:12" spent on this turn, or "1:48 left" with a limit ("TIME UP" after it). */
    public String timer() {
        long spent = Math.max(0, clock.getAsLong() - turnStart);
        if (turnMillis <= 0) {
            return Msg.t("ws.spent", clockText(spent));
        }
        long left = turnMillis - spent;
        return left <= 0 ? Msg.t("ws.timeUp") : Msg.t("ws.left", clockText(left));
    }

    private static String clockText(long ms) {
        long s = ms / 1000;
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    public void redraw() throws IOException {
        switch (game.phase()) {
            case HANDOFF -> {
                List<String> lines = new ArrayList<>(List.of(Msg.t("ws.title", dev.capex.report.i18n.ScenarioText.name(game.scenario())), "",
                        Msg.t("ws.pass", game.quarter(), game.current().team()), "",
                        Msg.t("ws.ready", game.current().team()), "",
                        Msg.t("ws.inTurn")));
                if (game.lastDone() != null) {
                    lines.add(Msg.t("ws.back", game.lastDone()));
                }
                lines.add(Msg.t("ws.stopHint"));
                question(lines);
                page(lines);
            }
            case DECIDING -> {
                CapexTui t = dashboard();
                t.dashboard().refresh();
                hint(t);
                t.redraw();
            }
            case READY -> {
                List<String> lines = new ArrayList<>();
                lines.add(Msg.t("ws.allDone", game.quarter()));
                lines.add("");
                lines.add(Msg.t("ws.play", game.quarter()));
                List<String> teams = game.doneTeams();
                for (int i = 0; i < teams.size() && i < 9; i++) {
                    lines.add(Msg.t("ws.backN", i + 1, teams.get(i)));
                }
                lines.add(Msg.t("ws.stopQ"));
                question(lines);
                page(lines);
            }
            case LEADERBOARD -> {
                List<String> lines = new ArrayList<>();
                lines.add(Msg.t("ws.played", game.quarter()));
                lines.add("");
                lines.addAll(dev.capex.report.Standings.lines(game.standings()));
                List<String> bots = game.leaderboard(true).lines();
                int ref = bots.indexOf(dev.capex.report.Leaderboard.REFERENCE.get());
                if (ref >= 0) {
                    lines.add("");
                    lines.addAll(bots.subList(ref, bots.size()));
                }
                lines.add("");
                boolean last = game.sessions().stream().allMatch(s -> s.state().isOver());
                lines.add(last ? Msg.t("ws.over")
                        : Msg.t("ws.next"));
                page(lines);
            }
            case OVER -> {
                List<String> lines = new ArrayList<>();
                lines.add(Msg.t("ws.final", dev.capex.report.i18n.ScenarioText.name(game.scenario())));
                lines.add("");
                lines.addAll(dev.capex.report.Standings.lines(game.standings()));
                lines.add("");
                lines.add(Msg.t("ws.lesson", dev.capex.report.i18n.ScenarioText.lesson(game.scenario())));
                lines.add("");
                lines.add(Msg.t("ws.close"));
                page(lines);
            }
            default -> {
            }
        }
    }

    private void question(List<String> lines) {
        if ("stop".equals(asking)) {
            lines.add("");
            lines.add(Msg.t("ws.stopAsk"));
        }
    }

    /** Handles one key and redraws. */
    public void handle(KeyStroke key) throws IOException {
        if (key.getKeyType() == KeyType.EOF) {
            done = true;
            return;
        }
        char c = key.getKeyType() == KeyType.Character ? key.getCharacter() : 0;
        boolean ctrlC = key.isCtrlDown() && c == 'c';
        if (asking != null && game.phase() != HotSeat.Phase.DECIDING) {
            String a = asking;
            asking = null;
            if (a.equals("stop") && Character.toLowerCase(c) == 'y') {
                done = true;
                return;
            }
            redraw();
            return;
        }
        switch (game.phase()) {
            case HANDOFF -> {
                if (key.getKeyType() == KeyType.Enter) {
                    game.takeKeyboard();
                    turnStart = clock.getAsLong();
                    showResultOnce();
                } else if (Character.toLowerCase(c) == 'b' && game.lastDone() != null) {
                    game.takeBack(game.lastDone());
                } else if (c == 'Q' || ctrlC || key.getKeyType() == KeyType.Escape) {
                    asking = "stop";
                }
            }
            case DECIDING -> {
                CapexTui t = dashboard();
                boolean onDashboard = t.activeWindow() != null && t.activeWindow().getComponent() == t.dashboard();
                char lc = Character.toLowerCase(c);
                if ("end".equals(asking)) {
                    asking = null;
                    if (lc == 'y') {
                        game.doneDeciding();
                    } else {
                        t.dashboard().status(Msg.t("ws.goesOn"));
                    }
                } else if (ctrlC || onDashboard && (lc == 'e' || lc == 'q') && !game.current().state().isOver()) {
                    int n = game.current().queued().size();
                    asking = "end";
                    t.dashboard().status(Msg.t("ws.endAsk", game.current().team(), game.quarter(), n == 0 ? Msg.t("ws.noNew")
                            : n == 1 ? Msg.t("tui.oneDecision") : Msg.t("tui.decisions", n)));
                } else {
                    t.handle(key);
                    if (t.isDone()) {
                        // The dashboard closed (its game is over): the keyboard passes on, the workshop goes on.
                        dashboards.remove(game.current().team());
                        game.doneDeciding();
                    } else {
                        hint(t);
                    }
                }
            }
            case READY -> {
                if (key.getKeyType() == KeyType.Enter) {
                    game.playQuarter();
                } else if (c >= '1' && c <= '9' && c - '1' < game.doneTeams().size()) {
                    game.takeBack(game.doneTeams().get(c - '1'));
                } else if (c == 'Q' || lcEq(c, 'q') || ctrlC || key.getKeyType() == KeyType.Escape) {
                    asking = "stop";
                }
            }
            case LEADERBOARD -> {
                if (key.getKeyType() == KeyType.Enter) {
                    game.nextQuarter();
                }
            }
            case OVER -> {
                if (key.getKeyType() == KeyType.Enter || key.getKeyType() == KeyType.Escape) {
                    done = true;
                    return;
                }
            }
            default -> {
            }
        }
        redraw();
    }

    private static boolean lcEq(char c, char x) {
        return Character.toLowerCase(c) == x;
    }

    /** A team that takes the keyboard after a quarter was played sees its result at once, without a key. */
    private void showResultOnce() {
        GameSession s = game.current();
        if (s.lastResult() == null) {
            return;
        }
        String q = s.lastResult().statements().quarter().toString();
        if (!q.equals(resultSeen.get(s.team()))) {
            resultSeen.put(s.team(), q);
            CapexTui t = dashboardOf(s);
            t.dashboard().refresh();
            t.openLastResult();
        }
    }

    /** Called about once a second by the face: the timer on the team's line moves. */
    public void tick() throws IOException {
        if (game.phase() == HotSeat.Phase.DECIDING && asking == null) {
            CapexTui t = dashboard();
            if (t.dashboard().status().startsWith(Msg.t("ws.hintStart", game.current().team()))) {
                t.dashboard().status("");
                hint(t);
                t.redraw();
            }
        }
    }

    /** Handles every key waiting on the screen; true if there was any. */
    public boolean pump() throws IOException {
        boolean any = false;
        KeyStroke k;
        while (!done && (k = screen.pollInput()) != null) {
            handle(k);
            any = true;
        }
        return any;
    }

    private void hint(CapexTui t) {
        if (t.dashboard().status().isEmpty()) {
            t.dashboard().status(Msg.t("ws.hintStart", game.current().team()) + Msg.t("ws.hint", game.quarter(), timer()));
        }
    }

    /** A plain full screen of text, centred vertically: the hand-over and the leaderboard. */
    private void page(List<String> lines) throws IOException {
        screen.clear();
        TextGraphics g = screen.newTextGraphics();
        TerminalSize size = screen.getTerminalSize();
        int top = Math.max(0, (size.getRows() - lines.size()) / 2);
        for (int i = 0; i < lines.size() && top + i < size.getRows(); i++) {
            String l = lines.get(i);
            g.putString(2, top + i, l.length() > size.getColumns() - 3 ? l.substring(0, size.getColumns() - 3) : l);
        }
        screen.refresh(Screen.RefreshType.COMPLETE);
    }
}
