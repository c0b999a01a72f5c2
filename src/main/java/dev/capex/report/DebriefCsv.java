package dev.capex.report;

import dev.capex.engine.model.QuarterFigures;
import java.util.List;
import java.util.Locale;

/** The debrief's figures as CSV for spreadsheets: one row per team per quarter played, money in $M. */
public final class DebriefCsv {
    private DebriefCsv() {
    }

    public static final String HEADER = "team,scenario,seed,quarter,cash_m,debt_m,interest_m,net_leverage,"
            + "interest_cover,rating,arena_rank,elo,share_price,market_cap_m,tsr,revenue_m,ebitda_m,capex_m,"
            + "free_cash_flow_m,gpus_online,gpus_idle,gw_online,stars";

    public static String of(List<ReplayedGame> games) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (ReplayedGame g : games) {
            for (QuarterFigures f : g.figures()) {
                sb.append(String.join(",", field(g.team()), field(g.game().scenario().id()),
                        String.valueOf(g.game().seed()), f.quarter().toString(), String.valueOf(f.cashM()),
                        String.valueOf(f.debtM()), String.valueOf(f.interestM()), num(f.netLeverage()),
                        num(Math.min(f.interestCover(), 999)), field(f.rating()), String.valueOf(f.rank()),
                        num(f.elo()), num(f.sharePrice()), String.valueOf(f.marketCapM()), num(f.tsr()),
                        String.valueOf(f.revenueM()), String.valueOf(f.ebitdaM()), String.valueOf(f.capexM()),
                        String.valueOf(f.freeCashFlowM()), String.valueOf(f.gpusOnline()), String.valueOf(f.gpusIdle()),
                        num(f.gwOnline()), String.valueOf(f.stars()))).append('\n');
            }
        }
        return sb.toString();
    }

    static String num(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }

    /** RFC 4180: quote a field that holds a comma, a quote or a line break. */
    static String field(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
