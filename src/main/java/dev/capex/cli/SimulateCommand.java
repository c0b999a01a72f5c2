package dev.capex.cli;

import dev.capex.analysis.batch.BatchReport;
import dev.capex.analysis.batch.BatchRun;
import dev.capex.analysis.batch.LuckVersusSkill;
import dev.capex.analysis.batch.RecordedGame;
import dev.capex.analysis.batch.SaveReader;
import dev.capex.analysis.batch.Summary;
import dev.capex.engine.model.Scenario;
import dev.capex.strategy.Bots;
import dev.capex.strategy.Strategy;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * capex simulate: a strategy in many worlds (the spread of outcomes, not one draw), or a saved game's
 * decisions replayed in other worlds to tell the choices from the luck.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Play a strategy in many worlds and report the spread of outcomes, or place a saved game "
                + "among other worlds and the bots (luck versus skill).",
            "World i is seeded SEED+i, so any world can be replayed with 'capex play --seed'. Results are the same "
                    + "whatever the number of threads. Percentiles are nearest-rank, to 0.01 percentage point of "
                    + "TSR, 0.01 point of score and 0.001x of leverage; rank and cash are exact."},
        footer = {"", "Examples:", "  capex simulate --strategy leverage --worlds 10000",
            "  capex simulate --strategy scenarios/plans/seeds-2025.json --worlds 1000 --format csv",
            "  capex simulate --save saves/mygame.json --worlds 1000"})
public final class SimulateCommand implements Callable<Integer> {

    static final class What {
        @Option(names = "--strategy", paramLabel = "NAME|PLAN", required = true,
                description = "a bot (see 'capex bots') or a plan file (default: status-quo)")
        String strategy;

        @Option(names = "--save", paramLabel = "SAVE", required = true,
                description = "a saved game: replay its decisions in other worlds and place its outcome among them "
                        + "and among the bots")
        String save;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    What what;

    @Option(names = "--worlds", paramLabel = "N", defaultValue = "1000",
            description = "how many worlds (default: ${DEFAULT-VALUE})")
    long worlds;

    @Option(names = "--scenario", paramLabel = "NAME|FILE",
            description = "a built-in scenario name or a scenario file (default: meta-2025, or the save's)")
    String scenario;

    @Option(names = "--seed", paramLabel = "S",
            description = "the first world's seed (default: 1, or the save's seed + 1)")
    Long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "worker threads (default: the number of processors, ${sys:capex.cpus})")
    Integer threads;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv or json (default: ${DEFAULT-VALUE})")
    String format;

    static {
        System.setProperty("capex.cpus", String.valueOf(Runtime.getRuntime().availableProcessors()));
    }

    @Override
    public Integer call() {
        if (worlds < 1) {
            throw new ExitCodes.Failure(ExitCodes.USAGE, "--worlds must be at least 1, not " + worlds);
        }
        if (worlds > dev.capex.scenario.Limits.WORLDS) {
            throw new ExitCodes.Failure(ExitCodes.USAGE, String.format(Locale.ROOT, "--worlds may be at most %,d, not %,d "
                    + "(docs/limits.md; the spread of outcomes is settled long before)", dev.capex.scenario.Limits.WORLDS,
                    worlds));
        }
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1 || t > 1024) {
            throw new ExitCodes.Failure(ExitCodes.USAGE, "--threads must be between 1 and 1024, not " + t);
        }
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!fmt.equals("text") && !fmt.equals("csv") && !fmt.equals("json")) {
            throw new ExitCodes.Failure(ExitCodes.USAGE, "--format must be text, csv or json, not '" + format + "'");
        }
        PrintStream out = System.out;
        if (what != null && what.save != null) {
            return luckVersusSkill(out, t, fmt);
        }
        Scenario sc = Inputs.scenario(scenario == null ? "meta-2025" : scenario);
        Strategy strategy = strategy(what == null ? "status-quo" : what.strategy, sc);
        long first = seed == null ? 1 : seed;
        long started = System.nanoTime();
        BatchRun run = new BatchRun(sc, strategy, first, worlds).threads(t);
        Summary s = withProgress(worlds, run::progress, run::run);
        double seconds = (System.nanoTime() - started) / 1e9;
        switch (fmt) {
            case "csv":
                out.println(BatchReport.csvHeader());
                out.println(BatchReport.csvRow(strategy.name(), s, false));
                break;
            case "json":
                out.println(BatchReport.json(sc.id(), strategy.name(), first, t, s));
                break;
            default:
                BatchReport.text(String.format(Locale.ROOT, "%s in %,d worlds of %s (seeds %d to %d), %d thread%s, %.2f s",
                        strategy.name(), worlds, sc.id(), first, first + worlds - 1, t, t == 1 ? "" : "s", seconds), s)
                        .forEach(out::println);
        }
        return ExitCodes.OK;
    }

    private int luckVersusSkill(PrintStream out, int t, String fmt) {
        SaveReader.Loaded loaded;
        try {
            loaded = SaveReader.read(Path.of(what.save), scenario);
        } catch (SaveReader.SaveProblem e) {
            throw new ExitCodes.Failure(ExitCodes.BAD_INPUT, e.getMessage());
        }
        RecordedGame game = loaded.game();
        Scenario sc = loaded.scenario();
        long first = seed == null ? game.seed() + 1 : seed;
        long total = worlds * (1 + Bots.all().size());
        AtomicLong[] counter = new AtomicLong[1];
        LuckVersusSkill.Report r = withProgress(total, c -> counter[0] = c,
                () -> LuckVersusSkill.analyse(sc, game, first, worlds, t, Bots.all(), counter[0]));
        switch (fmt) {
            case "csv":
                BatchReport.csv(r).forEach(out::println);
                break;
            case "json":
                out.println(BatchReport.json(sc.id(), r));
                break;
            default:
                BatchReport.text(r).forEach(out::println);
        }
        return ExitCodes.OK;
    }

    /** A bot by name, or a plan file. */
    static Strategy strategy(String nameOrFile, Scenario sc) {
        Strategy bot = Bots.named(nameOrFile);
        if (bot != null) {
            return bot;
        }
        if (nameOrFile.endsWith(".json") || nameOrFile.contains("/") || nameOrFile.contains("\\")
                || Files.exists(Path.of(nameOrFile))) {
            dev.capex.strategy.Plan plan = Inputs.plan(nameOrFile);
            String outside = plan.outsideGame(nameOrFile, sc);
            if (outside != null) {
                throw new ExitCodes.Failure(ExitCodes.BAD_INPUT, outside);
            }
            return Strategy.of(plan);
        }
        throw new ExitCodes.Failure(ExitCodes.USAGE, "no bot or plan file '" + nameOrFile + "' (bots: "
                + String.join(", ", Bots.all().keySet()) + ")");
    }

    /**
     * Runs {@code work} with a progress bar on standard error when standard error is a terminal and the
     * work lasts more than a second (nothing otherwise, so that pipes and CI logs stay clean).
     */
    static <T> T withProgress(long total, java.util.function.Consumer<AtomicLong> attach,
            java.util.function.Supplier<T> work) {
        AtomicLong done = new AtomicLong();
        attach.accept(done);
        Thread bar = null;
        boolean terminal = System.console() != null;
        if (terminal) {
            bar = new Thread(() -> {
                long start = System.nanoTime();
                boolean shown = false;
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        Thread.sleep(200);
                        double elapsed = (System.nanoTime() - start) / 1e9;
                        if (elapsed < 1.0) {
                            continue;
                        }
                        shown = true;
                        System.err.print("\r" + bar(done.get(), total, elapsed));
                        System.err.flush();
                    }
                } catch (InterruptedException e) {
                    // finished
                }
                if (shown) {
                    System.err.print("\r" + " ".repeat(72) + "\r");
                    System.err.flush();
                }
            }, "capex-progress");
            bar.setDaemon(true);
            bar.start();
        }
        try {
            return work.get();
        } finally {
            if (bar != null) {
                bar.interrupt();
                try {
                    bar.join(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    static String bar(long done, long total, double elapsed) {
        int width = 30;
        double f = total == 0 ? 1 : Math.min(1.0, (double) done / total);
        int filled = (int) (f * width);
        double rate = done / Math.max(elapsed, 1e-9);
        String eta = done == 0 ? "?" : String.format(Locale.ROOT, "%.0f s", (total - done) / rate);
        return String.format(Locale.ROOT, "[%s%s] %3.0f%%  %,d/%,d worlds  %,.0f/s  eta %s", "#".repeat(filled),
                ".".repeat(width - filled), f * 100, done, total, rate, eta);
    }
}
