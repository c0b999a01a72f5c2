package dev.capex.serve;

import dev.capex.engine.model.Scenario;
import dev.capex.report.Standings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The facilitator's console: the terminal that runs {@code capex serve}, one command a line, so that it
 * works the same on a terminal, over a pipe and from a test. {@code status} shows every team (laptops
 * connected, deciding or done, decisions queued), {@code board} the projector's leaderboard.
 */
public final class FacilitatorConsole {
    /** Writes the debrief of the games in the folder; returns what to tell the facilitator. */
    public interface Debrief {
        String write(Classroom room) throws IOException;
    }

    private final ClassroomServer server;
    private final PrintStream out;
    private final Debrief debrief;

    public FacilitatorConsole(ClassroomServer server, PrintStream out, Debrief debrief) {
        this.server = server;
        this.out = out;
        this.debrief = debrief;
    }

    public static List<String> help() {
        return List.of(
                "status            every team: laptops connected, deciding/done, decisions queued; the timer",
                "advance           play the quarter for every team now (also: when all are done, or the timer ends)",
                "pause | go        stop / restart the quarter's timer",
                "extend [MIN]      add minutes to this quarter (default 2)",
                "timer MIN         the length of a quarter, from now on",
                "cards             the shock cards that can be injected",
                "inject CARD       the card hits every team when this quarter plays (a secret until then)",
                "undo TEAM         take back a team's last quarter (it replays it, then goes on)",
                "board             the leaderboard for the projector: change since last quarter, and why",
                "codes             the join codes, and the host key's fingerprint",
                "kick TEAM         close a team's connections (it can log in again)",
                "report            write the debrief (HTML) of every team's game",
                "stop              stop the server (asks first; every game is saved: --resume DIR goes on)");
    }

    /** Reads commands until the facilitator stops the server (true) or input ends (false). */
    public boolean run(BufferedReader in) throws IOException {
        out.println("Type help for the facilitator's commands.");
        String line;
        while ((line = in.readLine()) != null) {
            String l = line.strip();
            if (l.equals("stop") || l.equals("quit")) {
                out.println("Stop the server? Every game is saved; capex serve --resume " + server.dir()
                        + " goes on. Type yes to stop.");
                String a = in.readLine();
                if (a != null && a.strip().equalsIgnoreCase("yes")) {
                    return true;
                }
                out.println("The server goes on.");
                continue;
            }
            for (String o : execute(l)) {
                out.println(o);
            }
        }
        return false;
    }

    /** One command; the lines to show. */
    public List<String> execute(String line) throws IOException {
        String[] w = line.strip().split("\\s+", 2);
        String cmd = w[0].toLowerCase(Locale.ROOT);
        String arg = w.length > 1 ? w[1].strip() : "";
        Classroom room = server.room();
        try {
            return run(cmd, arg, room);
        } catch (IllegalArgumentException e) {
            return List.of(e.getMessage());
        }
    }

    private List<String> run(String cmd, String arg, Classroom room) throws IOException {
        return server.call(() -> switch (cmd) {
            case "" -> List.of();
            case "help", "?" -> help();
            case "status", "s" -> status();
            case "advance", "next", "a" -> {
                if (room.isOver()) {
                    yield List.of("Every game is over: report writes the debrief.");
                }
                server.advanceNow();
                List<String> out = new ArrayList<>(board());
                yield out;
            }
            case "pause" -> {
                room.pause();
                server.redrawAll();
                yield List.of("Timer paused at " + room.timerText() + ".");
            }
            case "go", "resume" -> {
                room.resumeTimer();
                server.redrawAll();
                yield List.of("Timer running: " + room.timerText() + " left.");
            }
            case "extend" -> {
                double min = arg.isEmpty() ? 2 : minutes(arg);
                room.extend((long) (min * 60_000));
                server.redrawAll();
                yield List.of("Now " + room.timerText() + " left for " + room.quarter() + ".");
            }
            case "timer" -> {
                room.setQuarterLength((long) (minutes(arg) * 60_000));
                server.redrawAll();
                yield List.of("Each quarter now lasts " + arg + " min; " + room.timerText() + " left for this one.");
            }
            case "cards" -> {
                List<String> out = new ArrayList<>();
                for (Scenario.EventCard c : room.cards()) {
                    out.add(String.format(Locale.ROOT, "%-26s %s", c.id(), c.title()));
                }
                yield out;
            }
            case "inject" -> {
                String r = room.inject(arg);
                server.redrawAll();
                yield List.of(r);
            }
            case "undo" -> {
                Classroom.Team t = room.teamForLogin(arg);
                if (t == null) {
                    yield List.of("no team '" + arg + "' (teams: " + String.join(", ", room.names()) + ")");
                }
                String r = room.undo(t);
                server.redrawAll();
                yield List.of(r);
            }
            case "board", "leaderboard", "b" -> board();
            case "kick" -> {
                Classroom.Team t = room.teamForLogin(arg);
                yield List.of(t == null ? "no team '" + arg + "'" : "closed " + server.kick(t.name()) + " connection(s) of "
                        + t.name());
            }
            case "report" -> List.of(debrief.write(room));
            default -> List.of("unknown command '" + cmd + "': type help");
        });
    }

    private static double minutes(String s) {
        try {
            double m = Double.parseDouble(s);
            if (m <= 0 || m > 600) {
                throw new IllegalArgumentException("minutes must be between 0 and 600, not " + s);
            }
            return m;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number of minutes: " + s);
        }
    }

    /** Every team's line: laptops, turn, queue; and the timer. */
    public List<String> status() {
        Classroom room = server.room();
        List<String> out = new ArrayList<>();
        out.add(room.isOver() ? "Every game is over." : room.quarter() + " — " + room.timerText() + " left"
                + (room.injected().isEmpty() ? "" : " — injected: " + String.join(", ", room.injected())));
        out.add(String.format(Locale.ROOT, "  %-16s %-8s %-22s %s", "Team", "Laptops", "Turn", "Queued"));
        for (Classroom.Team t : room.teams()) {
            out.add(String.format(Locale.ROOT, "  %-16s %-8d %-22s %d", t.name(), server.connections(t.name()),
                    room.state(t), t.session().queued().size()));
        }
        return out;
    }

    /** The projector's board. */
    public List<String> board() {
        Classroom room = server.room();
        List<String> out = new ArrayList<>();
        out.add("Leaderboard — " + room.scenario().name() + (room.isOver() ? " — final" : " — after "
                + room.quarter().plus(-1)));
        out.addAll(Standings.lines(room.standings()));
        return out;
    }
}
