package dev.capex.report;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.decision.Decision.*;
import dev.capex.engine.model.Scenario;

/**
 * The money a decision commits, in millions, as a player would name it ("the $40B GPU order"): used to
 * pick the decision that explains a moment. A rough list-price measure, not what the engine books.
 */
final class DecisionSize {
    private DecisionSize() {
    }

    static long of(Scenario sc, Decision d) {
        if (d instanceof PrivateCredit p) {
            return p.amountM();
        } else if (d instanceof JointVenture j) {
            Scenario.SiteSpec s = sc.site(j.site());
            return s == null ? 0 : Math.round(j.gw() * s.costPerGwM());
        } else if (d instanceof Bond b) {
            return b.amountM();
        } else if (d instanceof EquityRaise e) {
            return e.amountM();
        } else if (d instanceof Stake s) {
            Scenario.StakeTarget t = sc.target(s.target());
            return t == null ? 0 : Math.round(t.valuationM() * s.share());
        } else if (d instanceof Hire h) {
            return h.stars() * h.packageM();
        } else if (d instanceof OrderGpus o) {
            Scenario.GpuGeneration g = sc.generation(o.generation());
            return g == null ? 0 : Math.round(o.units() * g.priceUsd() / 1e6);
        } else if (d instanceof Build b) {
            Scenario.SiteSpec s = sc.site(b.site());
            return s == null ? 0 : Math.round(b.gw() * s.costPerGwM());
        } else if (d instanceof RentCloud c) {
            Scenario.CloudProvider p = sc.cloudProvider(c.provider());
            return p == null ? 0 : Math.round(c.h100e() * p.pricePerH100eQuarter() * c.quarters() / 1e6);
        } else if (d instanceof Buyback b) {
            return b.amountM();
        } else if (d instanceof Repay r) {
            return r.amountM();
        }
        return 0;
    }

    /** How a moment names a decision: "the $40.0B order of 1,000,000 B200". */
    static String name(Scenario sc, Decision d) {
        long m = of(sc, d);
        if (d instanceof OrderGpus o) {
            return String.format(java.util.Locale.ROOT, "the %s order of %,d %s", Decision.money(m), o.units(),
                    o.generation());
        }
        if (d instanceof PrivateCredit) {
            return "the " + d.summary();
        }
        return "the decision to " + d.summary() + (m > 0 && !d.summary().contains(Decision.money(m))
                ? " (" + Decision.money(m) + ")" : "");
    }
}
