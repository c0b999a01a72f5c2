package dev.capex.report.levers;

import static dev.capex.report.levers.Values.money;
import static dev.capex.report.levers.Values.units;

import dev.capex.engine.model.DebtInstrument;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Parcel;
import dev.capex.engine.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The lists the forms offer, filled from the scenario and the state (each made when a form asks for it). */
public final class Choices {
    public final Scenario sc;
    public final GameState s;

    public Choices(Scenario sc, GameState s) {
        this.sc = sc;
        this.s = s;
    }

    public List<Option> lenders() {
        List<Option> out = new ArrayList<>();
        for (Scenario.Lender l : sc.lenders()) {
            out.add(new Option(l.id(), l.name(), String.format(Locale.ROOT,
                    "%s: base + %d bp, %d quarters, repayments from %s, %s to %s; covenants: net leverage <= %.2fx, "
                            + "interest cover >= %.1fx; equity co-invest up to %.0f%%; %s", l.name(), l.spreadBp(),
                    l.tenorQuarters(), l.amortizationStart(), money(l.minM()), money(l.maxM()),
                    l.maxNetLeverage(), l.minInterestCover(), l.maxEquityCoInvestShare() * 100,
                    String.join(" or ", l.structures().stream().map(Enum::name).toList()))));
        }
        return out;
    }

    public List<Option> sites() {
        List<Option> out = new ArrayList<>();
        for (Scenario.SiteSpec site : sc.sites()) {
            double online = s.site(site.id()) == null ? 0 : s.site(site.id()).onlineGw();
            out.add(new Option(site.id(), site.name(), String.format(Locale.ROOT,
                    "%s (%s): %.2f GW online of %.1f GW; %s a GW, %d quarters to build, grid delay risk %.0f%%, from %s",
                    site.name(), site.location(), online, site.maxGw(), money(site.costPerGwM()), site.buildQuarters(),
                    site.powerDelayProbability() * 100, site.availableFrom())));
        }
        return out;
    }

    /** Parcels held for sale, then the sites. */
    public List<Option> assets() {
        List<Option> out = new ArrayList<>();
        for (Parcel parcel : s.estate().parcels()) {
            out.add(new Option(parcel.id(), parcel.name(), parcel.name() + ", book value " + money(parcel.bookValueM())));
        }
        for (Option site : sites()) {
            out.add(new Option(site.id(), "site: " + site.label(), site.detail()));
        }
        return out;
    }

    public List<Option> targets() {
        List<Option> out = new ArrayList<>();
        for (Scenario.StakeTarget t : sc.targets()) {
            out.add(new Option(t.id(), t.name(), String.format(Locale.ROOT,
                    "%s, %s valued %s, from %s: stake %.0f%%-%.0f%%; data +%.0f%%, %d stars, inference +%.0f%%; "
                            + "customers may flee (%.0f%%); antitrust risk %.0f%% (control %.0f%%)", t.name(), t.kind(),
                    money(t.valuationM()), t.availableFrom(), t.minStake() * 100, t.maxStake() * 100,
                    t.dataQualityGain() * 100, t.leaderStars(), t.inferenceEfficiencyGain() * 100,
                    t.customerFlightShare() * 100, t.antitrustProbability() * 100, t.antitrustProbabilityControl() * 100)));
        }
        return out;
    }

    public List<Option> rivals() {
        List<Option> out = new ArrayList<>();
        for (String r : sc.talent().rivals()) {
            Scenario.Competitor c = sc.competitor(r);
            out.add(new Option(r, c == null ? r : c.name(), ""));
        }
        return out;
    }

    public List<Option> generations() {
        List<Option> out = new ArrayList<>();
        for (Scenario.GpuGeneration g : sc.gpuGenerations()) {
            out.add(new Option(g.id(), g.id(), String.format(Locale.ROOT,
                    "%s: from %s, list $%,.0f, %.1f H100e, %.1f kW, lead time %d quarters (one more while GPUs are short), up to %s a quarter, "
                            + "%.0f%% deposit", g.name(), g.availableFrom(), g.priceUsd(), g.h100Equivalent(), g.kwPerGpu(),
                    g.leadTimeQuarters(), units(g.maxUnitsPerQuarter()), g.depositShare() * 100)));
        }
        return out;
    }

    public List<Option> clouds() {
        List<Option> out = new ArrayList<>();
        for (Scenario.CloudProvider c : sc.cloudProviders()) {
            out.add(new Option(c.id(), c.name(), String.format(Locale.ROOT,
                    "%s: $%,.0f per H100e a quarter, %d-%d quarters, up to %s H100e, starts after %d quarter(s)",
                    c.name(), c.pricePerH100eQuarter(), c.minQuarters(), c.maxQuarters(), units(c.maxH100e()),
                    c.leadQuarters())));
        }
        return out;
    }

    public List<Option> debts() {
        List<Option> out = new ArrayList<>();
        for (DebtInstrument d : s.financing().debts()) {
            out.add(new Option(d.id(), d.id() + " " + money(d.principalM()), String.format(Locale.ROOT,
                    "%s (%s): %s outstanding, %s, matures %s", d.id(), d.lender(), money(d.principalM()),
                    d.floating() ? "floating, base + " + d.spreadBp() + " bp" : String.format(Locale.ROOT,
                            "%.2f%% fixed", d.couponRate() * 100), d.maturity())));
        }
        return out;
    }
}
