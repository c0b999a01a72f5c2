package dev.capex.engine.rules;

import dev.capex.engine.turn.Turn;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.*;
import dev.capex.engine.model.Scenario.*;

/**
 * Step 4: deliveries. Bonds close; GPU orders due arrive (in part when supply is tight, the rest the
 * next quarter), the balance over the deposit paid on delivery; construction spends and, when done
 * and the grid holds, comes online.
 */
public final class DeliveryRules {
    private DeliveryRules() {
    }

    public static void deliver(Turn w) {
        FinanceRules.closeBonds(w);
        deliverGpus(w);
        build(w);
    }

    /** Share of an order due now that arrives this quarter, from the common GPU shortage. */
    static double supplyFraction(Turn w) {
        double s = w.shortage();
        Macro m = w.sc.macro();
        return s <= m.supplyTightAbove() ? 1.0
                : Math.max(m.minSupplyFraction(), 1.0 - (s - m.supplyTightAbove()) * m.supplyCutPerShortage());
    }

    private static void deliverGpus(Turn w) {
        double fraction = supplyFraction(w);
        for (int i = 0; i < w.fleet.orders.size(); i++) {
            GpuOrder o = w.fleet.orders.get(i);
            if (w.q.isBefore(o.due())) {
                continue;
            }
            boolean late = w.q.isAfter(o.due());
            long n = late ? o.outstanding() : (long) StrictMath.ceil(o.outstanding() * fraction);
            long deliveredAfter = o.delivered() + n;
            long costBefore = Turn.round(o.delivered() * o.unitPriceUsd() / 1e6);
            long costAfter = Turn.round(deliveredAfter * o.unitPriceUsd() / 1e6);
            long cost = costAfter - costBefore;
            long depositAfter = deliveredAfter == o.units() ? o.depositM()
                    : Turn.round((double) o.depositM() * deliveredAfter / o.units());
            long depositUsed = depositAfter - o.depositAppliedM();
            long cashPaid = cost - depositUsed;
            w.post(Account.SERVERS, Account.GPU_DEPOSITS, depositUsed);
            w.post(Account.SERVERS, Account.CASH, cashPaid, CashLine.CAPEX_GPUS);
            GpuGeneration g = w.sc.generation(o.generation());
            long perQuarter = Turn.round(cost / (double) w.sc.costs().gpuLifeQuarters());
            w.fleet.cohorts.add(new GpuCohort(w.id("GPUS"), g.id(), n, cost, cost, perQuarter, w.q));
            w.fleet.orders.set(i, new GpuOrder(o.id(), o.generation(), o.units(), deliveredAfter, o.unitPriceUsd(),
                    o.depositM(), depositAfter, o.placed(), o.due()));
            w.event(new GameEvent.GpusDelivered(g.name(), n, o.units() - deliveredAfter, cashPaid));
        }
        w.fleet.orders.removeIf(o -> o.outstanding() == 0);
    }

    private static void build(Turn w) {
        for (int i = 0; i < w.estate.projects.size(); i++) {
            ConstructionProject p = w.estate.projects.get(i);
            SiteSpec spec = w.sc.site(p.siteId());
            if (p.quartersLeft() <= 1) {
                // The grid's risk is a property of the site's region this quarter: drawn from the common world.
                double risk = spec.powerDelayProbability() + w.effect(EffectType.powerDelay);
                boolean delayed = w.random.reuse(w.q, w.ix.powerStream(p.siteId())) /* "power." + site */.chance(risk)
                        && p.delays() < w.sc.costs().maxDelaysPerProject();
                if (delayed) {
                    long overrun = Turn.round(p.totalCostM() * w.sc.costs().delayOverrunShare());
                    long partner = spend(w, p, overrun);
                    // One record: the overrun added to the cost and spent at once, one more quarter, one more delay.
                    w.estate.projects.set(i, new ConstructionProject(p.id(), p.siteId(), p.gw(), p.totalCostM() + overrun,
                            p.metaSpentM() + (overrun - partner), p.partnerSpentM() + partner, 1, p.partnerShare(),
                            p.delays() + 1));
                    w.event(new GameEvent.ConstructionDelayed(spec.name(), risk, overrun));
                    continue;
                }
            }
            double sCurve = w.sc.costs().constructionSCurveShare();
            long spendNow = p.quartersLeft() <= 1 ? p.remainingCostM()
                    : sCurve <= 0 ? Turn.round(p.remainingCostM() / (double) p.quartersLeft())
                    : Turn.round(p.remainingCostM() * shareOfRemainingThisQuarter(p, sCurve));
            long partner = spend(w, p, spendNow);
            // One record a quarter: the spend and the quarter gone.
            p = p.with(p.metaSpentM() + (spendNow - partner), p.partnerSpentM() + partner, p.quartersLeft() - 1,
                    p.partnerShare(), p.delays());
            w.estate.projects.set(i, p);
            if (p.quartersLeft() <= 0) {
                complete(w, p, spec);
            }
        }
        w.estate.projects.removeIf(p -> p.quartersLeft() <= 0);
    }

    /**
     * The share of a project's remaining cost spent this quarter. Evenly, 1 / quarters left, blended with an
     * S-curve (share {@code sCurve}): construction starts slowly (site work, design), peaks in the middle
     * (structure, mechanical and electrical) and tails off (commissioning). The S-curve is smoothstep,
     * C(x) = x²(3 − 2x) of the time elapsed; where a project stands on it is read back from the share of
     * its cost already spent, so that no extra state is needed.
     */
    static double shareOfRemainingThisQuarter(ConstructionProject p, double sCurve) {
        int left = p.quartersLeft();
        double even = 1.0 / left;
        if (sCurve <= 0 || p.totalCostM() <= 0) {
            return even;
        }
        double spent = Turn.clamp((p.totalCostM() - p.remainingCostM()) / (double) p.totalCostM(), 0, 1);
        // x such that C(x) = spent, by bisection (StrictMath-free arithmetic: bit-exact everywhere).
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 40; i++) {
            double mid = (lo + hi) / 2;
            if (mid * mid * (3 - 2 * mid) < spent) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double x = (lo + hi) / 2;
        // x = elapsed / (elapsed + left): the elapsed quarters this position implies.
        double elapsed = x >= 1 ? 0 : x * left / (1 - x);
        double next = (elapsed + 1) / (elapsed + left);
        double target = next * next * (3 - 2 * next);
        double curve = spent >= 1 ? 1 : Turn.clamp((target - spent) / (1 - spent), 0, 1);
        return (1 - sCurve) * even + sCurve * curve;
    }

    /**
     * Posts Meta's part of spending {@code amount} on project {@code p} and returns the partner's part
     * ({@code amount} x its share, rounded); the caller writes both into the project's one new record.
     */
    private static long spend(Turn w, ConstructionProject p, long amount) {
        long partner = Turn.round(amount * p.partnerShare());
        w.post(Account.CONSTRUCTION_IN_PROGRESS, Account.CASH, amount - partner, CashLine.CAPEX_CONSTRUCTION);
        return partner;
    }

    private static void complete(Turn w, ConstructionProject p, SiteSpec spec) {
        SiteState site = w.site(p.siteId());
        double leased = p.gw() * p.partnerShare();
        w.replaceSite(site.with(site.ownedGw() + p.gw() - leased, site.leasedGw() + leased));
        w.post(Account.BUILDINGS, Account.CONSTRUCTION_IN_PROGRESS, p.metaSpentM());
        if (p.metaSpentM() > 0) {
            w.books.otherAssets.add(new DepreciatingAsset(DepreciatingAsset.siteBuildingsId(p.siteId(), p.id()), spec.name() + " buildings",
                    Account.BUILDINGS, p.metaSpentM(),
                    Turn.round(p.metaSpentM() / (double) w.sc.costs().buildingLifeQuarters())));
        }
        if (p.partnerSpentM() > 0 && !hasSpvLease(w, p.siteId())) {
            // A co-development partner's share is leased back at the lease yield for the lease term.
            Finance f = w.sc.finance();
            double yield = w.baseRate() + f.leaseYieldSpreadBp() / 10000.0;
            long rent = Turn.round(p.partnerSpentM() * yield / 4);
            w.financing.leases.add(new Lease(w.id("JV"), LeaseKind.CO_DEVELOPMENT_JV, p.siteId(), site.partner(), rent, w.q.plus(1),
                    w.q.plus(f.leaseTermQuarters()), 0));
        }
        w.event(new GameEvent.ConstructionCompleted(spec.name(), p.gw(), leased));
    }

    private static boolean hasSpvLease(Turn w, String siteId) {
        for (int kL = 0; kL < w.financing.leases.size(); kL++) { // indexed: no iterator
            Lease l = w.financing.leases.get(kL);
            if (l.siteId().equals(siteId) && (l.kind() == LeaseKind.PROJECT_SPV || l.kind() == LeaseKind.JV)) {
                return true;
            }
        }
        return false;
    }
}
