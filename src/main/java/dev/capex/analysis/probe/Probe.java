package dev.capex.analysis.probe;

import dev.capex.analysis.batch.World;
import dev.capex.analysis.batch.WorldOutcome;
import dev.capex.engine.Engine;
import dev.capex.engine.QuarterResult;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario;
import dev.capex.strategy.Plan;
import dev.capex.strategy.Strategy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * The balance probe: a random and evolutionary search for the plan file that scores best in a scenario,
 * within a budget of evaluations, for scenario designers looking for what a strong player would exploit.
 *
 * <p>An evaluation plays one plan in the same {@code searchWorlds} worlds (common random numbers: every
 * plan meets the same shocks, so differences are the plan's) and scores it by the median scorecard total
 * (ties broken by the mean). The search starts from the reference plans given (the expert plan, Meta's
 * 2025 moves), the bots' decisions recorded as plans, and random plans; each generation keeps the best
 * quarter, and makes children by mutation (add, drop, resize, move, repeat a decision), by crossover (by
 * quarter or by lever) and a few fresh random plans. Every random draw comes from one stream seeded by
 * {@code seed} and drawn on the calling thread; plans are evaluated in parallel but each result depends
 * only on the plan and the worlds, so the outcome is the same for any number of threads.
 *
 * <p>After the search the best few plans are pruned of decisions no search world accepted and played
 * in the check worlds (seeds 1 to {@code checkWorlds}, as {@code capex simulate} seeds them); the best
 * there is compared with the references and the bots in those worlds, and each lever it uses is
 * ablated: the plan is played again without that lever's decisions.
 */
public final class Probe {
    /** The first search world's seed: far from the check worlds (1 to checkWorlds), so the check is out of sample. */
    public static final long SEARCH_SEED_BASE = 1_000_001L;

    /** What to search and how much. */
    public record Settings(long seed, int budget, int searchWorlds, int checkWorlds, int threads) {
        public Settings {
            if (budget < 1 || searchWorlds < 1 || checkWorlds < 1 || threads < 1) {
                throw new IllegalArgumentException("budget, worlds and threads must be at least 1");
            }
        }
    }

    /** A plan's outcomes in the check worlds: the median (nearest-rank) and the spread. */
    public record Entry(String name, String kind, double[] scores, double[] tsrs, int defaults) {
        public double scoreP50() {
            return percentile(scores, 50);
        }

        public double tsrP50() {
            return percentile(tsrs, 50);
        }

        public double scoreP5() {
            return percentile(scores, 5);
        }

        public double scoreP95() {
            return percentile(scores, 95);
        }

        public double defaultShare() {
            return (double) defaults / scores.length;
        }

        /** The share of worlds (the same seeds) where this plan scores above another. */
        public double beats(Entry other) {
            int n = 0;
            for (int i = 0; i < scores.length; i++) {
                if (scores[i] > other.scores[i]) {
                    n++;
                }
            }
            return (double) n / scores.length;
        }
    }

    /** What a lever brings the best plan: its decisions, and the median score without them. */
    public record Ablation(Lever lever, int decisions, double decisionShare, double scoreP50Without) {
    }

    /** Everything the probe found. */
    public record Result(String scenarioId, Settings settings, int evaluations, Plan best, Entry bestEntry,
            Entry expert, List<Entry> field, List<Ablation> ablations, double searchFitness) {
        /** The best plan's median score over the expert plan's (NaN without an expert plan). */
        public double ratioToExpert() {
            return expert == null ? Double.NaN : bestEntry.scoreP50() / expert.scoreP50();
        }
    }

    private final Scenario sc;
    private final Settings settings;
    private final PlanGenes genes;
    private final long[] searchSeeds;
    private final long[] checkSeeds;
    private IntConsumer progress = n -> { };

    public Probe(Scenario sc, Settings settings) {
        this.sc = sc;
        this.settings = settings;
        this.genes = new PlanGenes(sc);
        this.searchSeeds = new long[settings.searchWorlds()];
        for (int i = 0; i < searchSeeds.length; i++) {
            searchSeeds[i] = SEARCH_SEED_BASE + i;
        }
        this.checkSeeds = new long[settings.checkWorlds()];
        for (int i = 0; i < checkSeeds.length; i++) {
            checkSeeds[i] = 1 + i;
        }
    }

    /** Called with the number of evaluations done so far (for a progress bar). */
    public Probe progress(IntConsumer c) {
        this.progress = c;
        return this;
    }

    private record Candidate(Map<Integer, List<Decision>> plan, double fitness, double mean, long born) {
    }

    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble((Candidate c) -> -c.fitness)
            .thenComparingDouble(c -> -c.mean).thenComparingLong(c -> c.born);

    /**
     * Searches and reports. {@code references} are plans to compare with and to start from (the first is
     * the expert plan, if {@code expertFirst}); {@code bots} are compared with and recorded as starting plans.
     */
    public Result run(List<Plan> references, boolean expertFirst, Map<String, Strategy> bots) {
        ExecutorService pool = settings.threads() > 1 ? Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "capex-probe");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            return run(pool, references, expertFirst, bots);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private Result run(ExecutorService pool, List<Plan> references, boolean expertFirst, Map<String, Strategy> bots) {
        SplittableRandom rnd = new SplittableRandom(settings.seed());
        int budget = settings.budget();
        int pop = Math.max(8, Math.min(64, budget / 20));
        List<Map<Integer, List<Decision>>> starts = new ArrayList<>();
        for (Plan p : references) {
            starts.add(genes.byTurn(p.decisions()));
        }
        for (Strategy b : bots.values()) {
            starts.add(recorded(b, searchSeeds[0]));
        }
        starts.add(new TreeMap<>());
        while (starts.size() < pop) {
            starts.add(genes.random(rnd));
        }
        if (starts.size() > budget) {
            starts = starts.subList(0, budget);
        }
        long[] born = {0};
        int[] evaluations = {0};
        List<Candidate> population = evaluate(pool, starts, born, evaluations);
        population.sort(BEST_FIRST);
        while (evaluations[0] < budget) {
            int elite = Math.max(2, pop / 4);
            List<Candidate> parents = population.subList(0, Math.min(population.size(), pop));
            int n = Math.min(pop, budget - evaluations[0]);
            List<Map<Integer, List<Decision>>> children = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                double u = rnd.nextDouble();
                if (u < 0.1) {
                    children.add(genes.random(rnd));
                } else if (u < 0.4) {
                    Map<Integer, List<Decision>> c = genes.cross(tournament(parents, rnd).plan, tournament(parents, rnd).plan, rnd);
                    children.add(rnd.nextBoolean() ? genes.mutate(c, rnd) : c);
                } else {
                    children.add(genes.mutate(tournament(parents, rnd).plan, rnd));
                }
            }
            List<Candidate> next = new ArrayList<>(population.subList(0, Math.min(elite, population.size())));
            List<Candidate> rest = new ArrayList<>(population.subList(Math.min(elite, population.size()), population.size()));
            rest.addAll(evaluate(pool, children, born, evaluations));
            rest.sort(BEST_FIRST);
            next.addAll(rest.subList(0, Math.min(rest.size(), pop - next.size())));
            next.sort(BEST_FIRST);
            population = next;
        }

        // The finalists: pruned, then judged in the check worlds.
        int finalists = Math.min(population.size(), 4);
        List<Plan> finalPlans = new ArrayList<>();
        for (int i = 0; i < finalists; i++) {
            finalPlans.add(plan("probe best", pruned(population.get(i).plan)));
        }
        List<Entry> finalEntries = check(pool, finalPlans.stream().map(Strategy::of).toList(), "probe");
        int bestIndex = 0;
        for (int i = 1; i < finalists; i++) {
            Entry a = finalEntries.get(i);
            Entry b = finalEntries.get(bestIndex);
            if (a.scoreP50() > b.scoreP50() || a.scoreP50() == b.scoreP50() && mean(a.scores) > mean(b.scores)) {
                bestIndex = i;
            }
        }
        Plan best = finalPlans.get(bestIndex);
        Entry bestEntry = finalEntries.get(bestIndex);

        List<Strategy> others = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (Plan p : references) {
            others.add(Strategy.of(p));
            kinds.add("plan");
        }
        for (Strategy b : bots.values()) {
            others.add(b);
            kinds.add("bot");
        }
        List<Entry> field = new ArrayList<>();
        List<Entry> checked = check(pool, others, null);
        for (int i = 0; i < checked.size(); i++) {
            Entry e = checked.get(i);
            field.add(new Entry(e.name(), kinds.get(i), e.scores(), e.tsrs(), e.defaults()));
        }
        Entry expert = expertFirst && !references.isEmpty() ? field.get(0) : null;

        Map<Integer, List<Decision>> bestByTurn = genes.byTurn(best.decisions());
        Map<Lever, Integer> counts = new LinkedHashMap<>();
        int total = 0;
        for (List<Decision> ds : bestByTurn.values()) {
            for (Decision d : ds) {
                counts.merge(Lever.of(d), 1, Integer::sum);
                total++;
            }
        }
        List<Lever> used = new ArrayList<>(counts.keySet());
        Collections.sort(used);
        List<Strategy> ablated = new ArrayList<>();
        for (Lever l : used) {
            ablated.add(Strategy.of(plan("without " + l.label(), PlanGenes.without(bestByTurn, l))));
        }
        List<Entry> without = check(pool, ablated, null);
        List<Ablation> ablations = new ArrayList<>();
        for (int i = 0; i < used.size(); i++) {
            Lever l = used.get(i);
            ablations.add(new Ablation(l, counts.get(l), (double) counts.get(l) / total, without.get(i).scoreP50()));
        }
        ablations.sort(Comparator.comparingDouble(Ablation::scoreP50Without).thenComparing(Ablation::lever));
        return new Result(sc.id(), settings, evaluations[0], best, new Entry("probe best", "probe", bestEntry.scores(),
                bestEntry.tsrs(), bestEntry.defaults()), expert, field, ablations, population.get(bestIndex).fitness);
    }

    private Plan plan(String name, Map<Integer, List<Decision>> byTurn) {
        return new Plan(name, genes.byQuarter(byTurn));
    }

    private Candidate tournament(List<Candidate> parents, SplittableRandom r) {
        Candidate a = parents.get(r.nextInt(parents.size()));
        Candidate b = parents.get(r.nextInt(parents.size()));
        return BEST_FIRST.compare(a, b) <= 0 ? a : b;
    }

    /** Evaluates plans in the search worlds, in parallel when there is a pool; the order of the list is kept. */
    private List<Candidate> evaluate(ExecutorService pool, List<Map<Integer, List<Decision>>> plans, long[] born,
            int[] evaluations) {
        List<Callable<double[]>> tasks = new ArrayList<>();
        for (Map<Integer, List<Decision>> p : plans) {
            Strategy s = Strategy.of(plan("candidate", p));
            tasks.add(() -> {
                double[] scores = new double[searchSeeds.length];
                for (int i = 0; i < searchSeeds.length; i++) {
                    scores[i] = World.play(sc, s, searchSeeds[i]).score();
                }
                return scores;
            });
        }
        List<double[]> results = all(pool, tasks);
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            double[] sc = results.get(i);
            out.add(new Candidate(plans.get(i), percentile(sc, 50), mean(sc), born[0]++));
        }
        evaluations[0] += plans.size();
        progress.accept(evaluations[0]);
        return out;
    }

    /** Plays strategies in the check worlds. */
    private List<Entry> check(ExecutorService pool, List<Strategy> strategies, String name) {
        List<Callable<Entry>> tasks = new ArrayList<>();
        for (Strategy s : strategies) {
            tasks.add(() -> {
                double[] scores = new double[checkSeeds.length];
                double[] tsrs = new double[checkSeeds.length];
                int defaults = 0;
                for (int i = 0; i < checkSeeds.length; i++) {
                    WorldOutcome o = World.play(sc, s, checkSeeds[i]);
                    scores[i] = o.score();
                    tsrs[i] = o.tsr();
                    defaults += o.defaulted() ? 1 : 0;
                }
                return new Entry(name != null ? name : s.name(), "", scores, tsrs, defaults);
            });
        }
        return all(pool, tasks);
    }

    private static <T> List<T> all(ExecutorService pool, List<Callable<T>> tasks) {
        List<T> out = new ArrayList<>(tasks.size());
        try {
            if (pool == null) {
                for (Callable<T> t : tasks) {
                    out.add(t.call());
                }
                return out;
            }
            List<Future<T>> fs = new ArrayList<>();
            for (Callable<T> t : tasks) {
                fs.add(pool.submit(t));
            }
            for (Future<T> f : fs) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the probe was interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A bot's decisions in one world, as a fixed plan (a starting point for the search). */
    private Map<Integer, List<Decision>> recorded(Strategy bot, long seed) {
        Map<Integer, List<Decision>> p = new TreeMap<>();
        GameState s = Engine.start(sc, seed);
        while (!s.isOver()) {
            List<Decision> ds = bot.decide(sc, s);
            if (!ds.isEmpty()) {
                p.put(s.turn(), new ArrayList<>(ds));
            }
            s = Engine.resolve(sc, s, ds).state();
        }
        return p;
    }

    /** The plan without the decisions that no search world accepted (they changed nothing there). */
    Map<Integer, List<Decision>> pruned(Map<Integer, List<Decision>> plan) {
        Map<Integer, Set<Decision>> accepted = new TreeMap<>();
        Strategy st = Strategy.of(plan("pruning", plan));
        for (long seed : searchSeeds) {
            GameState s = Engine.start(sc, seed);
            while (!s.isOver()) {
                int t = s.turn();
                QuarterResult r = Engine.resolve(sc, s, st.decide(sc, s));
                for (GameEvent e : r.events()) {
                    if (e instanceof GameEvent.DecisionApplied a) {
                        accepted.computeIfAbsent(t, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(a.decision());
                    }
                }
                s = r.state();
            }
        }
        Map<Integer, List<Decision>> out = new TreeMap<>();
        plan.forEach((t, ds) -> {
            List<Decision> kept = new ArrayList<>();
            Set<Decision> ok = accepted.getOrDefault(t, Set.of());
            for (Decision d : ds) {
                if (ok.contains(d)) {
                    kept.add(d);
                }
            }
            if (!kept.isEmpty()) {
                out.put(t, kept);
            }
        });
        return out;
    }

    /** The nearest-rank p-th percentile, as capex simulate reports it. */
    public static double percentile(double[] xs, double p) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int rank = (int) Math.ceil(p / 100.0 * s.length);
        return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
    }

    static double mean(double[] xs) {
        double t = 0;
        for (double x : xs) {
            t += x;
        }
        return t / xs.length;
    }

    /** The first quarter of the scenario, for a plan's turn numbers. */
    public Quarter start() {
        return sc.start();
    }
}
