package dev.capex.analysis.batch;

import dev.capex.engine.model.Scenario;
import dev.capex.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A strategy played in many worlds: world i (0-based) is seeded {@code seed + i}, as MASON seeds
 * batch job N with base seed + N, so any single world of a run can be replayed on its own with
 * {@code capex play --seed}. Worker threads claim blocks of worlds and each keeps a {@link Summary} of
 * its own; the summaries are merged at the end. Each world depends only on its seed and every
 * statistic is an integer count, so the result is the same whatever the number of threads and however
 * the blocks were shared out. Memory does not grow with the number of worlds.
 */
public final class BatchRun {
    /** Worlds a thread claims at a time: large enough to keep the counter cold, small enough to balance. */
    static final int BLOCK = 64;

    private final Scenario scenario;
    private final Strategy strategy;
    private final long seed;
    private final long worlds;
    private int threads = 1;
    private int maxQuarters = Integer.MAX_VALUE;
    private WorldOutcome reference;
    private AtomicLong progress = new AtomicLong();

    public BatchRun(Scenario scenario, Strategy strategy, long seed, long worlds) {
        if (worlds < 1) {
            throw new IllegalArgumentException("at least one world");
        }
        this.scenario = scenario;
        this.strategy = strategy;
        this.seed = seed;
        this.worlds = worlds;
    }

    /** Threads to play on (the strategy must be stateless: every built-in bot and plan is). */
    public BatchRun threads(int n) {
        this.threads = Math.max(1, n);
        return this;
    }

    /** Stops each world after this many quarters (to compare with a save that stopped early). */
    public BatchRun maxQuarters(int n) {
        this.maxQuarters = n;
        return this;
    }

    /** Counts how many worlds fall below this outcome (luck versus skill). */
    public BatchRun reference(WorldOutcome o) {
        this.reference = o;
        return this;
    }

    /** A counter the run adds each finished world to (for a progress bar). */
    public BatchRun progress(AtomicLong counter) {
        this.progress = counter;
        return this;
    }

    public long worlds() {
        return worlds;
    }

    public Summary run() {
        if (threads == 1) {
            Summary s = new Summary(reference);
            for (long i = 0; i < worlds; i++) {
                s.add(World.play(scenario, strategy, seed + i, maxQuarters));
                progress.incrementAndGet();
            }
            return s;
        }
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "capex-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Summary>> parts = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                parts.add(pool.submit(() -> {
                    Summary s = new Summary(reference);
                    for (long from = next.getAndAdd(BLOCK); from < worlds; from = next.getAndAdd(BLOCK)) {
                        long to = Math.min(worlds, from + BLOCK);
                        for (long i = from; i < to; i++) {
                            s.add(World.play(scenario, strategy, seed + i, maxQuarters));
                            progress.incrementAndGet();
                        }
                    }
                    return s;
                }));
            }
            Summary total = new Summary(reference);
            for (Future<Summary> f : parts) {
                total.merge(f.get());
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the batch run was interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        } finally {
            pool.shutdownNow();
        }
    }
}
