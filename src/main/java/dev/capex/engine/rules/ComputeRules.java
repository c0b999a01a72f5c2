package dev.capex.engine.rules;

import dev.capex.engine.turn.Compute;
import dev.capex.engine.turn.Turn;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.*;
import dev.capex.engine.model.Scenario.GpuGeneration;
import java.util.List;

/**
 * Step 5: compute. GPUs online = min(delivered GPUs, powered capacity / kW per GPU), filling the power
 * with the most efficient generations first; idle GPUs still depreciate. Rented cloud adds compute
 * without power. The training share splits compute between training and inference (ads), and the
 * resale share rents some out.
 */
public final class ComputeRules {
    private ComputeRules() {
    }

    /** The powered capacity (GW) that the state's GPUs use, filled as {@link #allocate} fills it. */
    public static double gwUsed(Scenario sc, GameState s) {
        return gwUsed(sc, s.estate().sites(), s.fleet().cohorts());
    }

    /** The powered capacity (GW) these GPUs use on these sites. */
    public static double gwUsed(Scenario sc, List<SiteState> sites, List<GpuCohort> cohorts) {
        // Most efficient first (H100e per kW), then by id: an insertion sort of positions, as allocate orders them
        // (stable, the same order as a stable sort by that comparator), each generation looked up once.
        int n = cohorts.size();
        GpuGeneration[] gens = new GpuGeneration[n];
        double[] efficiency = new double[n];
        int[] order = new int[n];
        order(dev.capex.engine.turn.ScenarioIndex.of(sc), cohorts, 0, n, gens, efficiency, order);
        return powered(kwAvailable(sites), cohorts, n, gens, order);
    }

    /** The kW online across the sites, summed in their order. */
    private static double kwAvailable(List<SiteState> sites) {
        double kw = 0;
        for (int kS = 0; kS < sites.size(); kS++) { // indexed: no iterator
            kw += sites.get(kS).onlineGw() * 1e6;
        }
        return kw;
    }

    /** The GW the first {@code n} cohorts use, powered in {@code order} (generations {@code gens}) from {@code kwAvailable}. */
    private static double powered(double kwAvailable, List<GpuCohort> cohorts, int n, GpuGeneration[] gens, int[] order) {
        double kwUsed = 0;
        for (int k = 0; k < n; k++) {
            GpuCohort c = cohorts.get(order[k]);
            GpuGeneration g = gens[order[k]];
            long fits = (long) Math.floor((kwAvailable - kwUsed) / g.kwPerGpu());
            kwUsed += Math.max(0, Math.min(c.units(), fits)) * g.kwPerGpu();
        }
        return kwUsed / 1e6;
    }

    /**
     * Step 5: powers the most efficient GPUs first, books the resale contracts, splits the capacity between
     * training and inference, and records GPUs online and idle in the lab. Reads the estate, the fleet, the
     * policy and the lab; writes the lab's compute figures; returns the quarter's {@link Compute}.
     */
    public static Compute allocate(Turn w) {
        double kwAvailable = kwAvailable(w.estate.sites);
        var cohorts = w.fleet.cohorts; // read in place, by position
        int n = cohorts.size();
        orderInScratch(w, cohorts, n);
        GpuGeneration[] gens = w.scratch.generations;
        int[] order = w.scratch.order;
        long online = 0;
        long total = 0;
        double h100e = 0;
        double kwUsed = 0;
        // (Math.floor, an intrinsic, and StrictMath.floor give the same double for every argument: the floor is exact.)
        for (int k = 0; k < n; k++) {
            GpuCohort c = cohorts.get(order[k]);
            GpuGeneration g = gens[order[k]];
            long units = c.units();
            double kw = g.kwPerGpu();
            total += units;
            double room = kwAvailable - kwUsed;
            long m;
            if (wholeCohortFits(room, units, kw)) {
                m = Math.max(0, units); // the whole cohort fits: what the floor below gives, without the division
            } else {
                long fits = (long) Math.floor(room / kw);
                m = Math.max(0, Math.min(units, fits));
            }
            online += m;
            kwUsed += m * kw;
            h100e += m * g.h100Equivalent();
        }
        double cloud = 0;
        for (int kC = 0; kC < w.fleet.cloud.size(); kC++) { // indexed: no iterator
            CloudContract c = w.fleet.cloud.get(kC);
            if (c.activeIn(w.q)) {
                cloud += c.h100e();
            }
        }
        double gwUsed = kwUsed / 1e6;
        double h100eOnline = h100e + cloud;
        double training = h100eOnline * w.policy.trainingShare();
        double resaleH100e = ResaleRules.contract(w, h100eOnline);
        double inferenceH100e = Math.max(0, h100eOnline - training - resaleH100e) * w.lab.ai.inferenceEfficiency();
        long idle = total - online;
        w.lab.ai.setCompute(online, idle, h100eOnline, training);
        if (idle > 0 && idle >= total / 50) {
            w.event(new GameEvent.GpusIdle(idle, total, w.gwOnlineNow()));
        }
        double mwh = gwUsed * w.sc.costs().powerMwhPerGwQuarter();
        long powerCostM = Turn.round(mwh * w.sc.macro().powerPricePerMwh() / 1e6);
        return w.compute.set(h100eOnline, gwUsed, resaleH100e, inferenceH100e, powerCostM);
    }

    /**
     * Each of the first {@code n} cohorts' generations looked up (in {@code w.scratch.generations}) and their positions
     * ordered most efficient first (H100e per kW), then by id (in {@code w.scratch.order}), by an insertion sort of
     * their positions (a handful of cohorts; stable): only the cohorts appended since the order was last made are
     * inserted, as long as the others stand where they stood.
     */
    private static void orderInScratch(Turn w, List<GpuCohort> cohorts, int n) {
        w.scratch.cohorts(n); // reused arrays (only the first n entries are read)
        int ordered = w.scratch.orderHoldsFor(cohorts, n); // the cohorts still in the places the order was made for
        if (ordered < n) { // the ones appended since inserted, or all ordered again
            order(w.ix, cohorts, ordered, n, w.scratch.generations, w.scratch.efficiency, w.scratch.order);
            w.scratch.orderMade(cohorts, ordered, n);
        }
    }

    /**
     * {@link #gwUsed(Scenario, List, List)} of the working state's sites and cohorts, between quarters (the live
     * game's scorecard): the cohorts ordered in the step's reused arrays, as {@link #allocate} orders them, where
     * that method makes new arrays and sorts every cohort again. The same double (LiveGameEquivalenceTest).
     */
    public static double gwUsed(Turn w) {
        var cohorts = w.fleet.cohorts;
        int n = cohorts.size();
        orderInScratch(w, cohorts, n);
        return powered(kwAvailable(w.estate.sites), cohorts, n, w.scratch.generations, w.scratch.order);
    }

    /**
     * 1 + 2^-50. When the room left is at least {@code units * kw * WHOLE_COHORT_MARGIN} (each product rounded,
     * kw &gt; 0 and finite, units below 2^53), room &gt; units * kw exactly: the two roundings lose less than the
     * margin adds, (1 - 2^-53)^2 (1 + 2^-50) &gt; 1. So room / kw &gt; units, its rounding is at least units (units
     * is a double exactly, rounding is monotonic) and floor(room / kw) &gt;= units: the cohort is online whole, as
     * the division would have found. NaNs fail the test; an infinite kw is left to the division. WholeCohortTest
     * checks the test against the division.
     */
    static final double WHOLE_COHORT_MARGIN = 1 + 0x1p-50;

    /** Whether {@code floor(room / kw) >= units} is sure without dividing (see {@link #WHOLE_COHORT_MARGIN}). */
    static boolean wholeCohortFits(double room, long units, double kw) {
        return kw > 0 && kw < Double.POSITIVE_INFINITY && units < (1L << 53) && room >= units * kw * WHOLE_COHORT_MARGIN;
    }

    /**
     * Looks up the first {@code n} cohorts' generations and orders their positions most efficient first (H100e
     * per kW), then by id: an insertion sort (stable, the order a stable sort by that comparator gives).
     */
    private static void order(dev.capex.engine.turn.ScenarioIndex ix, List<GpuCohort> cohorts, int from, int n,
            GpuGeneration[] gens, double[] efficiency, int[] order) {
        for (int i = from; i < n; i++) { // the first `from` ordered already (their generations looked up)
            gens[i] = ix.generation(cohorts.get(i).generation());
            efficiency[i] = -gens[i].h100Equivalent() / gens[i].kwPerGpu();
            // Where the insertion sort's scan from the end stops: the first of the ordered positions that cohort i
            // comes before. The first i are ordered by (efficiency, id), a total order, so "i comes before" holds
            // for a suffix of them: found by halving, the same place the scan finds.
            int lo = 0;
            int hi = i;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (before(i, order[mid], efficiency, cohorts)) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            System.arraycopy(order, lo, order, lo + 1, i - lo);
            order[lo] = i;
        }
    }

    /** Whether cohort a comes before cohort b: more H100e per kW, then the smaller id. */
    private static boolean before(int a, int b, double[] efficiency, List<GpuCohort> cohorts) {
        int c = Double.compare(efficiency[a], efficiency[b]);
        return c != 0 ? c < 0 : cohorts.get(a).id().compareTo(cohorts.get(b).id()) < 0;
    }
}
