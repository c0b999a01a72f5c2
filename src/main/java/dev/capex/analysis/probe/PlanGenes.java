package dev.capex.analysis.probe;

import dev.capex.engine.decision.Decision.*;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.CreditStructure;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The search space of the balance probe: a plan is the decisions of each turn (0 = the scenario's first
 * quarter). Random decisions cover every lever the scenario leaves on, with sizes from nothing to each
 * lever's limit (a searcher must be able to find the extremes), timed in any quarter. Mutations add,
 * drop, resize, move and repeat decisions; crossover mixes two plans by quarter or by lever. Every draw
 * comes from the caller's {@link SplittableRandom}, so a search is reproducible from its seed.
 */
public final class PlanGenes {
    private final Scenario sc;
    private final int turns;
    private final List<Lever> levers = new ArrayList<>();

    public PlanGenes(Scenario sc) {
        this.sc = sc;
        this.turns = sc.turns();
        for (Lever l : Lever.values()) {
            if (l.types().stream().anyMatch(sc::leverEnabled)) {
                levers.add(l);
            }
        }
    }

    public int turns() {
        return turns;
    }

    /** The levers this scenario leaves on. */
    public List<Lever> levers() {
        return Collections.unmodifiableList(levers);
    }

    /** A plan of random decisions: each quarter 0 to 3 of them. */
    public Map<Integer, List<Decision>> random(SplittableRandom r) {
        Map<Integer, List<Decision>> p = new TreeMap<>();
        for (int t = 0; t < turns; t++) {
            int n = r.nextInt(4);
            for (int i = 0; i < n; i++) {
                add(p, t, decision(t, pick(levers, r), r));
            }
        }
        return p;
    }

    /** A random decision pulling a lever in a turn, with sizes anywhere in the lever's range. */
    public Decision decision(int turn, Lever lever, SplittableRandom r) {
        Quarter q = sc.start().plus(turn);
        switch (lever) {
            case GPU_ORDERS: {
                List<Scenario.GpuGeneration> gs = new ArrayList<>();
                for (Scenario.GpuGeneration g : sc.gpuGenerations()) {
                    if (!q.isBefore(Quarter.parse(g.availableFrom()))) {
                        gs.add(g);
                    }
                }
                if (gs.isEmpty()) {
                    gs = sc.gpuGenerations();
                }
                // The newer generations more often: they are what a player orders.
                gs.sort((a, b) -> Quarter.parse(b.availableFrom()).compareTo(Quarter.parse(a.availableFrom())));
                Scenario.GpuGeneration g = gs.get(Math.min(gs.size() - 1, r.nextInt(3) == 0 ? r.nextInt(gs.size()) : 0));
                return new OrderGpus(g.id(), roundTo(1000, 10000 + r.nextDouble() * g.maxUnitsPerQuarter()));
            }
            case BUILDS: {
                Scenario.SiteSpec s = pick(sc.sites(), r);
                return new Build(s.id(), Math.max(0.25, Math.round(r.nextDouble() * s.maxGw() * 4) / 4.0));
            }
            case CLOUD: {
                Scenario.CloudProvider c = pick(sc.cloudProviders(), r);
                return new RentCloud(c.id(), roundTo(1000, 10000 + r.nextDouble() * c.maxH100e()),
                        c.minQuarters() + r.nextInt(Math.max(1, c.maxQuarters() - c.minQuarters() + 1)));
            }
            case HIRES: {
                Scenario.Talent tl = sc.talent();
                long pkg = Math.round(tl.marketPackageM() + r.nextDouble() * (tl.maxPackageM() - tl.marketPackageM()));
                return new Hire(1 + r.nextInt(tl.maxStarsPerQuarter()), pkg, pick(tl.rivals(), r));
            }
            case STAKES: {
                Scenario.StakeTarget tg = pick(sc.targets(), r);
                return new Stake(tg.id(), round2(tg.minStake() + r.nextDouble() * (tg.maxStake() - tg.minStake())));
            }
            case TRAINING: {
                Scenario.Ai ai = sc.ai();
                return new TrainingShare(round2(ai.minTrainingShare()
                        + r.nextDouble() * (ai.maxTrainingShare() - ai.minTrainingShare())));
            }
            case RESALE:
                return new ComputeResale(round2(r.nextDouble() * sc.finance().maxResaleShare()));
            case LAYOFFS:
                return new Restructure(1 + r.nextInt((int) Math.max(1, sc.costs().restructuringMaxPercent())));
            case REALITY_LABS:
                return new RealityLabs(roundTo(100, r.nextDouble() * 2 * sc.company().realityLabsBudgetM()));
            case BUYBACKS:
                return new Buyback(roundTo(500, r.nextDouble() * 50_000));
            case DIVIDENDS:
                return new Dividend(round2(r.nextDouble() * 3));
            case DEBT: {
                int k = r.nextInt(5);
                if (k == 0 && sc.leverEnabled("bond")) {
                    return new Bond(roundTo(500, 1000 + r.nextDouble() * sc.finance().bondMaxPerQuarterM()),
                            pick(sc.finance().bondTenorsYears(), r));
                }
                if (k == 1 && !sc.existingDebt().isEmpty() && sc.leverEnabled("repay")) {
                    Scenario.DebtSpec d = pick(sc.existingDebt(), r);
                    return new Repay(d.id(), roundTo(100, 100 + r.nextDouble() * d.principalM()));
                }
                Scenario.Lender l = pick(sc.lenders(), r);
                boolean project = l.structures().contains(CreditStructure.project) && (!l.structures().contains(CreditStructure.corporate) || r.nextInt(3) == 0);
                double equity = r.nextInt(3) == 0 ? round2(l.maxEquityCoInvestShare() * r.nextDouble()) : 0;
                return new PrivateCredit(l.id(), roundTo(500, l.minM() + r.nextDouble() * (l.maxM() - l.minM())),
                        project ? "project" : "corporate", project ? pick(sc.sites(), r).id() : null, equity);
            }
            case EQUITY:
                return new EquityRaise(roundTo(500, 1000 + r.nextDouble() * 40_000));
            case ASSET_SALES: {
                dev.capex.engine.decision.SaleMode[] modes = dev.capex.engine.decision.SaleMode.values();
                String asset = !sc.assetsForSale().isEmpty() && r.nextInt(2) == 0 ? pick(sc.assetsForSale(), r).id()
                        : pick(sc.sites(), r).id();
                return new AssetSale(asset, modes[r.nextInt(3)]);
            }
            default:
                throw new IllegalArgumentException(lever.name());
        }
    }

    /** The same decision with its size scaled (amounts, units, shares, stars), clamped to where it makes sense. */
    static Decision resize(Decision d, double f) {
        if (d instanceof OrderGpus o) {
            return new OrderGpus(o.generation(), Math.max(1000, roundTo(1000, o.units() * f)));
        } else if (d instanceof Build b) {
            return new Build(b.site(), Math.max(0.25, Math.round(b.gw() * f * 4) / 4.0));
        } else if (d instanceof RentCloud c) {
            return new RentCloud(c.provider(), Math.max(1000, roundTo(1000, c.h100e() * f)), c.quarters());
        } else if (d instanceof Hire h) {
            return new Hire(Math.max(1, (int) Math.round(h.stars() * f)), h.packageM(), h.rival());
        } else if (d instanceof Stake s) {
            return new Stake(s.target(), Math.min(1.0, Math.max(0.05, round2(s.share() * f))));
        } else if (d instanceof TrainingShare t) {
            return new TrainingShare(Math.min(0.95, Math.max(0.05, round2(t.share() * f))));
        } else if (d instanceof ComputeResale c) {
            return new ComputeResale(Math.min(0.9, round2(c.share() * f)));
        } else if (d instanceof Restructure x) {
            return new Restructure(Math.max(1, Math.round(x.percent() * f)));
        } else if (d instanceof RealityLabs x) {
            return new RealityLabs(roundTo(100, x.budgetM() * f));
        } else if (d instanceof Buyback x) {
            return new Buyback(Math.min(50_000, roundTo(500, x.amountM() * f)));
        } else if (d instanceof Dividend x) {
            return new Dividend(Math.min(10, round2(x.perShare() * f)));
        } else if (d instanceof PrivateCredit p) {
            return new PrivateCredit(p.lender(), Math.max(500, roundTo(500, p.amountM() * f)), p.structure(), p.site(),
                    p.equityShare());
        } else if (d instanceof Bond b) {
            return new Bond(Math.max(500, roundTo(500, b.amountM() * f)), b.tenorYears());
        } else if (d instanceof Repay x) {
            return new Repay(x.instrument(), Math.max(100, roundTo(100, x.amountM() * f)));
        } else if (d instanceof EquityRaise e) {
            return new EquityRaise(Math.max(500, roundTo(500, e.amountM() * f)));
        }
        return d;
    }

    /** A child of one plan: one to three mutations. */
    public Map<Integer, List<Decision>> mutate(Map<Integer, List<Decision>> parent, SplittableRandom r) {
        Map<Integer, List<Decision>> p = copy(parent);
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            mutateOnce(p, r);
        }
        return p;
    }

    private void mutateOnce(Map<Integer, List<Decision>> p, SplittableRandom r) {
        int count = size(p);
        int op = count == 0 ? 0 : r.nextInt(7);
        switch (op) {
            case 0: // a new decision
                add(p, r.nextInt(turns), decision(r.nextInt(turns), pick(levers, r), r));
                break;
            case 1: { // drop one
                int[] at = locate(p, r.nextInt(count));
                p.get(at[0]).remove(at[1]);
                break;
            }
            case 2:
            case 3: { // resize one
                int[] at = locate(p, r.nextInt(count));
                List<Decision> l = p.get(at[0]);
                l.set(at[1], resize(l.get(at[1]), StrictMath.exp((2 * r.nextDouble() - 1) * 0.8)));
                break;
            }
            case 4: { // move one to another quarter (earlier or later)
                int[] at = locate(p, r.nextInt(count));
                Decision d = p.get(at[0]).remove(at[1]);
                int t = Math.max(0, Math.min(turns - 1, at[0] + (r.nextBoolean() ? 1 : -1) * (1 + r.nextInt(3))));
                add(p, t, d);
                break;
            }
            case 5: { // repeat one in the following quarters (a policy kept up)
                int[] at = locate(p, r.nextInt(count));
                Decision d = p.get(at[0]).get(at[1]);
                int k = 1 + r.nextInt(4);
                for (int t = at[0] + 1; t < turns && t <= at[0] + k; t++) {
                    add(p, t, d);
                }
                break;
            }
            default: { // replace one with a fresh decision of the same lever, in the same quarter
                int[] at = locate(p, r.nextInt(count));
                List<Decision> l = p.get(at[0]);
                l.set(at[1], decision(at[0], Lever.of(l.get(at[1])), r));
                break;
            }
        }
        p.values().removeIf(List::isEmpty);
    }

    /** A child of two plans: by quarter (each quarter from one parent) or by lever (each lever from one). */
    public Map<Integer, List<Decision>> cross(Map<Integer, List<Decision>> a, Map<Integer, List<Decision>> b,
            SplittableRandom r) {
        Map<Integer, List<Decision>> p = new TreeMap<>();
        if (r.nextBoolean()) {
            for (int t = 0; t < turns; t++) {
                List<Decision> from = r.nextBoolean() ? a.get(t) : b.get(t);
                if (from != null && !from.isEmpty()) {
                    p.put(t, new ArrayList<>(from));
                }
            }
        } else {
            boolean[] fromA = new boolean[Lever.values().length];
            for (int i = 0; i < fromA.length; i++) {
                fromA[i] = r.nextBoolean();
            }
            for (int t = 0; t < turns; t++) {
                List<Decision> l = new ArrayList<>();
                for (Decision d : a.getOrDefault(t, List.of())) {
                    if (fromA[Lever.of(d).ordinal()]) {
                        l.add(d);
                    }
                }
                for (Decision d : b.getOrDefault(t, List.of())) {
                    if (!fromA[Lever.of(d).ordinal()]) {
                        l.add(d);
                    }
                }
                if (!l.isEmpty()) {
                    p.put(t, l);
                }
            }
        }
        return p;
    }

    /** The plan without one lever's decisions (an ablation). */
    public static Map<Integer, List<Decision>> without(Map<Integer, List<Decision>> plan, Lever lever) {
        Map<Integer, List<Decision>> p = new TreeMap<>();
        plan.forEach((t, ds) -> {
            List<Decision> l = new ArrayList<>();
            for (Decision d : ds) {
                if (Lever.of(d) != lever) {
                    l.add(d);
                }
            }
            if (!l.isEmpty()) {
                p.put(t, l);
            }
        });
        return p;
    }

    /** The plan by turn, read from quarters (decisions outside the scenario's quarters are dropped). */
    public Map<Integer, List<Decision>> byTurn(Map<Quarter, List<Decision>> byQuarter) {
        Map<Integer, List<Decision>> p = new TreeMap<>();
        byQuarter.forEach((q, ds) -> {
            int t = q.minus(sc.start());
            if (t >= 0 && t < turns && !ds.isEmpty()) {
                p.put(t, new ArrayList<>(ds));
            }
        });
        return p;
    }

    /** The plan by quarter, as plan files write it. */
    public Map<Quarter, List<Decision>> byQuarter(Map<Integer, List<Decision>> byTurn) {
        Map<Quarter, List<Decision>> p = new TreeMap<>();
        byTurn.forEach((t, ds) -> {
            if (!ds.isEmpty()) {
                p.put(sc.start().plus(t), List.copyOf(ds));
            }
        });
        return p;
    }

    static Map<Integer, List<Decision>> copy(Map<Integer, List<Decision>> p) {
        Map<Integer, List<Decision>> c = new TreeMap<>();
        p.forEach((t, ds) -> c.put(t, new ArrayList<>(ds)));
        return c;
    }

    static int size(Map<Integer, List<Decision>> p) {
        int n = 0;
        for (List<Decision> l : p.values()) {
            n += l.size();
        }
        return n;
    }

    private static int[] locate(Map<Integer, List<Decision>> p, int index) {
        for (Map.Entry<Integer, List<Decision>> e : p.entrySet()) {
            if (index < e.getValue().size()) {
                return new int[] {e.getKey(), index};
            }
            index -= e.getValue().size();
        }
        throw new IndexOutOfBoundsException();
    }

    private static void add(Map<Integer, List<Decision>> p, int t, Decision d) {
        List<Decision> l = p.computeIfAbsent(t, k -> new ArrayList<>());
        if (l.size() < 12) {
            l.add(d);
        }
    }

    private static <T> T pick(List<T> l, SplittableRandom r) {
        return l.get(r.nextInt(l.size()));
    }

    private static long roundTo(long unit, double x) {
        return Math.max(0, Math.round(x / unit) * unit);
    }

    private static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
