package dev.capex.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.analysis.Replay;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario;
import dev.capex.save.SaveFile;
import dev.capex.save.SaveJson;
import dev.capex.scenario.ScenarioLoader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelSubsystem;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A served workshop end to end, as a classroom would run it: five teams log in at once from their own
 * "laptops" (sshd's SSH client over 127.0.0.1), each queues a decision with the dashboard's keys and
 * ends its turn, one team watches from a second laptop, the facilitator plays the quarter, and every
 * team's save replays and verifies. And what must be refused is refused.
 */
class ServeEndToEndTest {
    static final List<String> TEAMS = List.of("Red", "Blue", "Green", "Gold", "Teal");

    @TempDir
    Path dir;
    Classroom room;
    JoinCodes codes;
    ClassroomServer server;
    SshClient client;
    final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        Scenario sc = ScenarioLoader.load(Path.of("scenarios/meta-2025-workshop.json"));
        room = Classroom.create(dir.resolve("ws"), sc, 5, TEAMS, 600_000, System::currentTimeMillis);
        codes = JoinCodes.generate(TEAMS, new SecureRandom());
        codes.write(dir.resolve("ws/join-codes.txt"), TEAMS);
        ClassroomServer.Config cfg = new ClassroomServer.Config("127.0.0.1", 0, Duration.ofMinutes(30), 20, 4,
                3_600_000, false, 4L << 20);
        PrintStream ps = new PrintStream(log, true);
        server = new ClassroomServer(room, codes, cfg, System::currentTimeMillis, ps::println);
        server.start();
        client = Laptop.client();
    }

    @AfterEach
    void stop() throws Exception {
        client.stop();
        server.close();
    }

    private <T> T on(Callable<T> c) throws Exception {
        return server.call(c);
    }

    private void await(String what, Callable<Boolean> condition) throws Exception {
        long end = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < end) {
            if (on(condition)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("timed out waiting until " + what + "\nserver log:\n" + log);
    }

    /** On the dashboard: n (levers), a (private credit), the amount, Enter (queue). */
    static String queuePrivateCredit(String amount) {
        return "na\t" + "\u001b[F" + "\u007f".repeat(16) + amount + "\r";
    }

    @Test
    void fiveTeamsLogInQueueEndTheirTurnsAndTheFacilitatorPlaysTheQuarter() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(TEAMS.size());
        List<Future<Laptop>> opening = new ArrayList<>();
        for (String t : TEAMS) {
            opening.add(pool.submit(() -> Laptop.open(client, server.port(), t.toLowerCase(), codes.of(t), 110, 34)));
        }
        List<Laptop> laptops = new ArrayList<>();
        for (Future<Laptop> f : opening) {
            laptops.add(f.get());
        }
        pool.shutdown();
        Laptop watcher = Laptop.open(client, server.port(), "Red", codes.of("Red"), 100, 30);
        await("every laptop is connected", () -> server.connections() == 6);
        assertEquals(2, (int) on(() -> server.connections("Red")));

        // Every team queues a different amount of private credit, at the same time.
        for (int i = 0; i < TEAMS.size(); i++) {
            laptops.get(i).type(queuePrivateCredit((5 + i) + "B"));
        }
        for (String t : TEAMS) {
            await(t + " has a decision queued", () -> room.team(t).session().queued().size() == 1);
        }
        // Each team's queue is its own: Blue queued 6B, nobody else's 6B.
        for (int i = 0; i < TEAMS.size(); i++) {
            Decision d = on(() -> room.team(TEAMS.get(0)).session().queued().get(0));
            assertTrue(d.summary().contains("5"), d.summary());
        }
        // The queue is on disk at once (what a kill -9 would leave).
        assertTrue(Files.readString(dir.resolve("ws/blue.queue.json")).contains("privateCredit"));
        // Red's second laptop watched: it was redrawn after Red's queue changed, and shows Red's team line.
        int before = watcher.bytes();
        laptops.get(0).type("e");
        Thread.sleep(300);
        laptops.get(0).type("y");
        await("Red has ended its turn", () -> room.team("Red").done());
        awaitBytes(watcher, before);
        assertTrue(watcher.text().contains("team red"), "the watcher sees Red's game");
        assertFalse(watcher.text().contains("market turns on ai capex") || watcher.text().contains("60-minute"), "the scenario's shock stays a secret");
        for (int i = 1; i < TEAMS.size(); i++) {
            laptops.get(i).type("e");
            Thread.sleep(150);
            laptops.get(i).type("y");
        }
        await("every team has ended its turn", () -> room.allDone());
        // A team can take its turn back until the quarter plays, and end it again.
        laptops.get(2).type("u");
        await("Green took its turn back", () -> !room.team("Green").done());
        laptops.get(2).type("e");
        Thread.sleep(150);
        laptops.get(2).type("y");
        await("every team has ended its turn again", () -> room.allDone());

        FacilitatorConsole console = new FacilitatorConsole(server, new PrintStream(new ByteArrayOutputStream()),
                r -> "no report in this test");
        List<String> status = console.execute("status");
        assertTrue(status.stream().anyMatch(l -> l.contains("Red") && l.contains(" 2 ") && l.contains("done")),
                String.join("\n", status));
        List<String> board = console.execute("advance");
        assertEquals(Quarter.parse("2025Q3"), on(() -> room.quarter()));
        assertTrue(board.stream().anyMatch(l -> l.contains("Why")), String.join("\n", board));

        for (String t : TEAMS) {
            SaveFile save = SaveJson.load(dir.resolve("ws/" + room.team(t).slug() + ".json"));
            assertEquals(1, save.quarters().size(), t);
            assertEquals(1, save.quarters().get(0).decisions().size(), t + " played its queued decision");
            assertTrue(Replay.run(save).matches(), t + "'s save replays and verifies");
        }
        // Every laptop was shown its result without a key.
        for (Laptop l : laptops) {
            awaitText(l, "result");
        }
        for (Laptop l : laptops) {
            l.close();
        }
        watcher.close();
    }

    private static void awaitBytes(Laptop l, int before) throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        while (l.bytes() <= before && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        assertTrue(l.bytes() > before, "the laptop was redrawn");
    }

    private static void awaitText(Laptop l, String text) throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        while (!l.text().contains(text) && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        assertTrue(l.text().contains(text), "the laptop shows '" + text + "'");
    }

    @Test
    void aWrongCodeIsRefusedAndSlowedDownAndAnotherTeamsCodeOpensNothing() throws Exception {
        long t0 = System.nanoTime();
        assertThrows(Exception.class, () -> Laptop.login(client, server.port(), "Red", "aaaa-aaaa"));
        assertThrows(Exception.class, () -> Laptop.login(client, server.port(), "Red", "bbbb-bbbb"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms >= 1_000, "two failures from one address wait 0.5 s then 1 s at least, took " + ms + " ms");
        // Blue's code does not open Red's game, nor does a team that does not exist.
        assertThrows(Exception.class, () -> Laptop.login(client, server.port(), "Red", codes.of("Blue")));
        assertThrows(Exception.class, () -> Laptop.login(client, server.port(), "Purple", codes.of("Blue")));
        assertTrue(log.toString().contains("refused a login as 'Red'"));
        // The right code still works after failures.
        try (ClientSession s = Laptop.login(client, server.port(), "Red", codes.of("Red"))) {
            assertTrue(s.isAuthenticated());
        }
    }

    @Test
    void aTeamSeesAndChangesOnlyItsOwnGame() throws Exception {
        try (Laptop blue = Laptop.open(client, server.port(), "Blue", codes.of("Blue"), 100, 30)) {
            blue.type(queuePrivateCredit("7B"));
            await("Blue has a decision queued", () -> room.team("Blue").session().queued().size() == 1);
            assertEquals(0, (int) on(() -> room.team("Red").session().queued().size()), "Red's game is untouched");
            awaitText(blue, "team blue");
            assertFalse(blue.text().contains("team red"), "Blue is never shown Red's game");
        }
    }

    @Test
    void execSubsystemsAndForwardingAreRefused() throws Exception {
        try (ClientSession s = Laptop.login(client, server.port(), "Gold", codes.of("Gold"))) {
            ChannelExec exec = s.createExecChannel("cat /etc/passwd");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exec.setOut(out);
            exec.setErr(out);
            refusedOrClosed(() -> exec.open().verify(Duration.ofSeconds(10)), exec);
            assertEquals(0, out.size(), "no command ran");

            ChannelSubsystem sftp = s.createSubsystemChannel("sftp");
            refusedOrClosed(() -> sftp.open().verify(Duration.ofSeconds(10)), sftp);

            assertThrows(Exception.class, () -> s.createDirectTcpipChannel(new SshdSocketAddress("127.0.0.1", 0),
                    new SshdSocketAddress("127.0.0.1", server.port())).open().verify(Duration.ofSeconds(10)),
                    "local port forwarding (direct-tcpip) is refused");
            assertThrows(Exception.class, () -> s.startRemotePortForwarding(new SshdSocketAddress("127.0.0.1", 0),
                    new SshdSocketAddress("127.0.0.1", 9)), "remote port forwarding is refused");
        }
    }

    interface Opening {
        void open() throws Exception;
    }

    /** The request is refused: the open fails, or the server closes the channel without running anything. */
    private static void refusedOrClosed(Opening o, org.apache.sshd.client.channel.ClientChannel ch) throws Exception {
        try {
            o.open();
        } catch (Exception refused) {
            return;
        }
        Set<ClientChannelEvent> ev = ch.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), 10_000);
        assertTrue(ev.contains(ClientChannelEvent.CLOSED), "the server closed the channel: " + ev);
        assertEquals(null, ch.getExitStatus(), "nothing ran");
    }

    @Test
    void theJoinCodesFileIsReadableByItsOwnerOnly() throws Exception {
        Path f = dir.resolve("ws/join-codes.txt");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        List<String> lines = Files.readAllLines(f);
        assertEquals(TEAMS.size(), lines.size());
        assertEquals("Red " + codes.of("Red"), lines.get(0));
        assertEquals(codes.of("Blue"), JoinCodes.read(f, TEAMS).of("Blue"));
        assertTrue(server.fingerprint().contains("SHA256:"), server.fingerprint());
        assertTrue(Files.exists(dir.resolve("ws/host-key")), "the host key persists in the folder");
    }
}
