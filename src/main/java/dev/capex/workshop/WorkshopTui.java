package dev.capex.workshop;

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
        this.game = game;
        this.screen = screen;
        this.color = color;
    }

    public HotSeat game() {
        return game;
    }

    /** True after the final leaderboard is closed or the facilitator quit. */
    public boolean isDone() {
        return done;
    }

    /** The dashboard of the team at the keyboard (null between teams). */
    public CapexTui dashboard() {
        return game.phase() == HotSeat.Phase.DECIDING ? dashboardOf(game.current()) : null;
    }

    private CapexTui dashboardOf(GameSession s) {
        return dashboards.computeIfAbsent(s.team(), t -> new CapexTui(s, screen, color));
    }

    public void redraw() throws IOException {
        switch (game.phase()) {
            case HANDOFF -> page(List.of("Capex workshop — " + game.scenario().name(), "",
                    game.quarter() + ": pass the keyboard to " + game.current().team() + ".", "",
                    game.current().team() + ", press Enter when you are ready.", "",
                    "(Every team decides in turn; the quarter plays when the last team is done.)"));
            case DECIDING -> {
                CapexTui t = dashboard();
                t.dashboard().refresh();
                hint(t);
                t.redraw();
            }
            case LEADERBOARD -> {
                List<String> lines = new ArrayList<>();
                lines.add(game.quarter() + " has been played for every team.");
                lines.add("");
                for (Map.Entry<String, QuarterResult> e : game.lastResults().entrySet()) {
                    QuarterFigures f = e.getValue().state().latest();
                    lines.add(String.format(Locale.ROOT, "%-16s cash %s, debt %s, rating %s, arena #%d, $%.2f a share",
                            e.getKey(), Text.money(f.cashM()), Text.money(f.debtM()), f.rating(), f.rank(), f.sharePrice()));
                }
                lines.add("");
                lines.add("Leaderboard after " + game.quarter() + ":");
                lines.addAll(game.leaderboard(true).lines());
                lines.add("");
                boolean last = game.sessions().stream().allMatch(s -> s.state().isOver());
                lines.add(last ? "The game is over. Press Enter for the final leaderboard." : "Press Enter for the next quarter.");
                page(lines);
            }
            case OVER -> {
                List<String> lines = new ArrayList<>();
                lines.add("Final leaderboard — " + game.scenario().name());
                lines.add("");
                lines.addAll(game.leaderboard(true).lines());
                lines.add("");
                lines.add("Press Enter to close. Debrief: capex report with each team's log.");
                page(lines);
            }
            default -> {
            }
        }
    }

    /** Handles one key and redraws. */
    public void handle(KeyStroke key) throws IOException {
        if (key.getKeyType() == KeyType.EOF) {
            done = true;
            return;
        }
        switch (game.phase()) {
            case HANDOFF -> {
                if (key.getKeyType() == KeyType.Enter) {
                    game.takeKeyboard();
                }
            }
            case DECIDING -> {
                CapexTui t = dashboard();
                boolean onDashboard = t.activeWindow() != null && t.activeWindow().getComponent() == t.dashboard();
                if (onDashboard && key.getKeyType() == KeyType.Character && Character.toLowerCase(key.getCharacter()) == 'e') {
                    game.doneDeciding();
                } else {
                    t.handle(key);
                    if (t.isDone()) {
                        done = true;
                        return;
                    }
                    hint(t);
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
            t.dashboard().status("Team " + game.current().team() + ": e = done, hand the keyboard on (the quarter plays "
                    + "when every team is done)");
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
