package dev.capex.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.analysis.Replay;
import dev.capex.engine.model.Quarter;
import dev.capex.save.SaveFile;
import dev.capex.save.SaveJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sshd.client.SshClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the server at random moments while teams queue decisions and end their turns (and so
 * while quarters are being played), then --resume: every quarter the server had played and every
 * decision it had shown as queued (its console's status just before the kill) is still there, and
 * every save replays. The server runs as a child JVM, destroyed forcibly, several times in a row.
 */
class KillAndResumeTest {
    static final List<String> TEAMS = List.of("Red", "Blue");
    static final Pattern LISTENING = Pattern.compile("Listening on 127\\.0\\.0\\.1:(\\d+)");
    static final Pattern HEADER = Pattern.compile("^(\\d{4}Q\\d) — .*left.*");
    static final Pattern ROW = Pattern.compile("^  (\\S+)\\s+(\\d+)\\s+(done|deciding|replaying \\S+|game over.*?)\\s+(\\d+)$");

    @TempDir
    Path tmp;

    /** What the facilitator's console last showed: the quarter, and each team's queue. */
    record Seen(Quarter quarter, Map<String, Integer> queued) {
    }

    @Test
    void killedAtRandomMomentsTheServerLosesNoQuarterAndNoQueuedDecision() throws Exception {
        Path dir = tmp.resolve("ws");
        Random random = new Random(20261130);
        SshClient client = Laptop.client();
        try {
            for (int round = 0; round < 3; round++) {
                List<String> args = new ArrayList<>(List.of("serve", "--bind", "127.0.0.1", "--port", "0",
                        "--grace-seconds", "0", "--quarter-minutes", "60", "--no-color"));
                if (round == 0) {
                    args.addAll(List.of("--teams", String.join(",", TEAMS), "--seed", "11", "--dir", dir.toString()));
                } else {
                    args.addAll(List.of("--resume", dir.toString()));
                }
                Process server = launch(args);
                LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
                Thread pump = new Thread(() -> {
                    try (BufferedReader r = new BufferedReader(new InputStreamReader(server.getInputStream(),
                            StandardCharsets.UTF_8))) {
                        String l;
                        while ((l = r.readLine()) != null) {
                            lines.add(l);
                        }
                    } catch (IOException e) {
                        // killed
                    }
                });
                pump.setDaemon(true);
                pump.start();
                int port = port(lines, server);
                Map<String, String> codes = codes(dir.resolve("join-codes.txt"));
                PrintStream console = new PrintStream(server.getOutputStream(), true, StandardCharsets.UTF_8);
                List<Laptop> laptops = new ArrayList<>();
                for (String t : TEAMS) {
                    laptops.add(Laptop.open(client, port, t, codes.get(t), 100, 30));
                }
                AtomicBoolean typing = new AtomicBoolean(true);
                Thread typist = new Thread(() -> {
                    Random r = new Random(round(laptops));
                    try {
                        while (typing.get()) {
                            Laptop l = laptops.get(r.nextInt(laptops.size()));
                            if (r.nextInt(4) == 0) {
                                l.type("e");
                                Thread.sleep(60);
                                l.type("y");
                            } else {
                                l.type(ServeEndToEndTest.queuePrivateCredit((2 + r.nextInt(3)) + "B"));
                            }
                            Thread.sleep(40 + r.nextInt(120));
                        }
                    } catch (IOException | InterruptedException e) {
                        // the server is gone
                    }
                });
                typist.start();
                long killAt = System.currentTimeMillis() + 800 + random.nextInt(1800);
                Seen seen = null;
                // the kill comes at a random moment, but never before the console has answered one status (on a
                // loaded machine the first answer can take longer than the random delay)
                long latest = System.currentTimeMillis() + 60_000;
                while (System.currentTimeMillis() < killAt || (seen == null && System.currentTimeMillis() < latest)) {
                    Seen s = status(console, lines);
                    if (s != null) {
                        seen = s;
                    }
                }
                server.destroyForcibly();
                server.waitFor(10, TimeUnit.SECONDS);
                typing.set(false);
                typist.join();
                for (Laptop l : laptops) {
                    try {
                        l.close();
                    } catch (IOException gone) {
                        // the server was killed
                    }
                }
                assertTrue(seen != null, "the console answered status before the kill");
                check(dir, seen, round);
            }
        } finally {
            client.stop();
        }
    }

    private static long round(List<Laptop> laptops) {
        return laptops.hashCode();
    }

    /** After the kill: what --resume finds keeps everything the console had shown, and replays. */
    private static void check(Path dir, Seen seen, int round) throws Exception {
        Classroom room = Classroom.resume(dir, System::currentTimeMillis);
        for (String t : TEAMS) {
            Classroom.Team team = room.team(t);
            SaveFile save = SaveJson.load(dir.resolve(team.slug() + ".json"));
            assertTrue(Replay.run(save).matches(), "round " + round + ": " + t + "'s save replays");
            int resolvedBefore = seen.quarter().minus(room.scenario().start());
            assertTrue(save.quarters().size() >= resolvedBefore, "round " + round + ": " + t + " had played "
                    + resolvedBefore + " quarter(s), the save holds " + save.quarters().size());
            int shown = seen.queued().get(t);
            Quarter q = seen.quarter();
            if (team.session().state().quarter().equals(q)) {
                assertTrue(team.session().queued().size() >= shown, "round " + round + ": " + t + " had " + shown
                        + " decision(s) queued for " + q + ", the resumed game has " + team.session().queued().size());
            } else {
                SaveFile.SavedQuarter played = save.quarters().stream().filter(x -> x.quarter().equals(q.toString()))
                        .findFirst().orElseThrow(() -> new AssertionError(t + " lost " + q));
                assertTrue(played.decisions().size() >= shown, "round " + round + ": " + t + " played " + q + " with "
                        + played.decisions().size() + " decision(s), " + shown + " were queued");
            }
        }
    }

    private static Seen status(PrintStream console, LinkedBlockingQueue<String> lines) throws InterruptedException {
        console.println("status");
        Quarter q = null;
        Map<String, Integer> queued = new LinkedHashMap<>();
        long end = System.currentTimeMillis() + 2000;
        while (System.currentTimeMillis() < end && queued.size() < TEAMS.size()) {
            String l = lines.poll(100, TimeUnit.MILLISECONDS);
            if (l == null) {
                continue;
            }
            Matcher h = HEADER.matcher(l);
            if (h.matches()) {
                q = Quarter.parse(h.group(1));
                queued.clear();
                continue;
            }
            Matcher m = ROW.matcher(l);
            if (q != null && m.matches()) {
                queued.put(m.group(1), Integer.parseInt(m.group(4)));
            }
        }
        return q != null && queued.size() == TEAMS.size() ? new Seen(q, queued) : null;
    }

    private static int port(LinkedBlockingQueue<String> lines, Process p) throws InterruptedException {
        long end = System.currentTimeMillis() + 30_000;
        StringBuilder seen = new StringBuilder();
        while (System.currentTimeMillis() < end) {
            String l = lines.poll(200, TimeUnit.MILLISECONDS);
            if (l != null) {
                seen.append(l).append('\n');
                Matcher m = LISTENING.matcher(l);
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
            if (!p.isAlive() && lines.isEmpty()) {
                break;
            }
        }
        p.destroyForcibly();
        throw new AssertionError("the server did not start:\n" + seen);
    }

    private static Map<String, String> codes(Path file) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        for (String l : Files.readAllLines(file)) {
            int sp = l.lastIndexOf(' ');
            m.put(l.substring(0, sp), l.substring(sp + 1));
        }
        return m;
    }

    private static Process launch(List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "dev.capex.cli.CapexCommand"));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }
}
