package dev.capex.tui;

import dev.capex.report.EventText;
import dev.capex.engine.QuarterResult;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.Account;
import dev.capex.engine.model.Balances;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.QuarterFigures;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.model.Statements;
import dev.capex.report.Text;
import dev.capex.tui.Palette.Role;
import java.util.Locale;

/**
 * A quarter's result as a page: the headline, the income statement, cash flow and balance sheet
 * summaries, the decisions, the events with their causes and the competitors' moves. Shown after a
 * quarter is played on the dashboard and, read-only, for any quarter of a replay.
 */
final class ResultPage {
    private ResultPage() {
    }

    /** The page of quarter result {@code r}; {@code rankBefore} is the arena rank before that quarter. */
    static TextPage of(Palette palette, Scenario sc, QuarterResult r, int rankBefore, String footer) {
        return of(palette, sc, r, rankBefore, footer, null, null);
    }

    /**
     * The page with the reasons: the share price's bridge ({@code bridge}, may be null), what the release
     * was expected to score and why ({@code before}: the state the quarter started from, may be null), the
     * next release's forecast and the running score.
     */
    static TextPage of(Palette palette, Scenario sc, QuarterResult r, int rankBefore, String footer,
            dev.capex.engine.ValuationBridge bridge, GameState before) {
        GameState s = r.state();
        Statements st = r.statements();
        QuarterFigures f = s.latest();
        TextPage p = new TextPage(palette, footer);
        p.add(dev.capex.report.Msg.t("result.title", st.quarter(), s.turn(), sc.turns()), Role.TITLE);
        p.add(dev.capex.report.Msg.t("result.cash",
                Fmt.money(st.closingCashM()), Text.signedMoney(st.netCashFlow()), Fmt.money(s.debtM()),
                Fmt.money(f.interestM()), f.rating(), f.sharePrice()));
        p.add(dev.capex.report.Msg.t("result.model",
                s.lab().ai().bestModel(), f.elo(), f.rank(), rankBefore, Fmt.rankChange(rankBefore, f.rank()),
                f.frontierElo()), f.rank() < rankBefore ? Role.GOOD : f.rank() > rankBefore ? Role.BAD : Role.NORMAL);
        p.blank();
        java.util.List<String> why = dev.capex.report.Explain.quarterWhy(sc, before, r, bridge);
        for (String l : why) {
            p.add(l, Role.NORMAL);
        }
        p.blank();
        p.add(dev.capex.report.Msg.t("result.income"), Role.TITLE);
        p.add(line(dev.capex.report.Msg.t("result.revenue"), st.revenue()));
        p.add(line(dev.capex.report.Msg.t("result.opCosts"), -st.operatingCosts()));
        p.add(line("EBITDA", st.ebitda()));
        p.add(line(dev.capex.report.Msg.t("result.depreciation"), -(st.line(Account.DEPRECIATION) + st.line(Account.IMPAIRMENT))));
        if (st.line(Account.GAIN_ON_SALE) != 0) {
            p.add(line(dev.capex.report.Msg.t("result.gainOnSale"), st.line(Account.GAIN_ON_SALE)));
        }
        p.add(line(dev.capex.report.Msg.t("result.interestExpense"), -st.line(Account.INTEREST_EXPENSE)));
        p.add(line(dev.capex.report.Msg.t("result.interestIncome"), st.line(Account.INTEREST_INCOME)));
        p.add(line(dev.capex.report.Msg.t("result.incomeTax"), -st.line(Account.INCOME_TAX)));
        p.add(line(dev.capex.report.Msg.t("result.netIncome"), st.netIncome()));
        p.add(dev.capex.report.Msg.t("result.cashFlow"), Role.TITLE);
        p.add(line(dev.capex.report.Msg.t("result.operatingCf"), st.operatingCashFlow()));
        p.add(line(dev.capex.report.Msg.t("result.investing", Fmt.money(st.capex())), st.investingCashFlow()));
        p.add(line(dev.capex.report.Msg.t("result.financingCf"), st.financingCashFlow()));
        p.add(line(dev.capex.report.Msg.t("result.changeInCash"), st.netCashFlow()));
        p.add(line(dev.capex.report.Msg.t("result.fcf"), st.freeCashFlow()));
        Balances b = st.closing();
        p.add(dev.capex.report.Msg.t("result.balance", st.quarter()), Role.TITLE);
        p.add(line(dev.capex.report.Msg.t("result.totalAssets"), b.totalAssets()));
        p.add(line(dev.capex.report.Msg.t("result.ofWhichCash"), b.natural(Account.CASH)));
        p.add(line(dev.capex.report.Msg.t("result.debt"), b.natural(Account.DEBT)));
        p.add(line(dev.capex.report.Msg.t("result.otherLiabilities"), b.natural(Account.OTHER_LIABILITIES)));
        p.add(line(dev.capex.report.Msg.t("result.equity"), b.totalEquity()));
        if (bridge != null) {
            java.util.List<String> lines = dev.capex.report.Explain.bridge(bridge);
            p.add(lines.get(0), Role.TITLE);
            for (String l : lines.subList(1, lines.size())) {
                p.add(l);
            }
        }
        p.blank();
        addEvents(p, sc, dev.capex.report.Msg.t("result.decisions"), r, GameEvent.Category.DECISION);
        p.add(dev.capex.report.Msg.t("result.whatHappened"), Role.TITLE);
        boolean any = false;
        for (GameEvent e : r.events()) {
            if (e.category() != GameEvent.Category.DECISION && e.category() != GameEvent.Category.COMPETITOR) {
                p.add("  " + Text.event(sc, e), DashboardView.role(e));
                any = true;
            }
        }
        if (!any) {
            p.add(dev.capex.report.Msg.t("result.quiet"), Role.DIM);
        }
        addEvents(p, sc, dev.capex.report.Msg.t("result.competitors"), r, GameEvent.Category.COMPETITOR);
        return p;
    }

    private static String line(String label, long m) {
        return String.format(Locale.ROOT, "  %-44s %12s", label, m < 0 ? "-" + Fmt.money(-m) : Fmt.money(m));
    }

    private static void addEvents(TextPage p, Scenario sc, String title, QuarterResult r, GameEvent.Category c) {
        boolean header = false;
        for (GameEvent e : r.events()) {
            if (e.category() == c) {
                if (!header) {
                    p.add(title, Role.TITLE);
                    header = true;
                }
                p.add("  " + Text.event(sc, e), DashboardView.role(e));
            }
        }
    }
}
