package dev.capex.cli;

import dev.capex.analysis.probe.Probe;
import dev.capex.analysis.probe.ProbeReport;
import dev.capex.engine.model.Scenario;
import dev.capex.save.AtomicFile;
import dev.capex.strategy.Bots;
import dev.capex.strategy.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * capex probe: a balance probe for scenario designers. Searches plan files (levers, sizes, timing) by
 * random and evolutionary search and reports the best one found against the expert plan and the bots.
 */
@Command(name = "probe", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Search for the best plan a strong player could write for a scenario (random and "
                + "evolutionary search over levers, sizes and timing), and compare it with the expert plan, "
                + "Meta's 2025 moves and the bots in the same worlds.",
            "A budget of N evaluations plays N plans in K search worlds each; the best plans are then played in "
                    + "the check worlds (seeds 1 to W), and each lever the best one uses is removed in turn to "
                    + "show what it leans on. The same --seed gives the same result whatever the number of threads."},
        footer = {"", "Examples:", "  capex probe meta-2025 --budget 5000 --out best.json",
            "  capex probe meta-2025-workshop --budget 300 --seeds 8 --worlds 100"})
public final class ProbeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "a built-in scenario name or a scenario file")
    String scenario;

    @Option(names = "--budget", paramLabel = "N", defaultValue = "1000",
            description = "plans to evaluate in the search (default: ${DEFAULT-VALUE})")
    int budget;

    @Option(names = "--seeds", paramLabel = "K", defaultValue = "16",
            description = "search worlds each plan is played in (common random numbers; default: ${DEFAULT-VALUE})")
    int seeds;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "the search's random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--worlds", paramLabel = "W", defaultValue = "300",
            description = "check worlds (seeds 1 to W) for the final comparison (default: ${DEFAULT-VALUE})")
    int worlds;

    @Option(names = "--expert", paramLabel = "PLAN",
            description = "the expert plan to compare with (default: scenarios/plans/expert-SCENARIO.json if it "
                    + "exists, else scenarios/plans/expert.json)")
    String expert;

    @Option(names = "--threads", paramLabel = "T",
            description = "worker threads (default: the number of processors)")
    Integer threads;

    @Option(names = "--out", paramLabel = "PLAN", description = "write the best plan found to this plan file")
    Path out;

    @Override
    public Integer call() {
        if (budget < 1 || budget > 10_000_000) {
            throw new ExitCodes.Failure(ExitCodes.USAGE, "--budget must be between 1 and 10,000,000, not " + budget);
        }
        if (seeds < 1 || seeds > 10_000) {
            throw new ExitCodes.Failure(ExitCodes.USAGE, "--seeds must be between 1 and 10,000, not " + seeds);
        }
        if (worlds < 1 || worlds > 1_000_000) {
            throw new ExitCodes.Failure(ExitCodes.USAGE, "--worlds must be between 1 and 1,000,000, not " + worlds);
        }
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1 || t > 1024) {
            throw new ExitCodes.Failure(ExitCodes.USAGE, "--threads must be between 1 and 1024, not " + t);
        }
        if (out != null && (Files.isDirectory(out) || out.toAbsolutePath().getParent() != null
                && !Files.isDirectory(out.toAbsolutePath().getParent()))) {
            throw new ExitCodes.Failure(ExitCodes.USAGE, "--out " + out + ": " + (Files.isDirectory(out)
                    ? "is a directory" : "its folder does not exist"));
        }
        Scenario sc = Inputs.scenario(scenario);
        List<Plan> references = new ArrayList<>();
        Plan expertPlan = expert != null ? Inputs.plan(expert) : shipped("expert-" + sc.id() + ".json", "expert.json");
        if (expertPlan != null) {
            references.add(new Plan("expert", expertPlan.decisions()));
        }
        Plan seeds2025 = shipped("seeds-2025.json");
        if (seeds2025 != null) {
            references.add(new Plan("Meta's 2025 moves", seeds2025.decisions()));
        }
        Probe probe = new Probe(sc, new Probe.Settings(seed, budget, seeds, worlds, t));
        long started = System.nanoTime();
        Probe.Result r = SimulateCommand.withProgress((long) budget * seeds, c -> probe.progress(n -> c.set((long) n * seeds)),
                () -> probe.run(references, expertPlan != null, Bots.all()));
        double seconds = (System.nanoTime() - started) / 1e9;
        ProbeReport.text(r).forEach(System.out::println);
        if (expertPlan == null) {
            System.out.println("(no expert plan for " + sc.id() + ": give one with --expert)");
        }
        if (out != null) {
            String desc = String.format(Locale.ROOT, "Found by capex probe %s --budget %d --seeds %d --seed %d: median "
                    + "score %.1f over seeds 1 to %d", sc.id(), budget, seeds, seed, r.bestEntry().scoreP50(), worlds);
            try {
                AtomicFile.write(out, Plan.toFile("probe best plan for " + sc.id(), desc, r.best().decisions()).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new ExitCodes.Failure(ExitCodes.BAD_INPUT, out + ": cannot be written: " + e.getMessage());
            }
            System.out.println("Best plan written to " + out);
        }
        System.out.println(String.format(Locale.ROOT, "(%.1f s)", seconds));
        return ExitCodes.OK;
    }

    /** The first shipped plan found: in ./scenarios/plans, then in the jar. */
    static Plan shipped(String... names) {
        for (String name : names) {
            Path local = Path.of("scenarios", "plans", name);
            if (Files.isRegularFile(local)) {
                return Inputs.plan(local.toString());
            }
            try (InputStream in = ProbeCommand.class.getResourceAsStream("/scenarios/plans/" + name)) {
                if (in != null) {
                    return Plan.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException | Plan.PlanException e) {
                throw new ExitCodes.Failure(ExitCodes.BAD_INPUT, name + ": " + e.getMessage());
            }
        }
        return null;
    }
}
