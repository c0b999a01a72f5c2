package dev.capex.serve;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.capex.play.GameSession;
import dev.capex.report.Msg;
import dev.capex.report.i18n.ScenarioText;
import dev.capex.tui.CapexTui;
import java.io.IOException;

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
        tui.dashboard().welcome(Msg.t("srv.welcome", team.name(), ScenarioText.name(room.scenario()),
                room.scenario().turns(), room.scenario().startQuarter()));
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
        String who = Msg.t("srv.team", team.name());
        if (team.over()) {
            return who + Msg.t("srv.over");
        }
        if (room.behind(team)) {
            return who + Msg.t("srv.replaying", team.session().state().quarter());
        }
        long waiting = room.teams().stream().filter(t -> !t.over() && !t.done()).count();
        if (team.done()) {
            return who + Msg.t("srv.waiting", room.quarter(), waiting, timer(room));
        }
        return who + Msg.t("srv.turn", room.quarter(), timer(room));
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
                tui.dashboard().status(wasBehind ? Msg.t("srv.played", team.session().lastResult().statements().quarter(),
                        team.session().state().quarter()) : "");
                if (wasBehind) {
                    rebuild(room, true);
                }
            } else {
                tui.dashboard().status(Msg.t("srv.goesOn"));
            }
        } else if (onDashboard && !team.over() && c == 'e') {
            if (team.done() && !room.behind(team)) {
                tui.dashboard().status(Msg.t("srv.endedAlready"));
            } else {
                int n = team.session().queued().size();
                confirmingEnd = true;
                tui.dashboard().status(Msg.t("srv.confirm", team.session().state().quarter(),
                        n == 0 ? Msg.t("srv.noDecisions") : n == 1 ? Msg.t("srv.oneDecision") : Msg.t("srv.decisions", n),
                        room.behind(team) ? Msg.t("srv.playsAtOnce") : Msg.t("srv.takeBack")));
            }
        } else if (onDashboard && !team.over() && c == 'u') {
            if (team.done()) {
                room.setDone(team, false);
                changed = true;
                tui.dashboard().status(Msg.t("srv.takenBack"));
            } else {
                tui.dashboard().status(Msg.t("srv.notEnded"));
            }
        } else if (onDashboard && team.done() && !team.over() && changesQueue(k, c)) {
            tui.dashboard().status(Msg.t("srv.locked", team.name(), room.quarter()));
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

    /** The quarter's time left, "12:05" or "paused 3:10", in the players' language. */
    static String timer(Classroom room) {
        return room.paused() ? Msg.t("srv.paused", room.timerClock()) : room.timerClock();
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
