package dev.capex.play;

import dev.capex.report.Msg;
import dev.capex.report.EventText;
import dev.capex.engine.Preview;
import dev.capex.engine.QuarterResult;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.*;
import dev.capex.engine.model.Scenario.*;
import dev.capex.report.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The plain, line-oriented way to play: a prompt, typed commands, plain sentences back. Usable with a
 * screen reader and from a script (commands on standard input). No colour, no cursor movement.
 */
public final class PlainGame {
    private final GameSession session;
    private final BufferedReader in;
    private final PrintStream out;

    public PlainGame(GameSession session, BufferedReader in, PrintStream out) {
        this.session = session;
        this.in = in;
        this.out = out;
    }

    /** Runs until the game ends, the player quits or input ends. Returns true if the game was finished. */
    public boolean run() throws IOException {
        Scenario sc = session.scenario();
        out.println(Msg.t("plain.title", dev.capex.report.i18n.ScenarioText.name(sc)));
        out.println(dev.capex.report.i18n.ScenarioText.description(sc));
        out.println(Msg.t("plain.welcome", session.team(), session.seed()));
        dev.capex.report.Explain.weights(sc).forEach(out::println);
        status();
        while (!session.state().isOver()) {
            out.print(session.state().quarter() + " > ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                out.println();
                out.println(session.results().isEmpty() ? Msg.t("plain.inputEnded") : Msg.t("plain.inputEndedSaved"));
                return false;
            }
            line = line.trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String cmd = line.split("\\s+")[0].toLowerCase(Locale.ROOT);
            switch (cmd) {
                case "help", "?" -> help();
                case "status" -> status();
                case "queue", "list" -> queue();
                case "preview" -> preview(session.preview(), null);
                case "remove" -> remove(line);
                case "clear" -> {
                    session.clearQueue();
                    out.println(Msg.t("plain.cleared"));
                }
                case "end" -> {
                    out.println(dev.capex.report.Msg.t("play.computing", session.state().quarter()));
                    QuarterResult r = session.endQuarter();
                    Text.quarter(sc, r).forEach(out::println);
                    why(session, r).forEach(out::println);
                }
                case "statements" -> {
                    if (session.lastResult() == null) {
                        out.println(Msg.t("plain.noQuarter"));
                    } else {
                        Text.statements(session.lastResult().statements()).forEach(out::println);
                    }
                }
                case "lenders", "targets", "gpus", "sites", "clouds", "debts", "rivals", "assets" -> info(cmd);
                case "quit", "exit" -> {
                    out.println(session.results().isEmpty() ? Msg.t("plain.quit") : Msg.t("plain.quitSaved"));
                    return false;
                }
                default -> decision(line);
            }
        }
        Text.scorecard(sc, session.state()).forEach(out::println);
        dev.capex.report.Explain.benchmark(sc, session.state(), session.seed()).forEach(out::println);
        return true;
    }

    /**
     * Why the quarter came out as it did, after its figures: the share price's biggest drivers, the
     * release's Elo, the next release's forecast and the running score, then the whole price bridge.
     */
    public static java.util.List<String> why(GameSession session, QuarterResult r) {
        int i = session.results().indexOf(r);
        dev.capex.engine.ValuationBridge b = i < 0 ? null : session.bridge(i);
        java.util.List<String> out = new java.util.ArrayList<>(dev.capex.report.Explain.quarterWhy(session.scenario(),
                i < 0 ? null : session.stateBefore(i), r, b));
        if (b != null) {
            out.addAll(dev.capex.report.Explain.bridge(b));
        }
        return out;
    }

    private void decision(String line) {
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
                out.println(Msg.t("form.queued", EventText.outcome((GameEvent.DecisionApplied) p.last())));
                preview(p, d);
            }
        } catch (dev.capex.report.levers.BadCommand e) {
            out.println(e.getMessage());
        }
    }

    private void preview(Preview p, Decision d) {
        out.println(Text.preview(p));
    }

    private void remove(String line) {
        String[] w = line.split("\\s+");
        try {
            int i = Integer.parseInt(w[1]) - 1;
            Decision d = session.removeQueued(i);
            out.println(Msg.t("tui.removed", dev.capex.report.Text.summary(session.scenario(), d)));
        } catch (RuntimeException e) {
            out.println(Msg.t("plain.removeUsage"));
        }
    }

    private void queue() {
        List<Decision> q = session.queued();
        if (q.isEmpty()) {
            out.println(Msg.t("plain.nothingQueued", session.state().quarter()));
        }
        for (int i = 0; i < q.size(); i++) {
            out.println((i + 1) + ". " + dev.capex.report.Text.summary(session.scenario(), q.get(i)));
        }
    }

    private void status() {
        Text.status(session.scenario(), session.state()).forEach(out::println);
    }

    private void help() {
        TextCommands.printDecisionHelp(out);
        out.println(Msg.t("plain.help.other"));
        out.println(Msg.t("plain.help.queue"));
        out.println(Msg.t("plain.help.preview"));
        out.println(Msg.t("plain.help.end"));
        out.println(Msg.t("plain.help.statements"));
        out.println(Msg.t("plain.help.lists"));
        out.println(Msg.t("plain.help.quit"));
        out.println(TextCommands.amountsHelp());
    }

    private void info(String what) {
        Text.info(session.scenario(), session.state(), what).forEach(out::println);
    }
}
