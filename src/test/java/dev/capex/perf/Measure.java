package dev.capex.perf;

import dev.capex.analysis.batch.World;
import dev.capex.engine.Engine;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario;
import dev.capex.scenario.ScenarioLoader;
import dev.capex.strategy.Bots;
import dev.capex.strategy.Strategy;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Not a test: a quick measurement of whole games per bot in thread CPU time (steadier than wall time
 * on a shared machine than JMH's wall-clock averages). Run with the test classpath:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.capex.perf.Measure [seconds]}.
 */
public final class Measure {
    public static void main(String[] args) throws Exception {
        double secs = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        Scenario sc = ScenarioLoader.resolve("meta-2025");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Strategy none = new Strategy() {
            public String name() {
                return "none";
            }

            public String description() {
                return "";
            }

            public List<Decision> decide(Scenario s, GameState st) {
                return List.of();
            }
        };
        if (args.length > 1 && args[1].startsWith("decide:")) { // one bot deciding mid-game, for a profiler
            Strategy st = Bots.named(args[1].substring(7));
            GameState g = Engine.start(sc, 11);
            while (g.turn() < 4) {
                g = Engine.resolve(sc, g, st.decide(sc, g)).state();
            }
            long end = System.nanoTime() + (long) (secs * 1e9);
            long n = 0;
            long cpu0 = mx.getCurrentThreadCpuTime();
            while (System.nanoTime() < end) {
                st.decide(sc, g);
                n++;
            }
            System.out.printf("%s %.1f us/decision (cpu)%n", args[1], (mx.getCurrentThreadCpuTime() - cpu0) / 1e3 / n);
            return;
        }
        for (int round = 0; round < 2; round++) {
            List<String> names = args.length > 1 ? List.of(args[1].split(","))
                    : List.of("none", "conservative", "status-quo", "leverage", "asset-light", "talent-first", "random");
            for (String name : names) {
                Strategy st = name.equals("none") ? none : Bots.named(name);
                long seed = 1;
                long cpu0 = mx.getCurrentThreadCpuTime();
                long end = System.nanoTime() + (long) (secs * 1e9);
                int n = 0;
                while (System.nanoTime() < end) {
                    World.play(sc, st, seed++);
                    n++;
                }
                long cpu = mx.getCurrentThreadCpuTime() - cpu0;
                if (round == 1) {
                    System.out.printf("%-13s %9.1f us/game (cpu), %d games%n", name, cpu / 1e3 / n, n);
                }
            }
        }
        // the bot's deciding apart from the engine's resolving (thread CPU time around each call)
        for (String name : List.of("status-quo", "leverage")) {
            Strategy st = Bots.named(name);
            long decide = 0;
            long resolve = 0;
            int games = 0;
            long end = System.nanoTime() + (long) (secs * 1e9);
            for (long seed = 1; System.nanoTime() < end; seed++, games++) {
                GameState g = Engine.start(sc, seed);
                while (!g.isOver()) {
                    long t0 = mx.getCurrentThreadCpuTime();
                    List<Decision> d = st.decide(sc, g);
                    long t1 = mx.getCurrentThreadCpuTime();
                    g = Engine.resolve(sc, g, d).state();
                    resolve += mx.getCurrentThreadCpuTime() - t1;
                    decide += t1 - t0;
                }
            }
            System.out.printf("%-13s decide %7.1f us/game, resolve %7.1f us/game (cpu)%n", name, decide / 1e3 / games,
                    resolve / 1e3 / games);
        }
        // replay verification: 15 resolves and digests of a recorded game
        GameState s = Engine.start(sc, 7);
        long cpu0 = mx.getCurrentThreadCpuTime();
        int n = 0;
        long end = System.nanoTime() + (long) (secs * 1e9);
        while (System.nanoTime() < end) {
            GameState g = s;
            while (!g.isOver()) {
                g = Engine.resolve(sc, g, Bots.named("status-quo").decide(sc, g)).state();
                Engine.digest(g);
            }
            n++;
        }
        System.out.printf("%-13s %9.1f us/game (cpu)%n", "sq+digest", (mx.getCurrentThreadCpuTime() - cpu0) / 1e3 / n);
    }
}
