package dev.capex.report;

import dev.capex.engine.QuarterResult;
import dev.capex.engine.Score;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain text of a game: a quarter's summary, the position, statements and the scorecard. */
public final class Text {
    private Text() {
    }

    public static String money(long m) {
        return Decision.money(m);
    }

    /**
     * A number with {@code decimals} decimals that never reads "-0.0" or "-0.00x": a value that rounds
     * to zero is shown as zero.
     */
    public static String fixed(double v, int decimals) {
        String t = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return t.startsWith("-") && t.matches("-0(\\.0*)?") ? t.substring(1) : t;
    }

    /**
     * A decision as a player reads it, with the scenario's names in place of its ids: "co-development of
     * the Hyperion site", "buy 49% of Scale AI" rather than "coDevelopment of hyperion".
     */
    public static String summary(Scenario sc, Decision d) {
        if (sc == null) {
            return d.summary();
        }
        if (d instanceof Decision.PrivateCredit x) {
            return (x.project() ? "project SPV at " + siteName(sc, x.site()) + " with " : "private credit from ")
                    + lenderName(sc, x.lender()) + ", " + money(x.amountM()) + (x.equityShare() > 0
                    ? String.format(Locale.ROOT, " (%.0f%% equity co-invest)", x.equityShare() * 100) : "");
        }
        if (d instanceof Decision.AssetSale x) {
            return Decision.AssetSale.modeWords(x.mode()) + " of " + assetName(sc, x.asset());
        }
        if (d instanceof Decision.Stake x) {
            Scenario.StakeTarget t = x.target() == null ? null : sc.target(x.target());
            return String.format(Locale.ROOT, "buy %.0f%% of %s", x.share() * 100, t == null ? x.target() : t.name());
        }
        if (d instanceof Decision.Hire x) {
            Scenario.Competitor c = x.rival() == null ? null : sc.competitor(x.rival());
            return "hire " + x.stars() + " stars from " + (c == null ? x.rival() : c.name()) + " at "
                    + money(x.packageM()) + " each over 4 years";
        }
        if (d instanceof Decision.Build x) {
            return String.format(Locale.ROOT, "build %.2f GW at %s", x.gw(), siteName(sc, x.site()));
        }
        if (d instanceof Decision.RentCloud x) {
            Scenario.CloudProvider c = x.provider() == null ? null : sc.cloudProvider(x.provider());
            return String.format(Locale.ROOT, "rent %,d H100e from %s for %d quarters", x.h100e(),
                    c == null ? x.provider() : c.name(), x.quarters());
        }
        return d.summary();
    }

    /** An event's sentence, with a decision's ids named as the player knows them. */
    public static String event(Scenario sc, GameEvent e) {
        if (e instanceof GameEvent.DecisionApplied a) {
            String o = EventText.outcome(a);
            return "Done: " + summary(sc, a.decision()) + (o.isEmpty() ? "" : " — " + o);
        }
        if (e instanceof GameEvent.DecisionRefused r) {
            return "Refused: " + summary(sc, r.decision()) + " — " + r.reason();
        }
        return EventText.text(e);
    }

    private static String lenderName(Scenario sc, String id) {
        Scenario.Lender l = id == null ? null : sc.lender(id);
        return l == null ? String.valueOf(id) : l.name();
    }

    private static String siteName(Scenario sc, String id) {
        Scenario.SiteSpec s = id == null ? null : sc.site(id);
        return s == null ? String.valueOf(id) : s.name();
    }

    private static String assetName(Scenario sc, String id) {
        for (Scenario.ParcelSpec p : sc.assetsForSale()) {
            if (p.id().equals(id)) {
                return p.name();
            }
        }
        Scenario.SiteSpec s = id == null ? null : sc.site(id);
        return s == null ? String.valueOf(id) : "the " + s.name() + " site";
    }

    public static String signedMoney(long m) {
        return (m >= 0 ? "+" : "-") + Decision.money(Math.abs(m));
    }

    /** The figures a player reads after each quarter, then the news, in a stable order. */
    public static List<String> quarter(Scenario sc, QuarterResult r) {
        List<String> out = new ArrayList<>();
        GameState s = r.state();
        QuarterFigures f = s.latest();
        Statements st = r.statements();
        out.add(String.format(Locale.ROOT, "=== %s (turn %d of %d) ===", f.quarter(), s.turn(), sc.turns()));
        out.add(String.format(Locale.ROOT, "Cash %s (%s) | interest paid %s | debt %s | rating %s",
                money(f.cashM()), signedMoney(f.cashM() - st.openingCashM()), money(f.interestM()), money(f.debtM()),
                f.rating()));
        out.add(String.format(Locale.ROOT,
                "Revenue %s | EBITDA %s | net income %s | capex %s | free cash flow %s",
                money(f.revenueM()), money(f.ebitdaM()), money(f.netIncomeM()), money(f.capexM()),
                money(f.freeCashFlowM())));
        out.add(String.format(Locale.ROOT, "Net leverage %sx | interest cover %s | share price $%.2f | market cap %s"
                        + " | TSR %+.1f%%", fixed(f.netLeverage(), 2), cover(f.interestCover()), f.sharePrice(),
                money(f.marketCapM()), f.tsr() * 100));
        out.add(String.format(Locale.ROOT, "Model %s %.0f Elo, arena rank #%d (frontier %.0f) | stars %d",
                s.lab().ai().bestModel(), f.elo(), f.rank(), f.frontierElo(), f.stars()));
        out.add(String.format(Locale.ROOT, "GPUs online %,d | idle %,d | on order %,d | GW online %.2f | GW building %.2f",
                f.gpusOnline(), f.gpusIdle(), s.gpusOnOrder(), f.gwOnline(), s.gwUnderConstruction()));
        List<String> decisions = new ArrayList<>();
        List<String> mine = new ArrayList<>();
        List<String> news = new ArrayList<>();
        for (GameEvent e : r.events()) {
            switch (e.category()) {
                case DECISION -> decisions.add("  " + event(sc, e));
                case COMPETITOR -> news.add("  " + EventText.text(e));
                default -> mine.add("  " + EventText.text(e));
            }
        }
        if (!decisions.isEmpty()) {
            out.add("Decisions:");
            out.addAll(decisions);
        }
        if (!mine.isEmpty()) {
            out.add("Events:");
            out.addAll(mine);
        }
        if (!news.isEmpty()) {
            out.add("Competitors:");
            out.addAll(news);
        }
        return out;
    }

    public static String cover(double c) {
        return c >= 100 ? "over 100x" : String.format(Locale.ROOT, "%.1fx", c);
    }

    public static List<String> scorecard(Scenario sc, GameState s) {
        Score score = Score.of(sc, s);
        List<String> out = new ArrayList<>();
        out.add("=== Scorecard ===");
        out.add(s.status() == GameStatus.DEFAULTED ? "Meta defaulted: " + s.endReason() : "Meta survived to the end.");
        out.add(String.format(Locale.ROOT, "Total shareholder return %+.1f%%      %7s points", score.tsr() * 100,
                fixed(score.tsrPoints() * sc.scorecard().tsrWeight(), 1)));
        out.add(String.format(Locale.ROOT, "Final arena rank #%-3d              %7s points", score.finalRank(),
                fixed(score.rankPoints() * sc.scorecard().rankWeight(), 1)));
        out.add(String.format(Locale.ROOT, "Rating %-5s (%d notches below start) %5s points", score.rating(),
                score.notchesBelowStart(), fixed(score.ratingPoints() * sc.scorecard().ratingWeight(), 1)));
        out.add(String.format(Locale.ROOT, "Cumulative free cash flow %-9s %7s points", money(score.cumulativeFcfM()),
                fixed(score.fcfPoints() * sc.scorecard().fcfWeight(), 1)));
        out.add(String.format(Locale.ROOT, "GW online %.2f                    %7s points", score.gwOnline(),
                fixed(score.gwPoints() * sc.scorecard().gwWeight(), 1)));
        out.add(String.format(Locale.ROOT, "Survival                          %7s points",
                fixed(score.survivalPoints() * sc.scorecard().survivalWeight(), 1)));
        out.add(String.format(Locale.ROOT, "Score                             %7s", fixed(score.total(), 1)));
        return out;
    }

    /** The income statement, cash flow statement and balance sheet of a quarter. */
    public static List<String> statements(Statements st) {
        List<String> out = new ArrayList<>();
        out.add("Income statement " + st.quarter());
        for (Account a : Account.values()) {
            if (a.isTemporary() && st.line(a) != 0) {
                out.add(String.format(Locale.ROOT, "  %-42s %12s", a.label(), money(st.line(a))));
            }
        }
        out.add(String.format(Locale.ROOT, "  %-42s %12s", "EBITDA", money(st.ebitda())));
        out.add(String.format(Locale.ROOT, "  %-42s %12s", "Net income", money(st.netIncome())));
        out.add("Cash flow " + st.quarter());
        for (CashLine.Section sec : CashLine.Section.values()) {
            for (CashLine l : CashLine.values()) {
                if (l.section() == sec && st.cash(l) != 0) {
                    out.add(String.format(Locale.ROOT, "  %-42s %12s", l.label(), signedMoney(st.cash(l))));
                }
            }
            out.add(String.format(Locale.ROOT, "  %-42s %12s", sec.name().charAt(0) + sec.name().substring(1)
                    .toLowerCase(Locale.ROOT) + " cash flow", signedMoney(st.section(sec))));
        }
        out.add(String.format(Locale.ROOT, "  %-42s %12s", "Change in cash", signedMoney(st.netCashFlow())));
        out.add("Balance sheet at the end of " + st.quarter());
        Balances b = st.closing();
        for (Account a : Account.values()) {
            if (!a.isTemporary() && b.natural(a) != 0) {
                out.add(String.format(Locale.ROOT, "  %-42s %12s", a.label(), money(b.natural(a))));
            }
        }
        out.add(String.format(Locale.ROOT, "  %-42s %12s", "Total assets", money(b.totalAssets())));
        out.add(String.format(Locale.ROOT, "  %-42s %12s", "Liabilities and equity",
                money(b.totalLiabilities() + b.totalEquity())));
        return out;
    }

    /** Where Meta stands now, in three lines (the text modes' status command). */
    public static List<String> status(Scenario sc, GameState s) {
        List<String> out = new ArrayList<>();
        QuarterFigures f = s.latest();
        out.add(String.format(Locale.ROOT, "%s, turn %d of %d. Cash %s, debt %s, rating %s, share price $%.2f.",
                s.quarter(), s.turn() + 1, sc.turns(), money(s.cashM()), money(s.debtM()),
                sc.finance().ratings().get(s.financing().credit().ratingIndex()).name(), s.market().sharePrice()));
        out.add(String.format(Locale.ROOT,
                "Model %s at %.0f Elo, rank #%d. GPUs %,d on hand, %,d on order; %.2f GW online, %.2f GW building; %d stars.",
                s.lab().ai().bestModel(), s.lab().ai().bestElo(), s.lab().ai().rank(), s.fleet().cohorts().stream().mapToLong(GpuCohort::units).sum(),
                s.gpusOnOrder(), s.gwOnline(), s.gwUnderConstruction(), s.lab().stars()));
        if (f.played()) {
            out.add(String.format(Locale.ROOT, "Last quarter: revenue %s, EBITDA %s, free cash flow %s.",
                    money(f.revenueM()), money(f.ebitdaM()), money(f.freeCashFlowM())));
        }
        return out;
    }

    /** The pro forma of the queued decisions in one line. */
    public static String preview(dev.capex.engine.Preview p) {
        return String.format(Locale.ROOT,
                "Preview: cash after %s (now %s) | interest %s a year (now %s) | net leverage %sx | %s | rating %s, outlook %s",
                money(p.cashAfterM()), money(p.cashBeforeM()), money(p.interestPerYearM()),
                money(p.interestPerYearBeforeM()), fixed(p.netLeverage(), 2),
                p.hasCovenants() ? "covenant headroom " + fixed(p.covenantHeadroom(), 2) + "x"
                        : "no covenants", p.ratingNow(), p.ratingOutlook());
    }

    /** The names of the lists {@link #info} shows. */
    public static final List<String> INFO = List.of("lenders", "targets", "gpus", "sites", "clouds", "assets", "debts",
            "rivals");

    /** What there is to choose from: lenders, targets, GPU generations, sites, clouds, assets, debts, rivals. */
    public static List<String> info(Scenario sc, GameState s, String what) {
        List<String> out = new ArrayList<>();
        switch (what) {
            case "lenders" -> sc.lenders().forEach(l -> out.add(String.format(Locale.ROOT,
                    "  %-11s %-11s base + %d bp, %d quarters, %s to %s, covenants net leverage <= %.2fx, cover >= %.1fx, "
                            + "equity co-invest up to %.0f%%, %s", l.id(), l.name(), l.spreadBp(), l.tenorQuarters(),
                    money(l.minM()), money(l.maxM()), l.maxNetLeverage(), l.minInterestCover(),
                    l.maxEquityCoInvestShare() * 100, String.join("/", l.structures().stream().map(Enum::name).toList()))));
            case "targets" -> sc.targets().forEach(t -> out.add(String.format(Locale.ROOT,
                    "  %-8s %-24s %-16s valued %s; data +%.0f%%, %d stars, inference +%.0f%%, customer flight %.0f%%, "
                            + "antitrust %.0f%% (control %.0f%%)", t.id(), t.name(), t.kind(), money(t.valuationM()),
                    t.dataQualityGain() * 100, t.leaderStars(), t.inferenceEfficiencyGain() * 100,
                    t.customerFlightShare() * 100, t.antitrustProbability() * 100, t.antitrustProbabilityControl() * 100)));
            case "gpus" -> sc.gpuGenerations().forEach(g -> out.add(String.format(Locale.ROOT,
                    "  %-6s %-18s from %s, list $%,.0f, %.1f H100e, %.1f kW, lead %d quarters, up to %,d a quarter", g.id(),
                    g.name(), g.availableFrom(), g.priceUsd(), g.h100Equivalent(), g.kwPerGpu(), g.leadTimeQuarters(),
                    g.maxUnitsPerQuarter())));
            case "sites" -> sc.sites().forEach(site -> {
                SiteState st = s.site(site.id());
                out.add(String.format(Locale.ROOT,
                        "  %-10s %-18s %-28s %.2f GW online of %.1f, %s a GW, %d quarters to build, grid risk %.0f%%, from %s",
                        site.id(), site.name(), site.location(), st.onlineGw(), site.maxGw(), money(site.costPerGwM()),
                        site.buildQuarters(), site.powerDelayProbability() * 100, site.availableFrom()));
            });
            case "clouds" -> sc.cloudProviders().forEach(c -> out.add(String.format(Locale.ROOT,
                    "  %-11s %-14s $%,.0f per H100e a quarter, %d-%d quarters, up to %,d H100e, starts in %d quarter(s)",
                    c.id(), c.name(), c.pricePerH100eQuarter(), c.minQuarters(), c.maxQuarters(), c.maxH100e(),
                    c.leadQuarters())));
            case "assets" -> {
                s.estate().parcels().forEach(p -> out.add(String.format(Locale.ROOT, "  %-10s %s, book %s", p.id(), p.name(),
                        money(p.bookValueM()))));
                out.add("  (sites can also be sold: outright or saleLeaseback when online, coDevelopment when building)");
            }
            case "debts" -> s.financing().debts().forEach(d -> out.add(String.format(Locale.ROOT,
                    "  %-12s %-22s %s, %s, matures %s", d.id(), d.lender(), money(d.principalM()), d.floating()
                            ? "floating base + " + d.spreadBp() + " bp" : String.format(Locale.ROOT, "%.2f%% fixed",
                            d.couponRate() * 100), d.maturity())));
            case "rivals" -> sc.talent().rivals().forEach(r -> out.add("  " + r + " — "
                    + (sc.competitor(r) == null ? r : sc.competitor(r).name())));
            default -> out.add("unknown list: " + what + " (one of " + String.join(", ", INFO) + ")");
        }
        return out;
    }
}
