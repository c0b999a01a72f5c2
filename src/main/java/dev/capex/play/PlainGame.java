package dev.capex.play;

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
        out.println("Capex — " + sc.name());
        out.println("Team " + session.team() + ", seed " + session.seed() + ". You are Meta's CFO. Type help for the commands.");
        status();
        while (!session.state().isOver()) {
            out.print(session.state().quarter() + " > ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                out.println();
                out.println("Input ended: the game stops here" + (session.results().isEmpty() ? "." : " (saved after the last quarter played)."));
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
                    out.println("Queue cleared.");
                }
                case "end" -> {
                    QuarterResult r = session.endQuarter();
                    Text.quarter(sc, r).forEach(out::println);
                }
                case "statements" -> {
                    if (session.lastResult() == null) {
                        out.println("No quarter played yet.");
                    } else {
                        Text.statements(session.lastResult().statements()).forEach(out::println);
                    }
                }
                case "lenders", "targets", "gpus", "sites", "clouds", "debts", "rivals", "assets" -> info(cmd);
                case "quit", "exit" -> {
                    out.println("Quit." + (session.results().isEmpty() ? "" : " The game is saved after the last quarter played."));
                    return false;
                }
                default -> decision(line);
            }
        }
        Text.scorecard(sc, session.state()).forEach(out::println);
        return true;
    }

    private void decision(String line) {
        try {
            Decision d = TextCommands.parse(line);
            Preview p = session.queue(d);
            if (p.lastRefused()) {
                out.println(p.last().text());
            } else {
                out.println("Queued: " + ((GameEvent.DecisionApplied) p.last()).outcome());
                preview(p, d);
            }
        } catch (TextCommands.BadCommand e) {
            out.println(e.getMessage());
        }
    }

    private void preview(Preview p, Decision d) {
        out.println(String.format(Locale.ROOT,
                "Preview: cash after %s (now %s) | interest %s a year (now %s) | net leverage %.2fx | %s | rating %s, outlook %s",
                Text.money(p.cashAfterM()), Text.money(p.cashBeforeM()), Text.money(p.interestPerYearM()),
                Text.money(p.interestPerYearBeforeM()), p.netLeverage(),
                p.hasCovenants() ? String.format(Locale.ROOT, "covenant headroom %.2fx", p.covenantHeadroom())
                        : "no covenants", p.ratingNow(), p.ratingOutlook()));
    }

    private void remove(String line) {
        String[] w = line.split("\\s+");
        try {
            int i = Integer.parseInt(w[1]) - 1;
            Decision d = session.removeQueued(i);
            out.println("Removed: " + d.summary());
        } catch (RuntimeException e) {
            out.println("usage: remove N (the number shown by queue)");
        }
    }

    private void queue() {
        List<Decision> q = session.queued();
        if (q.isEmpty()) {
            out.println("Nothing queued for " + session.state().quarter() + ".");
        }
        for (int i = 0; i < q.size(); i++) {
            out.println((i + 1) + ". " + q.get(i).summary());
        }
    }

    private void status() {
        GameState s = session.state();
        QuarterFigures f = s.latest();
        out.println(String.format(Locale.ROOT, "%s, turn %d of %d. Cash %s, debt %s, rating %s, share price $%.2f.",
                s.quarter(), s.turn() + 1, session.scenario().turns(), Text.money(s.cashM()), Text.money(s.debtM()),
                session.scenario().finance().ratings().get(s.credit().ratingIndex()).name(), s.market().sharePrice()));
        out.println(String.format(Locale.ROOT,
                "Model %s at %.0f Elo, rank #%d. GPUs %,d on hand, %,d on order; %.2f GW online, %.2f GW building; %d stars.",
                s.ai().bestModel(), s.ai().bestElo(), s.ai().rank(), s.cohorts().stream().mapToLong(GpuCohort::units).sum(),
                s.gpusOnOrder(), s.gwOnline(), s.gwUnderConstruction(), s.stars()));
        if (f.played()) {
            out.println(String.format(Locale.ROOT, "Last quarter: revenue %s, EBITDA %s, free cash flow %s.",
                    Text.money(f.revenueM()), Text.money(f.ebitdaM()), Text.money(f.freeCashFlowM())));
        }
    }

    private void help() {
        out.println("Decisions (queued for this quarter; each shows its effect before the quarter is played):");
        for (TextCommands.Usage u : TextCommands.DECISIONS) {
            out.println(String.format(Locale.ROOT, "  %-12s %-46s %s", u.command(), u.args(), u.what()));
        }
        out.println("Other commands:");
        out.println("  queue        the decisions queued this quarter      remove N   drop one    clear   drop all");
        out.println("  preview      cash, interest, leverage and rating after the queue");
        out.println("  end          play the quarter                      status     where Meta stands");
        out.println("  statements   last quarter's income statement, cash flow and balance sheet");
        out.println("  lenders | targets | gpus | sites | clouds | assets | debts | rivals   what there is to choose from");
        out.println("  quit         stop (the game is saved after each quarter)");
        out.println("Amounts are in millions of dollars (20000 or 20B); shares as 0.49 or 49%.");
    }

    private void info(String what) {
        Scenario sc = session.scenario();
        GameState s = session.state();
        switch (what) {
            case "lenders" -> sc.lenders().forEach(l -> out.println(String.format(Locale.ROOT,
                    "  %-11s %-11s base + %d bp, %d quarters, %s to %s, covenants net leverage <= %.2fx, cover >= %.1fx, "
                            + "equity co-invest up to %.0f%%, %s", l.id(), l.name(), l.spreadBp(), l.tenorQuarters(),
                    Text.money(l.minM()), Text.money(l.maxM()), l.maxNetLeverage(), l.minInterestCover(),
                    l.maxEquityCoInvestShare() * 100, String.join("/", l.structures()))));
            case "targets" -> sc.targets().forEach(t -> out.println(String.format(Locale.ROOT,
                    "  %-8s %-24s %-16s valued %s; data +%.0f%%, %d stars, inference +%.0f%%, customer flight %.0f%%, "
                            + "antitrust %.0f%% (control %.0f%%)", t.id(), t.name(), t.kind(), Text.money(t.valuationM()),
                    t.dataQualityGain() * 100, t.leaderStars(), t.inferenceEfficiencyGain() * 100,
                    t.customerFlightShare() * 100, t.antitrustProbability() * 100, t.antitrustProbabilityControl() * 100)));
            case "gpus" -> sc.gpuGenerations().forEach(g -> out.println(String.format(Locale.ROOT,
                    "  %-6s %-18s from %s, list $%,.0f, %.1f H100e, %.1f kW, lead %d quarters, up to %,d a quarter", g.id(),
                    g.name(), g.availableFrom(), g.priceUsd(), g.h100Equivalent(), g.kwPerGpu(), g.leadTimeQuarters(),
                    g.maxUnitsPerQuarter())));
            case "sites" -> sc.sites().forEach(site -> {
                SiteState st = s.site(site.id());
                out.println(String.format(Locale.ROOT,
                        "  %-10s %-18s %-28s %.2f GW online of %.1f, %s a GW, %d quarters to build, grid risk %.0f%%, from %s",
                        site.id(), site.name(), site.location(), st.onlineGw(), site.maxGw(), Text.money(site.costPerGwM()),
                        site.buildQuarters(), site.powerDelayProbability() * 100, site.availableFrom()));
            });
            case "clouds" -> sc.cloudProviders().forEach(c -> out.println(String.format(Locale.ROOT,
                    "  %-11s %-14s $%,.0f per H100e a quarter, %d-%d quarters, up to %,d H100e, starts in %d quarter(s)",
                    c.id(), c.name(), c.pricePerH100eQuarter(), c.minQuarters(), c.maxQuarters(), c.maxH100e(),
                    c.leadQuarters())));
            case "assets" -> {
                s.parcels().forEach(p -> out.println(String.format(Locale.ROOT, "  %-10s %s, book %s", p.id(), p.name(),
                        Text.money(p.bookValueM()))));
                out.println("  (sites can also be sold: outright or saleLeaseback when online, coDevelopment when building)");
            }
            case "debts" -> s.debts().forEach(d -> out.println(String.format(Locale.ROOT,
                    "  %-12s %-22s %s, %s, matures %s", d.id(), d.lender(), Text.money(d.principalM()), d.floating()
                            ? "floating base + " + d.spreadBp() + " bp" : String.format(Locale.ROOT, "%.2f%% fixed",
                            d.couponRate() * 100), d.maturity())));
            case "rivals" -> sc.talent().rivals().forEach(r -> out.println("  " + r + " — "
                    + (sc.competitor(r) == null ? r : sc.competitor(r).name())));
            default -> out.println("unknown list");
        }
    }
}
