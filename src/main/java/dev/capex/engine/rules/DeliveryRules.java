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
        boolean done = false; // an order with nothing outstanding seen (kept or delivered in full)
        for (int i = 0; i < w.fleet.orders.size(); i++) {
            GpuOrder o = w.fleet.orders.get(i);
            if (w.q.isBefore(o.due())) {
                done |= o.outstanding() == 0;
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
            GpuGeneration g = w.ix.generation(o.generation());
            long perQuarter = Turn.round(cost / (double) w.sc.costs().gpuLifeQuarters());
            w.fleet.cohorts.add(new GpuCohort(w.id("GPUS"), g.id(), n, cost, cost, perQuarter, w.q));
            w.fleet.orders.set(i, new GpuOrder(o.id(), o.generation(), o.units(), deliveredAfter, o.unitPriceUsd(),
                    o.depositM(), depositAfter, o.placed(), o.due()));
            done |= o.units() - deliveredAfter == 0; // the new record's outstanding()
            w.event(new GameEvent.GpusDelivered(g.name(), n, o.units() - deliveredAfter, cashPaid));
        }
        if (done) { // else no order has nothing outstanding: nothing to remove
            // orders.removeIf(o -> o.outstanding() == 0): the same list left, by position (no predicate)
            for (int i = w.fleet.orders.size() - 1; i >= 0; i--) {
                if (w.fleet.orders.get(i).outstanding() == 0) {
                    w.fleet.orders.remove(i);
                }
            }
        }
    }

    private static void build(Turn w) {
        boolean completed = false;
        for (int i = 0; i < w.estate.projects.size(); i++) {
            ConstructionProject p = w.estate.projects.get(i);
            SiteSpec spec = w.ix.site(p.siteId());
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
                completed = true;
            }
        }
        if (completed) { // every project left with no quarter came through the line above: none otherwise
            removeDone(w.estate.projects);
        }
    }

    /** {@code projects.removeIf(p -> p.quartersLeft() <= 0)}: the same list left, by position (no predicate). */
    private static void removeDone(java.util.List<ConstructionProject> projects) {
        for (int i = projects.size() - 1; i >= 0; i--) {
            if (projects.get(i).quartersLeft() <= 0) {
                projects.remove(i);
            }
        }
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
        double x = sCurvePosition(spent); // x such that C(x) = spent
        // x = elapsed / (elapsed + left): the elapsed quarters this position implies.
        double elapsed = x >= 1 ? 0 : x * left / (1 - x);
        double next = (elapsed + 1) / (elapsed + left);
        double target = next * next * (3 - 2 * next);
        double curve = spent >= 1 ? 1 : Turn.clamp((target - spent) / (1 - spent), 0, 1);
        return (1 - sCurve) * even + sCurve * curve;
    }

    /** The grid of the bisection: 40 halvings of [0, 1], steps of 2^-40. */
    private static final long GRID = 1L << 40;
    private static final double STEP = 0x1p-40;

    /**
     * Where a project stands on the S-curve, x with C(x) = spent: the result of 40 bisection steps on [0, 1]
     * ({@link #bisect}), the same double for every {@code spent}, found with fewer steps when that is provable.
     * <p>
     * Why it is the same double. Every point the bisection compares at is a multiple m = k 2^-40 of the grid,
     * where F(m) = m * m * (3 - 2 * m) is computed with 3 - 2m exact and two roundings, so
     * |F(m) - C(m)| &lt; 2.0001 u C(m) (u = 2^-53). Between neighbours a &lt; b = a + 2^-40, C(b) - C(a) =
     * the integral of 6t(1 - t) over [a, b]: for b &lt;= 1/2 that is at least 3a 2^-40, more than the
     * rounding of both (at most 48.01 u a^2 when a &gt;= 2^-40; F(0) = 0 &lt; F(2^-40)); from 1/2 to
     * G = 1 - 2^-12 it is at least 3 (1 - b) 2^-40 &gt;= 3 2^-52, more than 4.0002 u. So F rises strictly over
     * the grid on [0, G], and above G it stays at or over C(G)(1 - 2.0001 u) &gt; 0.9999998. Hence for
     * spent &lt;= 0.99 the test "F(m) &lt; spent" holds on a prefix of the grid and fails after it, and the
     * bisection (keeping lo where it holds or lo = 0, hi where it fails or hi = 1) ends with lo = the largest
     * k 2^-40 where it holds (or 0), hi = lo + 2^-40, x = (lo + hi) / 2, every step exact (dyadic numbers of
     * at most 41 bits). That k is found here from a few bisection steps and Newton's method on C, then
     * settled by the same test at k and k + 1; above 0.99 (or when settling takes long) the bisection runs.
     */
    static double sCurvePosition(double spent) {
        if (!(spent >= 0 && spent <= 0.99)) {
            return bisect(spent);
        }
        // Six of the bisection's steps (the same ones it takes), then Newton's method inside their bracket.
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 6; i++) {
            double mid = (lo + hi) / 2;
            if (mid * mid * (3 - 2 * mid) < spent) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double x = (lo + hi) / 2;
        for (int i = 0; i < 4; i++) {
            double d = 6 * x * (1 - x);
            if (!(d > 0)) {
                break;
            }
            x -= (x * x * (3 - 2 * x) - spent) / d;
            x = x < lo ? lo : (x > hi ? hi : x);
        }
        long k = (long) (x * GRID); // an estimate only: settled below
        k = k < 0 ? 0 : (k > GRID - 1 ? GRID - 1 : k);
        for (int n = 0; ; n++) {
            if (n == 64) {
                return bisect(spent); // not reached in practice; the bisection is the definition
            }
            if (k > 0 && !below(k, spent)) {
                k--;
            } else if (k + 1 < GRID && below(k + 1, spent)) {
                k++;
            } else {
                break;
            }
        }
        return (2 * k + 1) * 0x1p-41; // (lo + hi) / 2 with lo = k 2^-40, hi = lo + 2^-40
    }

    /** Whether the S-curve at the grid point k 2^-40, computed as the bisection computes it, is below {@code spent}. */
    private static boolean below(long k, double spent) {
        double mid = k * STEP;
        return mid * mid * (3 - 2 * mid) < spent;
    }

    /** x with C(x) = spent by 40 bisection steps on [0, 1] (arithmetic without StrictMath: bit-exact everywhere). */
    static double bisect(double spent) {
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
        return (lo + hi) / 2;
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
