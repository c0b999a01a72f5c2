package dev.capex.report.levers;

import dev.capex.report.i18n.Msg;

import static dev.capex.report.levers.Field.choice;
import static dev.capex.report.levers.Field.number;
import static dev.capex.report.levers.Values.amount;
import static dev.capex.report.levers.Values.money;

import dev.capex.engine.event.GameEvent;
import dev.capex.engine.levers.PrivateCreditRule;
import dev.capex.engine.decision.Decision.PrivateCredit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Private credit: a corporate loan, or a project SPV tied to a site. */
public final class PrivateCreditForm extends LeverForm<PrivateCredit> {
    public PrivateCreditForm() {
        super(PrivateCredit.class, () -> Msg.t("lever.credit.title"), () -> Msg.t("lever.family.financing"),
                () -> Msg.t("lever.credit.what"),
                List.of("Private credit", "Covenant", "SPV", "Residual value guarantee", "Net leverage", "Interest cover"),
                new Usage("credit", "LENDER AMOUNT_M [project SITE] [equity SHARE]",
                        () -> Msg.t("lever.credit.usage")));
    }

    @Override
    public List<Field> fields(Choices c) {
        List<Option> structures = List.of(
                new Option("corporate", Msg.t("lever.credit.corporate"), Msg.t("lever.credit.corporateDetail")),
                new Option("project", Msg.t("lever.credit.project"), Msg.t("lever.credit.projectDetail")));
        String firstLenderMin = c.sc.lenders().isEmpty() ? "10B" : amount(c.sc.lenders().get(0).minM());
        return List.of(choice("lender", Msg.t("lever.credit.lender"), c.lenders(), null),
                number("amount", Msg.t("lever.amount"), firstLenderMin, Msg.t("lever.amountHint20")),
                choice("structure", Msg.t("lever.credit.structure"), structures, "corporate"),
                choice("site", Msg.t("lever.credit.site"), c.sites(), null),
                number("equity", Msg.t("lever.credit.equity"), "0%", Msg.t("lever.credit.equityHint")));
    }

    @Override
    public PrivateCredit build(Map<String, String> v) {
        return new PrivateCredit(v.get("lender"), Values.money(v.get("amount"), "amount"), v.get("structure"),
                "project".equals(v.get("structure")) ? v.get("site") : null,
                Values.share(v.get("equity"), "equity co-invest"));
    }

    @Override
    protected Map<String, String> values(PrivateCredit x) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("lender", x.lender());
        v.put("amount", amount(x.amountM()));
        v.put("structure", x.project() ? "project" : "corporate");
        if (x.site() != null) {
            v.put("site", x.site());
        }
        v.put("equity", Values.pct(x.equityShare()));
        return v;
    }

    @Override
    public PrivateCredit parse(String[] w) throws BadCommand {
        need(w, 3);
        String structure = "corporate";
        String site = null;
        double equity = 0;
        for (int i = 3; i < w.length; i++) {
            if (w[i].equalsIgnoreCase("project") && i + 1 < w.length) {
                structure = "project";
                site = w[++i];
            } else if (w[i].equalsIgnoreCase("equity") && i + 1 < w.length) {
                equity = Words.share(w[++i]);
            } else {
                throw new BadCommand(Msg.t("lever.unexpected", w[i], usage().line()));
            }
        }
        return new PrivateCredit(w[1], Words.money(w[2]), structure, site, equity);
    }

    @Override
    public String outcome(GameEvent.Outcome o) {
        if (o instanceof PrivateCreditRule.ProjectFunded x) {
            return Msg.t("lever.credit.project.done", x.id(), x.lender(),
                    x.share() * 100, x.site(), money(x.equityM()), money(x.receivedM()), money(x.rentM()), x.ends(),
                    money(x.guaranteeM()));
        }
        PrivateCreditRule.Borrowed x = (PrivateCreditRule.Borrowed) o;
        return Msg.t("lever.credit.done", x.id(),
                money(x.debtM()), Values.rate(x.rate()), Values.rate(x.baseRate()), x.spreadBp(), x.repaymentsFrom(),
                x.maturity(), x.maxNetLeverage(), x.minInterestCover(), x.equityM() > 0 ? Msg.t("lever.credit.doneEquity", money(x.equityM()), x.newShares()) : "");
    }
}
