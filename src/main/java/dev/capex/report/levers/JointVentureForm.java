package dev.capex.report.levers;

import dev.capex.report.i18n.Msg;

import static dev.capex.report.levers.Field.choice;
import static dev.capex.report.levers.Field.number;
import static dev.capex.report.levers.Values.amount;

import dev.capex.engine.decision.Decision.JointVenture;
import dev.capex.engine.model.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A Hyperion-style joint venture: equity partner and JV bonds, land in kind, a distribution, a lease back. */
public final class JointVentureForm extends LeverForm<JointVenture> {
    public JointVentureForm() {
        super(JointVenture.class, () -> Msg.t("lever.jv.title"), () -> Msg.t("lever.family.financing"),
                () -> Msg.t("lever.jv.what"),
                List.of("SPV", "Residual value guarantee", "Net leverage", "Sale-leaseback"),
                new Usage("jv", "SITE GW PARTNER SHARE DISTRIBUTION_M LEASE_Y EXT_Y GUARANTEE",
                        () -> Msg.t("lever.jv.usage")));
    }

    @Override
    public List<Field> fields(Choices c) {
        List<Option> partners = new ArrayList<>();
        for (Scenario.Lender l : c.sc.lenders()) {
            if (l.structures().contains(dev.capex.engine.model.CreditStructure.project)) {
                partners.add(new Option(l.id(), l.name(), Msg.t("lever.jv.partnerDetail", l.name(),
                        l.equityReturnPremiumBp())));
            }
        }
        return List.of(choice("site", Msg.t("lever.site"), c.sites(), "hyperion"),
                number("gw", Msg.t("lever.jv.gw"), "1.5", Msg.t("lever.jv.gwHint")),
                choice("partner", Msg.t("lever.jv.partner"), partners, partners.isEmpty() ? null : partners.get(0).id()),
                number("partnerShare", Msg.t("lever.jv.share"), "80%", Msg.t("lever.jv.shareHint")),
                number("distribution", Msg.t("lever.jv.distribution"), "3B", Msg.t("lever.jv.distributionHint")),
                number("leaseYears", Msg.t("lever.jv.lease"), "4", Msg.t("lever.yearsHint")),
                number("extensionYears", Msg.t("lever.jv.extension"), "16", Msg.t("lever.yearsHint")),
                number("guarantee", Msg.t("lever.jv.guarantee"), "50%", Msg.t("lever.jv.guaranteeHint")));
    }

    @Override
    public JointVenture build(Map<String, String> v) {
        return new JointVenture(v.get("site"), Values.decimal(v.get("gw"), "GW"), v.get("partner"),
                Values.share(v.get("partnerShare"), "partner's share"), Values.money(v.get("distribution"), "distribution"),
                (int) Values.whole(v.get("leaseYears"), "initial lease"),
                (int) Values.whole(v.get("extensionYears"), "extension options"),
                Values.share(v.get("guarantee"), "residual value guarantee"));
    }

    @Override
    protected Map<String, String> values(JointVenture x) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("site", x.site());
        v.put("gw", String.format(Locale.ROOT, "%.2f", x.gw()));
        v.put("partner", x.partner());
        v.put("partnerShare", Values.pct(x.partnerShare()));
        v.put("distribution", amount(x.distributionM()));
        v.put("leaseYears", Integer.toString(x.leaseYears()));
        v.put("extensionYears", Integer.toString(x.extensionYears()));
        v.put("guarantee", Values.pct(x.guaranteeShare()));
        return v;
    }

    @Override
    public JointVenture parse(String[] w) throws BadCommand {
        need(w, 9);
        return new JointVenture(w[1], Double.parseDouble(w[2]), w[3], Words.share(w[4]), Words.money(w[5]),
                Integer.parseInt(w[6]), Integer.parseInt(w[7]), Words.share(w[8]));
    }

    @Override
    public String outcome(dev.capex.engine.event.GameEvent.Outcome o) {
        dev.capex.engine.levers.JointVentureRule.Done x = (dev.capex.engine.levers.JointVentureRule.Done) o;
        dev.capex.engine.levers.JointVentureRule.Terms t = x.terms();
        return Msg.t("lever.jv.done",
                x.id(), t.partner().name(), x.partnerShare() * 100, t.site().name(), Values.money(t.partnerEquityM()),
                Values.money(t.contributionM()), Values.money(t.bondsM()), t.bondYield() * 100,
                Values.money(t.buildCostM()), Values.money(x.distributionM()), Values.money(t.rentPerQuarterM()),
                t.rentStarts(), x.leaseYears(), t.initialEnds(), t.finalEnds(), Values.money(t.guaranteeM()),
                t.netLeverageAfter());
    }
}
