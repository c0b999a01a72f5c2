package dev.capex.report.levers;

import dev.capex.report.i18n.Msg;
import dev.capex.report.i18n.ScenarioText;

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
            out.add(new Option(l.id(), l.name(), Msg.t("choice.lender", l.name(), l.spreadBp(),
                    l.tenorQuarters(), l.amortizationStart(), money(l.minM()), money(l.maxM()),
                    l.maxNetLeverage(), l.minInterestCover(), l.maxEquityCoInvestShare() * 100,
                    String.join(Msg.t("choice.or"), l.structures().stream().map(x -> x == dev.capex.engine.model.CreditStructure.project
                            ? Msg.t("lever.credit.project") : Msg.t("lever.credit.corporate")).toList()))));
        }
        return out;
    }

    public List<Option> sites() {
        List<Option> out = new ArrayList<>();
        for (Scenario.SiteSpec site : sc.sites()) {
            double online = s.site(site.id()) == null ? 0 : s.site(site.id()).onlineGw();
            out.add(new Option(site.id(), ScenarioText.name(site), Msg.t("choice.site",
                    ScenarioText.name(site), ScenarioText.location(site), online, site.maxGw(), money(site.costPerGwM()), site.buildQuarters(),
                    site.powerDelayProbability() * 100, site.availableFrom())));
        }
        return out;
    }

    /** Parcels held for sale, then the sites. */
    public List<Option> assets() {
        List<Option> out = new ArrayList<>();
        for (Parcel parcel : s.estate().parcels()) {
            out.add(new Option(parcel.id(), ScenarioText.of(parcel.name()), Msg.t("choice.parcel", ScenarioText.of(parcel.name()),
                    money(parcel.bookValueM()))));
        }
        for (Option site : sites()) {
            out.add(new Option(site.id(), Msg.t("choice.siteLabel", site.label()), site.detail()));
        }
        return out;
    }

    public List<Option> targets() {
        List<Option> out = new ArrayList<>();
        for (Scenario.StakeTarget t : sc.targets()) {
            out.add(new Option(t.id(), ScenarioText.name(t), Msg.t("choice.target", ScenarioText.name(t), ScenarioText.kind(t),
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
            out.add(new Option(g.id(), g.id(), Msg.t("choice.generation", g.name(), g.availableFrom(), g.priceUsd(), g.h100Equivalent(), g.kwPerGpu(),
                    g.leadTimeQuarters(), units(g.maxUnitsPerQuarter()), g.depositShare() * 100)));
        }
        return out;
    }

    public List<Option> clouds() {
        List<Option> out = new ArrayList<>();
        for (Scenario.CloudProvider c : sc.cloudProviders()) {
            out.add(new Option(c.id(), c.name(), Msg.t("choice.cloud",
                    c.name(), c.pricePerH100eQuarter(), c.minQuarters(), c.maxQuarters(), units(c.maxH100e()),
                    c.leadQuarters())));
        }
        return out;
    }

    public List<Option> debts() {
        List<Option> out = new ArrayList<>();
        for (DebtInstrument d : s.financing().debts()) {
            out.add(new Option(d.id(), d.id() + " " + money(d.principalM()), Msg.t("choice.debt", d.id(), d.lender(), money(d.principalM()),
                    d.floating() ? Msg.t("choice.floating", d.spreadBp()) : Msg.t("choice.fixed", d.couponRate() * 100), d.maturity())));
        }
        return out;
    }
}
