package dev.capex.workshop;

import dev.capex.engine.QuarterResult;
import dev.capex.engine.model.QuarterFigures;
import dev.capex.play.GameSession;
import dev.capex.report.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plain-text face of a hot-seat workshop: a hand-over screen between teams (the previous team's
 * lines scroll away), each team's own prompt, then the leaderboard for all. Line-oriented, no colour,
 * no cursor movement: usable with a screen reader and from a script.
 */
public final class PlainWorkshop {
    private final HotSeat game;
    private final BufferedReader in;
    private final PrintStream out;
    private final int blankLines;

    /** @param blankLines lines printed at a hand-over so that the previous team's screen scrolls away */
    public PlainWorkshop(HotSeat game, BufferedReader in, PrintStream out, int blankLines) {
        this.game = game;
        this.in = in;
        this.out = out;
        this.blankLines = blankLines;
    }

    /** Runs until every game is over (true), or the facilitator quits or input ends (false). */
    public boolean run() throws IOException {
        out.println("Capex workshop — " + game.scenario().name());
        out.println(String.format(Locale.ROOT, "%d teams (%s), seed %d, %d quarters from %s. Same world for all: the same "
                + "shocks at the same quarter.", game.teams().size(), String.join(", ", game.teams()), game.seed(),
                game.scenario().turns(), game.scenario().startQuarter()));
        out.println("At a hand-over, the facilitator can type back (the last team takes its turn back) or stop.");
        while (!game.isOver()) {
            switch (game.phase()) {
                case HANDOFF -> {
                    for (int i = 0; i < blankLines; i++) {
                        out.println();
                    }
                    out.println("=== " + game.quarter() + ": pass the keyboard to " + game.current().team()
                            + ". " + game.current().team() + ", press Enter when you are ready. ===");
                    String l = in.readLine();
                    if (l == null) {
                        return stopped();
                    }
                    String cmd = l.strip().toLowerCase(Locale.ROOT);
                    if (cmd.equals("back") && game.lastDone() != null) {
                        out.println(game.lastDone() + " takes its turn back.");
                        game.takeBack(game.lastDone());
                    } else if (cmd.equals("stop")) {
                        if (confirmStop()) {
                            return stopped();
                        }
                    } else {
                        game.takeKeyboard();
                        turnStart = System.currentTimeMillis();
                    }
                }
                case READY -> {
                    out.println("=== Every team has ended its turn for " + game.quarter() + ". Facilitator: Enter plays "
                            + "the quarter for every team; back TEAM gives a team its turn back; stop. ===");
                    String l = in.readLine();
                    if (l == null) {
                        return stopped();
                    }
                    String cmd = l.strip();
                    if (cmd.toLowerCase(Locale.ROOT).startsWith("back")) {
                        String team = cmd.length() > 4 ? cmd.substring(4).strip() : game.lastDone();
                        String found = game.doneTeams().stream().filter(t -> t.equalsIgnoreCase(team)).findFirst()
                                .orElse(null);
                        if (found == null) {
                            out.println("No team '" + team + "' has ended its turn (" + String.join(", ", game.doneTeams())
                                    + ").");
                        } else {
                            game.takeBack(found);
                        }
                    } else if (cmd.equalsIgnoreCase("stop")) {
                        if (confirmStop()) {
                            return stopped();
                        }
                    } else {
                        game.playQuarter();
                    }
                }
                case DECIDING -> {
                    if (!turn(game.current())) {
                        return stopped();
                    }
                }
                case LEADERBOARD -> {
                    for (int i = 0; i < blankLines; i++) {
                        out.println();
                    }
                    out.println("=== " + game.quarter() + " has been played for every team ===");
                    for (Map.Entry<String, QuarterResult> e : game.lastResults().entrySet()) {
                        QuarterFigures f = e.getValue().state().latest();
                        out.println(String.format(Locale.ROOT, "  %-16s cash %s, debt %s, rating %s, arena #%d, share "
                                + "price $%.2f", e.getKey(), Text.money(f.cashM()), Text.money(f.debtM()), f.rating(),
                                f.rank(), f.sharePrice()));
                    }
                    out.println("Leaderboard after " + game.quarter() + " (change since the last quarter, and why):");
                    dev.capex.report.Standings.lines(game.standings()).forEach(l -> out.println("  " + l));
                    List<String> bots = game.leaderboard(true).lines();
                    int ref = bots.indexOf(dev.capex.report.Leaderboard.REFERENCE.get());
                    if (ref >= 0) {
                        bots.subList(ref, bots.size()).forEach(l -> out.println("  " + l));
                    }
                    boolean last = game.sessions().stream().allMatch(s -> s.state().isOver());
                    out.println(last ? "The game is over. Press Enter for the final scorecards."
                            : "Press Enter for the next quarter.");
                    if (in.readLine() == null) {
                        return stopped();
                    }
                    game.nextQuarter();
                }
                default -> {
                }
            }
        }
        out.println("=== Final scorecards ===");
        for (GameSession s : game.sessions()) {
            out.println("--- " + s.team() + " ---");
            Text.scorecard(game.scenario(), s.state()).forEach(out::println);
        }
        out.println("Final leaderboard:");
        dev.capex.report.Standings.lines(game.standings()).forEach(l -> out.println("  " + l));
        out.println("The lesson: " + game.scenario().lesson());
        return true;
    }

    /** One team's turn: its last quarter (private to it), where it stands, then its commands. */
    private boolean turn(GameSession s) throws IOException {
        out.println("--- " + s.team() + ", " + s.state().quarter() + " (turn " + (s.state().turn() + 1) + " of "
                + game.scenario().turns() + ") ---");
        if (s.lastResult() != null) {
            Text.quarter(game.scenario(), s.lastResult()).forEach(out::println);
        }
        Text.status(game.scenario(), s.state()).forEach(out::println);
        out.println("Queue your decisions, then type done (help lists the commands).");
        while (true) {
            out.print(s.team() + " " + s.state().quarter() + " > ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                return false;
            }
            TeamPrompt.Outcome o = TeamPrompt.handle(s, line, out);
            if (o == TeamPrompt.Outcome.DONE || o == TeamPrompt.Outcome.QUIT) {
                out.print("End " + s.team() + "'s turn with " + s.queued().size() + " decision(s) queued? (y/n; it can be "
                        + "taken back until the facilitator plays the quarter) ");
                out.flush();
                String a = in.readLine();
                if (a == null) {
                    return false;
                }
                if (!a.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
                    out.println("Your turn goes on.");
                    continue;
                }
                long secs = (System.currentTimeMillis() - turnStart) / 1000;
                out.println(String.format(Locale.ROOT, "%s is done with %d decision(s) queued (turn time %d:%02d).",
                        s.team(), s.queued().size(), secs / 60, secs % 60));
                game.doneDeciding();
                return true;
            }
        }
    }

    private long turnStart = System.currentTimeMillis();

    private boolean confirmStop() throws IOException {
        out.println("Stop the workshop? Every team's game is saved up to the last quarter played; run the same command "
                + "again to go on. Type yes to stop.");
        String a = in.readLine();
        return a == null || a.strip().equalsIgnoreCase("yes");
    }

    private boolean stopped() {
        out.println();
        out.println("The workshop stops here; every team's decisions up to the last quarter played are kept.");
        return false;
    }
}
