package dev.capex.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.capex.engine.Engine;
import dev.capex.engine.QuarterResult;
import dev.capex.engine.model.Account;
import dev.capex.engine.model.CashLine;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.model.Statements;
import dev.capex.scenario.ScenarioException;
import dev.capex.scenario.ScenarioLoader;
import dev.capex.strategy.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The calibration check: replays a reported year from the balance sheet at the end of the year before
 * with the decisions the company made (a scenario and a plan, scenarios/calibration/), and compares the
 * model's year with the reported one, figure by figure, against a tolerance. The reference file names its
 * source; docs/model.md shows the table and the cash bridge it prints.
 */
public final class Calibration {
    /** One figure: what the model gives, what was reported, and whether it is within the tolerance. */
    public record Row(String figure, long modelM, long reportedM, double tolerance) {
        public double error() {
            return reportedM == 0 ? 0 : (modelM - reportedM) / (double) Math.abs(reportedM);
        }

        public boolean within() {
            return Math.abs(error()) <= tolerance;
        }
    }

    /** The result: the table, the model's cash bridge for the year, and the reported bridge. */
    public record Result(String source, int year, List<Row> rows, Map<String, Long> bridge, Map<String, Long> reportedBridge) {
        public boolean allWithin() {
            return rows.stream().allMatch(Row::within);
        }

        /** The table and the bridge in Markdown, as docs/model.md shows them. */
        public String markdown() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "| %d | model | Meta reported | difference |%n|---|---:|---:|---:|%n", year));
            for (Row r : rows) {
                sb.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %+.1f%% %s |%n", r.figure(), r.modelM(),
                        r.reportedM(), r.error() * 100, r.within() ? "" : "**outside**"));
            }
            sb.append(String.format(Locale.ROOT, "%n| cash bridge, %d | model | Meta reported |%n|---|---:|---:|%n", year));
            for (Map.Entry<String, Long> e : bridge.entrySet()) {
                Long rep = reportedBridge.get(e.getKey());
                sb.append(String.format(Locale.ROOT, "| %s | %,d | %s |%n", e.getKey(), e.getValue(),
                        rep == null ? "" : String.format(Locale.ROOT, "%,d", rep)));
            }
            sb.append(String.format(Locale.ROOT, "%nSource of the reported figures: %s.%n", source));
            return sb.toString();
        }
    }

    private Calibration() {
    }

    /** Runs the check described by a reference file (its scenario and plan are named relative to it). */
    public static Result run(Path reference) throws IOException, ScenarioException, Plan.PlanException {
        JsonNode ref = new ObjectMapper().readTree(Files.readString(reference));
        Path dir = reference.toAbsolutePath().getParent();
        Scenario sc = ScenarioLoader.load(dir.resolve(ref.path("scenario").asText()));
        Plan plan = Plan.load(dir.resolve(ref.path("plan").asText()));
        int year = ref.path("year").asInt();
        double tol = ref.path("tolerance").asDouble();
        List<Statements> quarters = new ArrayList<>();
        GameState s = Engine.start(sc, 1);
        long openingCash = s.cashM();
        while (!s.isOver()) {
            QuarterResult r = Engine.resolve(sc, s, plan.forQuarter(s.quarter()));
            if (r.statements().quarter().year() == year) {
                quarters.add(r.statements());
            }
            s = r.state();
        }
        long revenue = 0, opIncome = 0, ocf = 0, capex = 0, ni = 0, dep = 0, sbc = 0, deferred = 0, other = 0;
        long rsu = 0, buybacks = 0, dividends = 0, debt = 0, closing = openingCash;
        for (Statements st : quarters) {
            revenue += st.revenue();
            opIncome += st.operatingIncome();
            ocf += st.operatingCashFlow();
            capex += st.capex();
            ni += st.netIncome();
            dep += st.line(Account.DEPRECIATION);
            sbc += st.stockCompensation();
            rsu += st.cash(CashLine.RSU_TAXES);
            buybacks += st.cash(CashLine.BUYBACKS);
            dividends += st.cash(CashLine.DIVIDENDS);
            debt += st.cash(CashLine.DEBT_RAISED) + st.cash(CashLine.FINANCING_FEES);
            closing = st.closingCashM();
        }
        // The deferred tax and tax timing lines: what the tax expense was, less what was paid.
        for (Statements st : quarters) {
            deferred += st.line(Account.INCOME_TAX) + st.cash(CashLine.TAX_PAID);
        }
        other = ocf - ni - dep - sbc - deferred;
        List<Row> rows = List.of(
                new Row("Revenue", revenue, ref.at("/reported/revenueM").asLong(), tol),
                new Row("Income from operations", opIncome, ref.at("/reported/operatingIncomeM").asLong(), tol),
                new Row("Operating cash flow", ocf, ref.at("/reported/operatingCashFlowM").asLong(), tol),
                new Row("Capital expenditure", capex, ref.at("/reported/capexM").asLong(), tol),
                new Row("Free cash flow", ocf - capex, ref.at("/reported/freeCashFlowM").asLong(), tol),
                new Row("Cash and marketable securities, year end", closing, ref.at("/reported/closingCashM").asLong(), tol));
        Map<String, Long> bridge = new LinkedHashMap<>();
        bridge.put("Net income", ni);
        bridge.put("+ Depreciation", dep);
        bridge.put("+ Stock-based compensation (non-cash)", sbc);
        bridge.put("+ Taxes expensed less taxes paid (deferred tax, timing)", deferred);
        bridge.put("+ Other (impairments, gains, working capital)", other);
        bridge.put("= Operating cash flow", ocf);
        bridge.put("Capital expenditure", -capex);
        bridge.put("Taxes paid on net share settlement of RSUs", rsu);
        bridge.put("Buybacks", buybacks);
        bridge.put("Dividends", dividends);
        bridge.put("Debt raised, net of fees", debt);
        Map<String, Long> reported = new LinkedHashMap<>();
        JsonNode b = ref.path("bridge");
        reported.put("Net income", b.path("netIncomeM").asLong());
        reported.put("+ Depreciation", b.path("depreciationM").asLong());
        reported.put("+ Stock-based compensation (non-cash)", b.path("stockCompensationM").asLong());
        reported.put("+ Taxes expensed less taxes paid (deferred tax, timing)", b.path("deferredTaxM").asLong());
        reported.put("+ Other (impairments, gains, working capital)", b.path("otherOperatingM").asLong());
        reported.put("= Operating cash flow", ref.at("/reported/operatingCashFlowM").asLong());
        reported.put("Capital expenditure", -ref.at("/reported/capexM").asLong());
        reported.put("Taxes paid on net share settlement of RSUs", b.path("rsuTaxesM").asLong());
        reported.put("Buybacks", b.path("buybacksM").asLong());
        reported.put("Dividends", b.path("dividendsM").asLong());
        reported.put("Debt raised, net of fees", b.path("debtRaisedM").asLong());
        return new Result(ref.path("source").asText(), year, rows, bridge, reported);
    }
}
