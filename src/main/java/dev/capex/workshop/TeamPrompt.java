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
                    out.println(dev.capex.report.Msg.t("plain.nothingQueued", session.state().quarter()));
                }
                for (int i = 0; i < q.size(); i++) {
                    out.println((i + 1) + ". " + q.get(i).summary());
                }
            }
            case "preview" -> out.println(Text.preview(session.preview()));
            case "remove" -> {
                try {
                    out.println(dev.capex.report.Msg.t("tui.removed", Text.summary(session.scenario(),
                            session.removeQueued(Integer.parseInt(line.split("\\s+")[1]) - 1))));
                } catch (RuntimeException e) {
                    out.println(dev.capex.report.Msg.t("plain.removeUsage"));
                }
            }
            case "clear" -> {
                session.clearQueue();
                out.println(dev.capex.report.Msg.t("plain.cleared"));
            }
            case "statements" -> {
                if (session.lastResult() == null) {
                    out.println(dev.capex.report.Msg.t("plain.noQuarter"));
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
                out.println(GameSession.queueFullText());
                return;
            }
            Preview p = session.queue(d);
            if (p.lastRefused()) {
                out.println(EventText.text(p.last()));
            } else {
                out.println(dev.capex.report.Msg.t("form.queued", EventText.outcome((GameEvent.DecisionApplied) p.last())));
                out.println(Text.preview(p));
            }
        } catch (dev.capex.report.levers.BadCommand e) {
            out.println(e.getMessage());
        }
    }

    static void help(PrintStream out) {
        TextCommands.printDecisionHelp(out);
        out.println(dev.capex.report.Msg.t("plain.help.other"));
        out.println(dev.capex.report.Msg.t("plain.help.queue"));
        out.println(dev.capex.report.Msg.t("plain.help.preview"));
        out.println(dev.capex.report.Msg.t("ws.help.done"));
        out.println(dev.capex.report.Msg.t("ws.help.status"));
        out.println(dev.capex.report.Msg.t("ws.help.lists", String.join(" | ", Text.INFO)));
        out.println(dev.capex.report.Msg.t("ws.help.quit"));
        out.println(TextCommands.amountsHelp());
    }
}
