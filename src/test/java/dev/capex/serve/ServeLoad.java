package dev.capex.serve;

import dev.capex.engine.model.Scenario;
import dev.capex.scenario.ScenarioLoader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.sshd.client.SshClient;

/**
 * The load benchmark of a served workshop (scripts/serve-load.sh; not a test): N teams connected over
 * SSH (127.0.0.1), each with a decision queued; the time for the server to play a quarter for every team
 * and redraw every laptop with its result — on the game thread (resolve, save, draw), and until the last
 * laptop has received its frame — and the heap each connected team costs.
 */
public final class ServeLoad {
    public static void main(String[] args) throws Exception {
        int teams = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int quarters = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path dir = Files.createTempDirectory("capex-serve-load");
        Scenario sc = ScenarioLoader.load(Path.of("scenarios/meta-2025-workshop.json"));
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= teams; i++) {
            names.add("Team " + i);
        }
        Classroom room = Classroom.create(dir, sc, 7, names, 3_600_000, System::currentTimeMillis);
        JoinCodes codes = JoinCodes.generate(names, new SecureRandom());
        ClassroomServer server = new ClassroomServer(room, codes, new ClassroomServer.Config("127.0.0.1", 0,
                Duration.ofMinutes(30), teams + 10, 4, 3_600_000, true, 16L << 20), System::currentTimeMillis, m -> {
                });
        server.start();
        long heap0 = heap();
        SshClient client = Laptop.client();
        List<Laptop> laptops = new ArrayList<>();
        for (String n : names) {
            laptops.add(Laptop.open(client, server.port(), n, codes.of(n), 120, 40));
        }
        while (server.call(server::connections) < teams) {
            Thread.sleep(50);
        }
        Thread.sleep(1000);
        long heap1 = heap();
        for (Laptop l : laptops) {
            l.type(ServeEndToEndTest.queuePrivateCredit("3B"));
        }
        waitUntil(() -> server.call(() -> room.teams().stream().allMatch(t -> t.session().queued().size() == 1)));
        double[] onThread = new double[quarters];
        double[] played = new double[quarters];
        double[] cpuMs = new double[quarters];
        double[] drawn = new double[quarters];
        double[] toLaptops = new double[quarters];
        for (int q = 0; q < quarters; q++) {
            int[] before = laptops.stream().mapToInt(Laptop::bytes).toArray();
            long cpu0 = cpu();
            long t0 = System.nanoTime();
            long inside = server.call(() -> {
                long a = System.nanoTime();
                server.advanceNow();
                return System.nanoTime() - a;
            });
            for (int i = 0; i < laptops.size(); i++) {
                Laptop l = laptops.get(i);
                int b = before[i];
                waitUntil(() -> l.bytes() > b + 2000 && l.bytes() == settled(l));
            }
            onThread[q] = inside / 1e6;
            cpuMs[q] = (cpu() - cpu0) / 1e6;
            long[] split = server.lastAdvance();
            played[q] = split[0];
            drawn[q] = split[1];
            toLaptops[q] = (System.nanoTime() - t0) / 1e6;
            for (Laptop l : laptops) {
                l.type("\u001b");
            }
            Thread.sleep(500);
        }
        System.out.printf(Locale.ROOT, "teams connected: %d; quarters played: %d (%s)%n", teams, quarters,
                ManagementFactory.getOperatingSystemMXBean().getAvailableProcessors() + " processors");
        System.out.printf(Locale.ROOT, "play a quarter for every team and redraw every laptop, on the game thread: "
                + "median %.0f ms, max %.0f ms%n", median(onThread), Arrays.stream(onThread).max().orElse(0));
        System.out.printf(Locale.ROOT, "   of which: play and save every game median %.0f ms; rebuild and draw every "
                + "laptop median %.0f ms%n", median(played), median(drawn));
        System.out.printf(Locale.ROOT, "... until the last laptop has received its frame:        median %.0f ms, "
                + "max %.0f ms%n", median(toLaptops), Arrays.stream(toLaptops).max().orElse(0));
        System.out.printf(Locale.ROOT, "CPU time of the whole process (server, and the 40 clients receiving) from the "
                + "advance until every laptop has its frame: median %.0f ms (load: %.1f)%n", median(cpuMs),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "heap per connected team (server and client in one JVM, after GC): %.0f KB%n",
                (heap1 - heap0) / 1024.0 / teams);
        for (Laptop l : laptops) {
            l.close();
        }
        client.stop();
        server.close();
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static int settled(Laptop l) throws InterruptedException {
        int a = l.bytes();
        Thread.sleep(30);
        return a == l.bytes() ? a : -1;
    }

    interface Check {
        boolean ok() throws Exception;
    }

    private static void waitUntil(Check c) throws Exception {
        long end = System.currentTimeMillis() + 60_000;
        while (!c.ok()) {
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(5);
        }
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static long heap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
