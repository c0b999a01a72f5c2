package dev.capex.report.levers;

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
        super(PrivateCredit.class, "Private credit", "Financing",
                "Borrow from a private credit lender: a corporate loan, or a project SPV tied to a site.",
                List.of("Private credit", "Covenant", "SPV", "Residual value guarantee", "Net leverage", "Interest cover"),
                new Usage("credit", "LENDER AMOUNT_M [project SITE] [equity SHARE]",
                        "private credit, corporate by default, or a project SPV at a site"));
    }

    @Override
    public List<Field> fields(Choices c) {
        List<Option> structures = List.of(
                new Option("corporate", "corporate loan", "Corporate: on Meta's balance sheet, covenants on Meta."),
                new Option("project", "project SPV at a site", "Project SPV: the partner owns most of the site, Meta "
                        + "leases it back and guarantees residual value; off the balance sheet."));
        String firstLenderMin = c.sc.lenders().isEmpty() ? "10B" : amount(c.sc.lenders().get(0).minM());
        return List.of(choice("lender", "Lender", c.lenders(), null),
                number("amount", "Amount", firstLenderMin, "$M, or 20B"),
                choice("structure", "Structure", structures, "corporate"),
                choice("site", "Site (SPV)", c.sites(), null),
                number("equity", "Equity co-invest", "0%", "share, 0% to the lender's max"));
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
                throw new BadCommand("unexpected '" + w[i] + "'; " + usage().line());
            }
        }
        return new PrivateCredit(w[1], Words.money(w[2]), structure, site, equity);
    }

    @Override
    public String outcome(GameEvent.Outcome o) {
        if (o instanceof PrivateCreditRule.ProjectFunded x) {
            return String.format(Locale.ROOT, "%s: %s funds %.0f%% of the build at %s (%s of it equity); Meta receives %s "
                    + "for what it has spent, leases the capacity back at %s a quarter until %s, and guarantees %s of "
                    + "residual value — off the balance sheet, but the rating counts it", x.id(), x.lender(),
                    x.share() * 100, x.site(), money(x.equityM()), money(x.receivedM()), money(x.rentM()), x.ends(),
                    money(x.guaranteeM()));
        }
        PrivateCreditRule.Borrowed x = (PrivateCreditRule.Borrowed) o;
        return String.format(Locale.ROOT, "%s %s raised at %s (base %s + %d bp), floating; repayments from %s, "
                + "maturity %s; covenants: net leverage at most %.2fx, interest cover at least %.1fx%s", x.id(),
                money(x.debtM()), Values.rate(x.rate()), Values.rate(x.baseRate()), x.spreadBp(), x.repaymentsFrom(),
                x.maturity(), x.maxNetLeverage(), x.minInterestCover(), x.equityM() > 0 ? String.format(Locale.ROOT,
                        "; %s of equity co-invest (%,d new shares)", money(x.equityM()), x.newShares()) : "");
    }
}
