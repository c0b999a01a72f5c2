package dev.capex.workshop;

import dev.capex.engine.QuarterResult;
import dev.capex.engine.model.QuarterFigures;
import dev.capex.play.GameSession;
import dev.capex.report.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
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
        out.println("Lesson: " + game.scenario().lesson());
        while (!game.isOver()) {
            switch (game.phase()) {
                case HANDOFF -> {
                    for (int i = 0; i < blankLines; i++) {
                        out.println();
                    }
                    out.println("=== " + game.quarter() + ": pass the keyboard to " + game.current().team()
                            + ". " + game.current().team() + ", press Enter when you are ready. ===");
                    if (in.readLine() == null) {
                        return stopped();
                    }
                    game.takeKeyboard();
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
                    out.println("Leaderboard after " + game.quarter() + ":");
                    game.leaderboard(true).lines().forEach(l -> out.println("  " + l));
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
        game.leaderboard(true).lines().forEach(l -> out.println("  " + l));
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
            if (o == TeamPrompt.Outcome.DONE) {
                out.println(s.team() + " is done with " + s.queued().size() + " decision(s) queued.");
                game.doneDeciding();
                return true;
            }
            if (o == TeamPrompt.Outcome.QUIT) {
                return false;
            }
        }
    }

    private boolean stopped() {
        out.println();
        out.println("The workshop stops here; every team's decisions up to the last quarter played are kept.");
        return false;
    }
}
