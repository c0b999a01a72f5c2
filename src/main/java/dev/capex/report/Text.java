package dev.capex.report;

import dev.capex.report.i18n.ScenarioText;
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
        if (d instanceof Decision.PrivateCredit x) {
            String equity = x.equityShare() > 0 ? Msg.t("sum.equityCoInvest", x.equityShare() * 100) : "";
            return x.project() ? Msg.t("sum.spv", siteName(sc, x.site()), lenderName(sc, x.lender()), money(x.amountM()),
                    equity) : Msg.t("sum.credit", lenderName(sc, x.lender()), money(x.amountM()), equity);
        }
        if (d instanceof Decision.JointVenture x) {
            return Msg.t("sum.jv", siteName(sc, x.site()), x.gw(), lenderName(sc, x.partner()), x.partnerShare() * 100,
                    money(x.distributionM()), x.leaseYears(), x.extensionYears());
        }
        if (d instanceof Decision.Bond x) {
            return Msg.t("sum.bond", x.tenorYears(), money(x.amountM()));
        }
        if (d instanceof Decision.BondDeal x) {
            long total = 0;
            StringBuilder tenors = new StringBuilder();
            for (Decision.BondDeal.Tranche t : x.tranches()) {
                if (t != null) {
                    total += t.amountM();
                    tenors.append(tenors.length() == 0 ? "" : ", ").append(t.tenorYears());
                }
            }
            return Msg.t(x.tranches().size() == 1 ? "sum.bondDeal1" : "sum.bondDeal", money(total), x.tranches().size(),
                    tenors);
        }
        if (d instanceof Decision.ModelRelease x) {
            String what = x.model() == null || x.model().isBlank() ? Msg.t("sum.runInTraining") : x.model();
            boolean hold = "hold".equalsIgnoreCase(x.action());
            return hold ? Msg.t("sum.modelHold", what) : Msg.t("sum.modelRelease", what);
        }
        if (d instanceof Decision.EquityRaise x) {
            return Msg.t("sum.equity", money(x.amountM()));
        }
        if (d instanceof Decision.AssetSale x) {
            return Msg.t("sum.assetSale", modeWords(x.mode()), assetName(sc, x.asset()));
        }
        if (d instanceof Decision.Stake x) {
            Scenario.StakeTarget t = x.target() == null || sc == null ? null : sc.target(x.target());
            return Msg.t("sum.stake", x.share() * 100, t == null ? x.target() : ScenarioText.name(t));
        }
        if (d instanceof Decision.Hire x) {
            Scenario.Competitor c = x.rival() == null || sc == null ? null : sc.competitor(x.rival());
            return Msg.t("sum.hire", x.stars(), c == null ? x.rival() : c.name(), money(x.packageM()));
        }
        if (d instanceof Decision.HiringFreeze x) {
            return x.quarters() == 0 ? Msg.t("sum.freezeLift") : Msg.t("sum.freeze", x.quarters());
        }
        if (d instanceof Decision.Restructure x) {
            return Msg.t("sum.restructure", x.percent());
        }
        if (d instanceof Decision.OrderGpus x) {
            return Msg.t("sum.order", x.units(), x.generation());
        }
        if (d instanceof Decision.Build x) {
            return Msg.t("sum.build", x.gw(), siteName(sc, x.site()));
        }
        if (d instanceof Decision.RentCloud x) {
            Scenario.CloudProvider c = x.provider() == null || sc == null ? null : sc.cloudProvider(x.provider());
            return Msg.t("sum.cloud", x.h100e(), c == null ? x.provider() : c.name(), x.quarters());
        }
        if (d instanceof Decision.TrainingShare x) {
            return Msg.t("sum.training", x.share() * 100);
        }
        if (d instanceof Decision.ComputeResale x) {
            return Msg.t("sum.resale", x.share() * 100);
        }
        if (d instanceof Decision.RealityLabs x) {
            return Msg.t("sum.rl", money(x.budgetM()));
        }
        if (d instanceof Decision.Dividend x) {
            return Msg.t("sum.dividend", x.perShare());
        }
        if (d instanceof Decision.Buyback x) {
            return Msg.t("sum.buyback", money(x.amountM()));
        }
        if (d instanceof Decision.Repay x) {
            return Msg.t("sum.repay", money(x.amountM()), x.instrument());
        }
        if (d instanceof Decision.DeferGpus x) {
            return x.quarters() == 0 ? Msg.t("sum.cancel", x.order())
                    : Msg.t(x.quarters() == 1 ? "sum.defer1" : "sum.defer", x.order(), x.quarters());
        }
        return d.summary();
    }

    /** How a player says an asset sale's mode: "outright sale", "sale-leaseback", "co-development" ("null" when none). */
    public static String modeWords(dev.capex.engine.decision.SaleMode mode) {
        if (mode == null) {
            return "null";
        }
        return switch (mode) {
            case outright -> Msg.t("sum.mode.outright");
            case saleLeaseback -> Msg.t("sum.mode.leaseback");
            case coDevelopment -> Msg.t("sum.mode.codev");
        };
    }

    /** An event's sentence, with a decision's ids named as the player knows them. */
    public static String event(Scenario sc, GameEvent e) {
        if (e instanceof GameEvent.DecisionApplied a) {
            String o = EventText.outcome(a);
            return Msg.t(o.isEmpty() ? "event.done" : "event.doneWith", summary(sc, a.decision()), o);
        }
        if (e instanceof GameEvent.DecisionRefused r) {
            return Msg.t("event.refused", summary(sc, r.decision()), EngineText.reason(r.reason()));
        }
        return EventText.text(e);
    }

    private static String lenderName(Scenario sc, String id) {
        Scenario.Lender l = id == null || sc == null ? null : sc.lender(id);
        return l == null ? String.valueOf(id) : l.name();
    }

    private static String siteName(Scenario sc, String id) {
        Scenario.SiteSpec s = id == null || sc == null ? null : sc.site(id);
        return s == null ? String.valueOf(id) : ScenarioText.name(s);
    }

    private static String assetName(Scenario sc, String id) {
        if (sc == null) {
            return String.valueOf(id);
        }
        for (Scenario.ParcelSpec p : sc.assetsForSale()) {
            if (p.id().equals(id)) {
                return ScenarioText.name(p);
            }
        }
        Scenario.SiteSpec s = id == null ? null : sc.site(id);
        return s == null ? String.valueOf(id) : Msg.t("sum.theSite", ScenarioText.name(s));
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
        out.add(Msg.t("plain.quarter", f.quarter(), s.turn(), sc.turns()));
        out.add(Msg.t("plain.cash",
                money(f.cashM()), signedMoney(f.cashM() - st.openingCashM()), money(f.interestM()), money(f.debtM()),
                f.rating()));
        out.add(Msg.t("plain.revenue",
                money(f.revenueM()), money(f.ebitdaM()), money(f.netIncomeM()), money(f.capexM()),
                money(f.freeCashFlowM())));
        out.add(Msg.t("plain.leverage", fixed(f.netLeverage(), 2), cover(f.interestCover()), f.sharePrice(),
                money(f.marketCapM()), f.tsr() * 100));
        out.add(Msg.t("plain.model",
                s.lab().ai().bestModel(), f.elo(), f.rank(), f.frontierElo(), f.stars()));
        out.add(Msg.t("plain.gpus",
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
            out.add(Msg.t("plain.decisions"));
            out.addAll(decisions);
        }
        if (!mine.isEmpty()) {
            out.add(Msg.t("plain.events"));
            out.addAll(mine);
        }
        if (!news.isEmpty()) {
            out.add(Msg.t("plain.competitors"));
            out.addAll(news);
        }
        return out;
    }

    public static String cover(double c) {
        return c >= 100 ? Msg.t("plain.over100") : String.format(Locale.ROOT, "%.1fx", c);
    }

    /** The width of the scorecard's labels, so that the points line up. */
    private static final int SCORE_WIDTH = 38;

    public static List<String> scorecard(Scenario sc, GameState s) {
        Score score = Score.of(sc, s);
        List<String> out = new ArrayList<>();
        out.add(Msg.t("score.title"));
        out.add(s.status() == GameStatus.DEFAULTED ? Msg.t("score.defaulted", EngineText.end(s.endReason()))
                : Msg.t("score.survived"));
        String row = "%-" + SCORE_WIDTH + "s %7s %s";
        String points = Msg.t("score.points");
        out.add(String.format(Locale.ROOT, row, Msg.t("score.tsr", score.tsr() * 100),
                fixed(score.tsrPoints() * sc.scorecard().tsrWeight(), 1), points));
        out.add(String.format(Locale.ROOT, row, Msg.t("score.rank", score.finalRank()),
                fixed(score.rankPoints() * sc.scorecard().rankWeight(), 1), points));
        out.add(String.format(Locale.ROOT, row, Msg.t("score.rating", score.rating(), score.notchesBelowStart()),
                fixed(score.ratingPoints() * sc.scorecard().ratingWeight(), 1), points));
        out.add(String.format(Locale.ROOT, row, Msg.t("score.fcf", money(score.cumulativeFcfM())),
                fixed(score.fcfPoints() * sc.scorecard().fcfWeight(), 1), points));
        out.add(String.format(Locale.ROOT, row, Msg.t("score.gw", score.gwOnline()),
                fixed(score.gwPoints() * sc.scorecard().gwWeight(), 1), points));
        out.add(String.format(Locale.ROOT, row, Msg.t("score.survival"),
                fixed(score.survivalPoints() * sc.scorecard().survivalWeight(), 1), points));
        out.add(String.format(Locale.ROOT, row, Msg.t("score.total"), fixed(score.total(), 1), "").stripTrailing());
        return out;
    }

    /** The income statement, cash flow statement and balance sheet of a quarter. */
    public static List<String> statements(Statements st) {
        List<String> out = new ArrayList<>();
        out.add(Msg.t("st.income", st.quarter()));
        for (Account a : Account.values()) {
            if (a.isTemporary() && st.line(a) != 0) {
                out.add(String.format(Locale.ROOT, "  %-42s %12s", Names.account(a), money(st.line(a))));
            }
        }
        out.add(String.format(Locale.ROOT, "  %-42s %12s", "EBITDA", money(st.ebitda())));
        out.add(String.format(Locale.ROOT, "  %-42s %12s", Msg.t("st.netIncome"), money(st.netIncome())));
        out.add(Msg.t("st.cashFlow", st.quarter()));
        for (CashLine.Section sec : CashLine.Section.values()) {
            for (CashLine l : CashLine.values()) {
                if (l.section() == sec && st.cash(l) != 0) {
                    out.add(String.format(Locale.ROOT, "  %-42s %12s", Names.cashLine(l), signedMoney(st.cash(l))));
                }
            }
            out.add(String.format(Locale.ROOT, "  %-42s %12s", Names.section(sec), signedMoney(st.section(sec))));
        }
        out.add(String.format(Locale.ROOT, "  %-42s %12s", Msg.t("st.changeInCash"), signedMoney(st.netCashFlow())));
        out.add(Msg.t("st.balance", st.quarter()));
        Balances b = st.closing();
        for (Account a : Account.values()) {
            if (!a.isTemporary() && b.natural(a) != 0) {
                out.add(String.format(Locale.ROOT, "  %-42s %12s", Names.account(a), money(b.natural(a))));
            }
        }
        out.add(String.format(Locale.ROOT, "  %-42s %12s", Msg.t("st.totalAssets"), money(b.totalAssets())));
        out.add(String.format(Locale.ROOT, "  %-42s %12s", Msg.t("st.liabilitiesEquity"),
                money(b.totalLiabilities() + b.totalEquity())));
        return out;
    }

    /** Where Meta stands now, in three lines (the text modes' status command). */
    public static List<String> status(Scenario sc, GameState s) {
        List<String> out = new ArrayList<>();
        QuarterFigures f = s.latest();
        out.add(Msg.t("status.line1",
                s.quarter(), s.turn() + 1, sc.turns(), money(s.cashM()), money(s.debtM()),
                sc.finance().ratings().get(s.financing().credit().ratingIndex()).name(), s.market().sharePrice()));
        out.add(Msg.t("status.line2",
                s.lab().ai().bestModel(), s.lab().ai().bestElo(), s.lab().ai().rank(), s.fleet().cohorts().stream().mapToLong(GpuCohort::units).sum(),
                s.gpusOnOrder(), s.gwOnline(), s.gwUnderConstruction(), s.lab().stars()));
        if (f.played()) {
            out.add(Msg.t("status.line3",
                    money(f.revenueM()), money(f.ebitdaM()), money(f.freeCashFlowM())));
        }
        return out;
    }

    /** The pro forma of the queued decisions in one line. */
    public static String preview(dev.capex.engine.Preview p) {
        return Msg.t("preview.line",
                money(p.cashAfterM()), money(p.cashBeforeM()), money(p.interestPerYearM()),
                money(p.interestPerYearBeforeM()), fixed(p.netLeverage(), 2),
                p.hasCovenants() ? Msg.t("preview.headroom", fixed(p.covenantHeadroom(), 2))
                        : Msg.t("preview.noCovenants"), p.ratingNow(), p.ratingOutlook());
    }

    /** The names of the lists {@link #info} shows. */
    public static final List<String> INFO = List.of("lenders", "targets", "gpus", "sites", "clouds", "assets", "debts",
            "rivals");

    /** What there is to choose from: lenders, targets, GPU generations, sites, clouds, assets, debts, rivals. */
    public static List<String> info(Scenario sc, GameState s, String what) {
        List<String> out = new ArrayList<>();
        switch (what) {
            case "lenders" -> sc.lenders().forEach(l -> out.add(Msg.t("info.lender", l.id(), l.name(), l.spreadBp(), l.tenorQuarters(),
                    money(l.minM()), money(l.maxM()), l.maxNetLeverage(), l.minInterestCover(),
                    l.maxEquityCoInvestShare() * 100, String.join("/", l.structures().stream().map(Enum::name).toList()))));
            case "targets" -> sc.targets().forEach(t -> out.add(Msg.t("info.target", t.id(), ScenarioText.name(t), ScenarioText.kind(t), money(t.valuationM()),
                    t.dataQualityGain() * 100, t.leaderStars(), t.inferenceEfficiencyGain() * 100,
                    t.customerFlightShare() * 100, t.antitrustProbability() * 100, t.antitrustProbabilityControl() * 100)));
            case "gpus" -> sc.gpuGenerations().forEach(g -> out.add(Msg.t("info.gpu", g.id(),
                    g.name(), g.availableFrom(), g.priceUsd(), g.h100Equivalent(), g.kwPerGpu(), g.leadTimeQuarters(),
                    g.maxUnitsPerQuarter())));
            case "sites" -> sc.sites().forEach(site -> {
                SiteState st = s.site(site.id());
                out.add(Msg.t("info.site",
                        site.id(), ScenarioText.name(site), ScenarioText.location(site), st.onlineGw(), site.maxGw(), money(site.costPerGwM()),
                        site.buildQuarters(), site.powerDelayProbability() * 100, site.availableFrom()));
            });
            case "clouds" -> sc.cloudProviders().forEach(c -> out.add(Msg.t("info.cloud",
                    c.id(), c.name(), c.pricePerH100eQuarter(), c.minQuarters(), c.maxQuarters(), c.maxH100e(),
                    c.leadQuarters())));
            case "assets" -> {
                s.estate().parcels().forEach(p -> out.add(Msg.t("info.parcel", p.id(), ScenarioText.of(p.name()),
                        money(p.bookValueM()))));
                out.add(Msg.t("info.sitesToo"));
            }
            case "debts" -> s.financing().debts().forEach(d -> out.add(Msg.t("info.debt", d.id(), d.lender(), money(d.principalM()), d.floating()
                            ? Msg.t("choice.floating", d.spreadBp()) : Msg.t("choice.fixed", d.couponRate() * 100), d.maturity())));
            case "rivals" -> sc.talent().rivals().forEach(r -> out.add("  " + r + " — "
                    + (sc.competitor(r) == null ? r : sc.competitor(r).name())));
            default -> out.add(Msg.t("info.unknown", what, String.join(", ", INFO)));
        }
        return out;
    }
}
