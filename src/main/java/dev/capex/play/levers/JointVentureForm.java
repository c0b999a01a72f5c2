package dev.capex.play.levers;

import static dev.capex.play.levers.Field.choice;
import static dev.capex.play.levers.Field.number;
import static dev.capex.play.levers.Values.amount;

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
        super(JointVenture.class, "Joint venture (Hyperion)", "Financing",
                "A JV owns the campus: the partner holds most of it, the JV's bonds pay for the build, Meta puts in "
                        + "the land and construction in kind, gets a distribution and leases the campus back.",
                List.of("SPV", "Residual value guarantee", "Net leverage", "Sale-leaseback"),
                new Usage("jv", "SITE GW PARTNER SHARE DISTRIBUTION_M LEASE_Y EXT_Y GUARANTEE",
                        "a Hyperion-style joint venture: partner equity + JV bonds, land in kind, lease back"));
    }

    @Override
    public List<Field> fields(Choices c) {
        List<Option> partners = new ArrayList<>();
        for (Scenario.Lender l : c.sc.lenders()) {
            if (l.structures().contains(dev.capex.engine.model.CreditStructure.project)) {
                partners.add(new Option(l.id(), l.name(), String.format(Locale.ROOT,
                        "%s: the equity partner; its equity asks the JV bonds' yield + %d bp", l.name(),
                        l.equityReturnPremiumBp())));
            }
        }
        return List.of(choice("site", "Site", c.sites(), "hyperion"),
                number("gw", "GW the JV builds", "1.5", "gigawatts, e.g. 1.5"),
                choice("partner", "Equity partner", partners, partners.isEmpty() ? null : partners.get(0).id()),
                number("partnerShare", "Partner's share", "80%", "50% to 95%"),
                number("distribution", "Distribution to Meta", "3B", "$M, or 3B"),
                number("leaseYears", "Initial lease", "4", "years"),
                number("extensionYears", "Extension options", "16", "years"),
                number("guarantee", "Residual value guarantee", "50%", "share of the build's cost"));
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
}
