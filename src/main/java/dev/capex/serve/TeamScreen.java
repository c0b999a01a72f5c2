package dev.capex.serve;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.capex.play.GameSession;
import dev.capex.tui.CapexTui;
import java.io.IOException;
import java.util.Locale;

/**
 * One laptop's view of its team's game: the full dashboard (dev.capex.tui) drawn on the SSH channel's
 * terminal. Two laptops of one team each have a TeamScreen over the same game: what one queues, the
 * other sees at once. In a served workshop 'e' ends the team's turn (asking first) instead of playing
 * the quarter, which the facilitator plays for every team at once; 'u' takes the turn back until then.
 * Used on the server's single game thread only.
 */
final class TeamScreen {
    final int id;
    final Classroom.Team team;
    final SshTerminal terminal;
    final TerminalScreen screen;
    final ChannelWriter out;
    final String remote;
    private final boolean color;
    private CapexTui tui;
    private GameSession shown;
    private boolean confirmingEnd;
    private String hint = "";
    org.apache.sshd.server.ExitCallback exit;
    long lastInput;
    boolean closed;

    TeamScreen(int id, Classroom.Team team, SshTerminal terminal, ChannelWriter out, String remote, boolean color,
            long now) throws IOException {
        this.id = id;
        this.team = team;
        this.terminal = terminal;
        this.out = out;
        this.remote = remote;
        this.color = color;
        this.screen = new TerminalScreen(terminal);
        this.lastInput = now;
    }

    CapexTui tui() {
        return tui;
    }

    void open(Classroom room) throws IOException {
        screen.startScreen();
        screen.setCursorPosition(null);
        rebuild(room, team.session().lastResult() != null);
    }

    /** A fresh dashboard over the team's game (after a quarter, an undo or an injected card); it may open the last result. */
    void rebuild(Classroom room, boolean showResult) throws IOException {
        tui = new CapexTui(team.session(), screen, color);
        shown = team.session();
        confirmingEnd = false;
        tui.dashboard().welcome("Welcome, CFO of team " + team.name() + ". " + room.scenario().name() + ": "
                + room.scenario().turns() + " quarters from " + room.scenario().startQuarter() + ". Every team plays "
                + "the same world on its own laptop: whatever happens to the market happens to all.");
        if (showResult && team.session().lastResult() != null) {
            tui.openLastResult();
        }
        draw(room);
    }

    /** Redraws with the current figures and the team's line at the bottom. */
    void draw(Classroom room) throws IOException {
        if (shown != team.session()) {
            rebuild(room, false);
            return;
        }
        tui.dashboard().refresh();
        String s = tui.dashboard().status();
        if (s.isEmpty() || s.equals(hint)) {
            hint = hint(room);
            tui.dashboard().status(hint);
        }
        tui.redraw();
    }

    String hint(Classroom room) {
        String who = "Team " + team.name() + " · ";
        if (team.over()) {
            return who + "your game is over · e: the scorecard";
        }
        if (room.behind(team)) {
            return who + "replaying " + team.session().state().quarter() + " (taken back by the facilitator) · e: play "
                    + "it now";
        }
        long waiting = room.teams().stream().filter(t -> !t.over() && !t.done()).count();
        if (team.done()) {
            return who + "turn ended for " + room.quarter() + " · waiting for " + waiting + " team(s) · "
                    + room.timerText() + " left · u: take it back";
        }
        return who + room.quarter() + " · " + room.timerText() + " left · e: end your turn (the quarter plays for "
                + "every team at once)";
    }

    /** One key from this laptop; true if the team's game or turn changed (its other laptops redraw). */
    boolean handle(Classroom room, KeyStroke k) throws IOException {
        if (shown != team.session()) {
            rebuild(room, false);
        }
        boolean onDashboard = tui.activeWindow() == null || tui.activeWindow().getComponent() == tui.dashboard();
        char c = k.getKeyType() == KeyType.Character ? Character.toLowerCase(k.getCharacter()) : 0;
        boolean changed = false;
        if (confirmingEnd) {
            confirmingEnd = false;
            if (c == 'y') {
                boolean wasBehind = room.behind(team);
                room.setDone(team, true);
                changed = true;
                tui.dashboard().status(wasBehind ? "Played " + team.session().lastResult().statements().quarter()
                        + ". Now decide " + team.session().state().quarter() + "." : "");
                if (wasBehind) {
                    rebuild(room, true);
                }
            } else {
                tui.dashboard().status("Your turn goes on: keep deciding.");
            }
        } else if (onDashboard && !team.over() && c == 'e') {
            if (team.done() && !room.behind(team)) {
                tui.dashboard().status("Your turn has ended already; u takes it back.");
            } else {
                int n = team.session().queued().size();
                confirmingEnd = true;
                tui.dashboard().status(String.format(Locale.ROOT, "End your turn for %s with %s? y = yes, any other key "
                        + "= no%s", team.session().state().quarter(), n == 0 ? "no new decisions"
                        : n + (n == 1 ? " decision" : " decisions"), room.behind(team) ? " (it plays at once)"
                        : " (u takes it back until the quarter plays)"));
            }
        } else if (onDashboard && !team.over() && c == 'u') {
            if (team.done()) {
                room.setDone(team, false);
                changed = true;
                tui.dashboard().status("Turn taken back: change your decisions, then e again.");
            } else {
                tui.dashboard().status("Your turn has not ended: nothing to take back.");
            }
        } else if (onDashboard && team.done() && !team.over() && changesQueue(k, c)) {
            tui.dashboard().status("Team " + team.name() + " has ended its turn for " + room.quarter()
                    + ": u takes it back to change the decisions.");
        } else {
            tui.handle(k);
        }
        if (room.queueChanged(team)) {
            changed = true;
        }
        if (!tui.isDone()) {
            draw(room);
        }
        return changed;
    }

    private static boolean changesQueue(KeyStroke k, char c) {
        return c == 'n' || c == '+' || c == 'x' || c == '-' || k.getKeyType() == KeyType.Enter
                || k.getKeyType() == KeyType.Delete || k.getKeyType() == KeyType.Backspace
                || k.getKeyType() == KeyType.Insert;
    }

    /** True once the player left (q, after confirming) or closed the final scorecard. */
    boolean wantsToLeave() {
        return tui != null && tui.isDone();
    }

    /** Puts the laptop's terminal back as it was (the alternate screen off, the cursor on). */
    void stopScreen() {
        try {
            screen.stopScreen();
        } catch (IOException | RuntimeException e) {
            // the channel is gone
        }
    }
}
