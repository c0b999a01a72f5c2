package dev.capex.workshop;

import dev.capex.report.EventText;
import dev.capex.engine.Preview;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.play.GameSession;
import dev.capex.play.TextCommands;
import dev.capex.report.Text;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * One team's commands at its turn in a plain-text workshop: the same decision commands as `capex play
 * --plain` (TextCommands), the same lists and preview (Text), but "done" hands the keyboard on instead
 * of playing the quarter, which resolves only when every team is done.
 */
final class TeamPrompt {
    enum Outcome { CONTINUE, DONE, QUIT }

    private TeamPrompt() {
    }

    static Outcome handle(GameSession session, String raw, PrintStream out) {
        String line = raw.trim();
        if (line.isEmpty() || line.startsWith("#")) {
            return Outcome.CONTINUE;
        }
        String cmd = line.split("\\s+")[0].toLowerCase(Locale.ROOT);
        switch (cmd) {
            case "help", "?" -> help(out);
            case "status" -> Text.status(session.scenario(), session.state()).forEach(out::println);
            case "queue", "list" -> {
                List<Decision> q = session.queued();
                if (q.isEmpty()) {
                    out.println("Nothing queued for " + session.state().quarter() + ".");
                }
                for (int i = 0; i < q.size(); i++) {
                    out.println((i + 1) + ". " + q.get(i).summary());
                }
            }
            case "preview" -> out.println(Text.preview(session.preview()));
            case "remove" -> {
                try {
                    out.println("Removed: " + session.removeQueued(Integer.parseInt(line.split("\\s+")[1]) - 1).summary());
                } catch (RuntimeException e) {
                    out.println("usage: remove N (the number shown by queue)");
                }
            }
            case "clear" -> {
                session.clearQueue();
                out.println("Queue cleared.");
            }
            case "statements" -> {
                if (session.lastResult() == null) {
                    out.println("No quarter played yet.");
                } else {
                    Text.statements(session.lastResult().statements()).forEach(out::println);
                }
            }
            case "done", "end" -> {
                return Outcome.DONE;
            }
            case "quit", "exit" -> {
                return Outcome.QUIT;
            }
            default -> {
                if (Text.INFO.contains(cmd)) {
                    Text.info(session.scenario(), session.state(), cmd).forEach(out::println);
                } else {
                    decision(session, line, out);
                }
            }
        }
        return Outcome.CONTINUE;
    }

    private static void decision(GameSession session, String line, PrintStream out) {
        try {
            Decision d = TextCommands.parse(line);
            if (session.queueFull()) {
                out.println(GameSession.QUEUE_FULL);
                return;
            }
            Preview p = session.queue(d);
            if (p.lastRefused()) {
                out.println(EventText.text(p.last()));
            } else {
                out.println("Queued: " + EventText.outcome((GameEvent.DecisionApplied) p.last()));
                out.println(Text.preview(p));
            }
        } catch (dev.capex.report.levers.BadCommand e) {
            out.println(e.getMessage());
        }
    }

    static void help(PrintStream out) {
        TextCommands.printDecisionHelp(out);
        out.println("Other commands:");
        out.println("  queue        the decisions queued this quarter      remove N   drop one    clear   drop all");
        out.println("  preview      cash, interest, leverage and rating after the queue");
        out.println("  done         hand the keyboard on (the quarter plays when every team is done)");
        out.println("  status       where Meta stands     statements   last quarter's statements");
        out.println("  " + String.join(" | ", Text.INFO) + "   what there is to choose from");
        out.println("  quit         also ends your turn (asks first); only the facilitator stops the workshop");
        out.println(TextCommands.AMOUNTS_HELP);
    }
}
