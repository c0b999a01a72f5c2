package dev.capex.cli;

import dev.capex.engine.model.Scenario;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CompletableFuture;

/**
 * The dashboard's scenario, read on a second thread while picocli builds the command's model (the two are
 * the largest parts of start-up and need no result of each other). Only a prefetch: picocli still parses
 * the command line; the scenario read here is used only when the parsed {@code --scenario} names the same
 * one, and any failure here is forgotten (the main thread reads it again and reports the problem). The
 * thread then draws the dashboard of a throwaway game once on a virtual terminal ({@link
 * dev.capex.tui.DashboardWarmup}), so that the engine's, the panels' and Lanterna's classes are initialised
 * before the main thread needs them.
 */
final class ScenarioPrefetch {
    private static volatile String name;
    private static volatile CompletableFuture<Scenario> task;

    private ScenarioPrefetch() {
    }

    /** Starts reading the scenario that {@code capex play ARGS} will most likely open (a new game on the dashboard). */
    static void start(String... args) {
        if (args.length == 0 || !args[0].equals("play")) {
            return;
        }
        String scenario = "meta-2025";
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--continue") || a.equals("--plan") || a.equals("--plain") || a.equals("--help") || a.equals("-h")
                    || a.startsWith("--continue=") || a.startsWith("--plan=")) {
                return;   // not a new game on the dashboard, or nothing to play
            }
            if (a.equals("--scenario") && i + 1 < args.length) {
                scenario = args[++i];
            } else if (a.startsWith("--scenario=")) {
                scenario = a.substring("--scenario=".length());
            }
        }
        String wanted = scenario;
        CompletableFuture<Scenario> t = new CompletableFuture<>();
        name = wanted;
        task = t;
        Thread th = new Thread(() -> {
            Scenario sc;
            try {
                sc = Inputs.scenario(wanted);
            } catch (RuntimeException | LinkageError e) {
                t.completeExceptionally(e);
                return;
            }
            t.complete(sc);
            // Then the dashboard is drawn once on a virtual terminal (DashboardWarmup): its classes and
            // Lanterna's themes are initialised here, on the second core, before the real first frame needs them.
            dev.capex.tui.DashboardWarmup.run(sc);
        }, "capex-prefetch-scenario");
        th.setDaemon(true);
        th.start();
    }

    /** The scenario {@code requested}: the one read ahead when it is that one and was read without a problem. */
    static Scenario scenario(String requested) {
        CompletableFuture<Scenario> t = task;
        if (t != null && requested.equals(name)) {
            task = null;
            try {
                return t.get();
            } catch (ExecutionException e) {
                // read again below, where the problem is reported
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Inputs.scenario(requested);
    }
}
