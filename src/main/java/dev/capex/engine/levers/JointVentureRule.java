package dev.capex.engine.levers;

import dev.capex.engine.decision.Decision.JointVenture;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.Reason;
import dev.capex.engine.model.*;
import dev.capex.engine.model.Scenario.Lender;
import dev.capex.engine.model.Scenario.ParcelSpec;
import dev.capex.engine.model.Scenario.SiteSpec;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.turn.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The Hyperion structure (October 2025): a joint venture owns a campus; an equity partner holds most of
 * it, the JV's own bonds pay for the build, and Meta contributes the site's land and construction in kind
 * (no cash but the one-off distribution it receives). Meta leases the campus for a short initial term with
 * extension options and guarantees part of its residual value. Off Meta's balance sheet; the rating counts
 * the initial term's rent and the guarantee, not the options (as agencies do).
 *
 * <p>Terms: Meta's contribution K (the book value of the land held for sale for the site and what Meta has
 * spent building there); the partner's equity E buys its share of the JV, E = share × K / (1 − share); the
 * JV's bonds B pay for the build C and the distribution D not covered by equity, B = C + D − E. The bonds
 * yield the base rate plus {@code finance.leaseYieldSpreadBp} (a lessor's yield); the partner's equity that
 * plus its {@code equityReturnPremiumBp}. Meta's rent covers both, from the quarter the campus is online.
 */
public final class JointVentureRule extends LeverRule<JointVenture, JointVentureRule.Terms> {
    public JointVentureRule() {
        super(JointVenture.class);
    }

    /** The terms of a joint venture, worked out before anything is applied (what the preview shows). */
    public record Terms(SiteSpec site, Lender partner, long contributionM, long partnerEquityM, long buildCostM,
            long bondsM, double bondYield, double equityYield, long rentPerQuarterM, Quarter rentStarts,
            Quarter initialEnds, Quarter finalEnds, long guaranteeM, double netLeverageAfter) {
    }

    /** What the JV did: its id, the terms, and the distribution Meta received. */
    public record Done(String id, Terms terms, long distributionM, double partnerShare, int leaseYears)
            implements dev.capex.engine.event.GameEvent.Outcome {
    }

    @Override
    public Terms check(Turn w, JointVenture jv) throws Refusal {
        if (!(jv.site() != null && w.sc.site(jv.site()) != null)) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.NO_SITE, jv.site(),
                w.sc.sites().stream().map(SiteSpec::id).toList());
        }
        SiteSpec spec = w.sc.site(jv.site());
        SiteState site = w.site(spec.id());
        if (w.q.isBefore(Quarter.parse(spec.availableFrom()))) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.NO_GRID, spec.name(),
                spec.availableFrom());
        }
        if (site.hasPartner()) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.HAS_PARTNER, spec.name(), site.partner());
        }
        Lender l = jv.partner() == null ? null : w.sc.lender(jv.partner());
        List<String> partners = new ArrayList<>();
        for (Lender x : w.sc.lenders()) {
            if (x.structures().contains(dev.capex.engine.model.CreditStructure.project)) {
                partners.add(x.id());
            }
        }
        if (!(l != null && l.structures().contains(dev.capex.engine.model.CreditStructure.project))) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(
                Reason.Kind.NO_PARTNER, jv.partner(), partners);
        }
        if (!(jv.partnerShare() >= 0.5 && jv.partnerShare() <= 0.95)) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.JV_SHARE,
                jv.partnerShare() * 100);
        }
        require(jv.gw() >= 0, Reason.Kind.JV_GW);
        if (!(jv.leaseYears() >= 1 && jv.leaseYears() <= 30)) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.JV_LEASE, jv.leaseYears());
        }
        if (!(jv.extensionYears() >= 0 && jv.extensionYears() <= 30)) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.JV_EXT,
                jv.extensionYears());
        }
        if (!(jv.guaranteeShare() >= 0 && jv.guaranteeShare() <= 1)) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.JV_GUARANTEE,
                jv.guaranteeShare() * 100);
        }
        require(jv.distributionM() >= 0, Reason.Kind.JV_DIST_NEG);
        // What Meta contributes in kind: the land held for sale for this site, and what it has spent building here.
        long land = 0;
        for (Parcel p : w.estate.parcels) {
            ParcelSpec ps = w.sc.parcel(p.id());
            if (ps != null && Ids.same(ps.linkedSite(), spec.id())) {
                land += p.bookValueM();
            }
        }
        long spent = 0;
        long remaining = 0;
        double underway = 0;
        for (ConstructionProject p : w.estate.projects) {
            if (p.siteId().equals(spec.id())) {
                underway += p.gw();
                if (p.partnerShare() == 0) {
                    spent += p.metaSpentM();
                    remaining += p.remainingCostM();
                }
            }
        }
        long contribution = land + spent;
        long k = contribution;
        if (!(k > 0)) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.JV_NOTHING, spec.name());
        }
        double used = site.onlineGw() + underway;
        if (!(jv.gw() <= spec.maxGw() - used + 1e-9)) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.NO_POWER_LEFT, spec.name(),
                spec.maxGw(), used);
        }
        long build = Turn.round(jv.gw() * spec.costPerGwM()) + remaining;
        if (!(build > 0)) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.JV_NO_BUILD, spec.name());
        }
        long equity = Turn.round(jv.partnerShare() * k / (1 - jv.partnerShare()));
        if (!(jv.distributionM() <= k + equity)) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.JV_DIST, new Reason.Money(k + equity),
                new Reason.Money(k), new Reason.Money(equity));
        }
        long bonds = Math.max(0, build + jv.distributionM() - equity);
        double bondYield = w.baseRate() + w.sc.finance().leaseYieldSpreadBp() / 10000.0;
        double equityYield = bondYield + l.equityReturnPremiumBp() / 10000.0;
        long rent = Turn.round((bonds * bondYield + equity * equityYield) / 4);
        int buildQuarters = jv.gw() > 0 ? spec.buildQuarters() : 1;
        for (ConstructionProject p : w.estate.projects) {
            if (p.siteId().equals(spec.id())) {
                buildQuarters = Math.max(buildQuarters, p.quartersLeft());
            }
        }
        Quarter starts = w.q.plus(buildQuarters);
        Quarter initialEnds = starts.plus(4 * jv.leaseYears() - 1);
        Quarter finalEnds = initialEnds.plus(4 * jv.extensionYears());
        long guarantee = Turn.round(build * jv.guaranteeShare());
        // Cross-default: the lease and the guarantee count as debt in every lender's covenant.
        long extra = Turn.round((long) (4 * jv.leaseYears()) * rent * w.sc.finance().leaseAdjustmentFactor()
                + guarantee * w.sc.finance().guaranteeAdjustmentFactor());
        double netLev = Turn.ratio(w.debt() + w.leaseAdjustmentM() + extra - w.cash() - jv.distributionM(),
                w.lastTtmEbitda());
        for (DebtInstrument d : w.financing.debts) {
            if (d.hasCovenants() && d.maxNetLeverage() > 0 && netLev > d.maxNetLeverage()) {
                throw new Refusal(Reason.Kind.JV_LEVERAGE, netLev, d.lender(), d.maxNetLeverage());
            }
        }
        return new Terms(spec, l, contribution, equity, build, bonds, bondYield, equityYield, rent, starts, initialEnds,
                finalEnds, guarantee, netLev);
    }

    @Override
    public Done apply(Turn w, JointVenture jv, Terms t) {
        SiteSpec spec = t.site();
        // Land and construction go into the JV in kind: Meta's interest in the JV is carried in other assets
        // (an equity-method investment; stakes, with their own sub-ledger, are the INVESTMENTS account).
        for (Parcel p : List.copyOf(w.estate.parcels)) {
            ParcelSpec ps = w.sc.parcel(p.id());
            if (ps != null && Ids.same(ps.linkedSite(), spec.id())) {
                w.post(Account.OTHER_ASSETS, Account.HELD_FOR_SALE, p.bookValueM());
                w.estate.parcels.remove(p);
            }
        }
        for (int i = 0; i < w.estate.projects.size(); i++) {
            ConstructionProject p = w.estate.projects.get(i);
            if (p.siteId().equals(spec.id()) && p.partnerShare() == 0) {
                w.post(Account.OTHER_ASSETS, Account.CONSTRUCTION_IN_PROGRESS, p.metaSpentM());
                w.estate.projects.set(i, p.with(0, p.partnerSpentM() + p.metaSpentM(), p.quartersLeft(), 1.0, p.delays()));
            }
        }
        if (jv.gw() > 0) {
            w.estate.projects.add(new ConstructionProject(w.id("BUILD"), spec.id(), jv.gw(),
                    Turn.round(jv.gw() * spec.costPerGwM()), 0, 0, spec.buildQuarters(), 1.0, 0));
        }
        // The one-off distribution: a return of Meta's contribution, and a gain on what it exceeds.
        long returned = Math.min(jv.distributionM(), t.contributionM());
        w.post(Account.CASH, Account.OTHER_ASSETS, returned, CashLine.ASSET_SALES);
        w.post(Account.CASH, Account.GAIN_ON_SALE, jv.distributionM() - returned, CashLine.ASSET_SALES);
        String id = w.id("JV");
        boolean options = jv.extensionYears() > 0;
        w.financing.leases.add(new Lease(id, LeaseKind.JV, spec.id(), t.partner().name(), t.rentPerQuarterM(), t.rentStarts(),
                t.initialEnds(), options ? 0 : t.guaranteeM()));
        if (options) {
            w.financing.leases.add(new Lease(id + "-EXT", LeaseKind.JV_EXTENSION, spec.id(), t.partner().name(), t.rentPerQuarterM(),
                    t.initialEnds().plus(1), t.finalEnds(), t.guaranteeM()));
        }
        w.replaceSite(w.site(spec.id()).withPartner(t.partner().name(), 1.0));
        return new Done(id, t, jv.distributionM(), jv.partnerShare(), jv.leaseYears());
    }

    @Override
    public Decision random(Scenario sc, GameState s, RandomStream r) {
        SiteSpec site = pick(sc.sites(), r);
        List<Lender> partners = sc.lenders().stream().filter(l -> l.structures().contains(dev.capex.engine.model.CreditStructure.project)).toList();
        String partner = partners.isEmpty() ? "none" : pick(partners, r).id();
        return new JointVenture(site.id(), StrictMath.floor(r.nextDouble() * site.maxGw() * 4) / 4, partner,
                0.5 + 0.45 * r.nextDouble(), (long) (r.nextDouble() * 5000), 1 + r.nextInt(8), r.nextInt(20),
                r.nextDouble() * 0.9);
    }

    private static void require(boolean ok, Reason.Kind reason) throws Refusal {
        if (!ok) {
            throw new Refusal(reason);
        }
    }

    private static void require(boolean ok, Supplier<Refusal> refusal) throws Refusal {
        if (!ok) {
            throw refusal.get();
        }
    }
}
