package dev.capex.serve;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.model.Scenario;
import dev.capex.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connection cap and the idle timeout of a served workshop. */
class ServeLimitsTest {

    @Test
    void connectionsBeyondTheCapAreRefusedAndAnIdleLaptopIsDisconnected(@TempDir Path dir) throws Exception {
        Scenario sc = ScenarioLoader.load(Path.of("scenarios/meta-2025-workshop.json"));
        List<String> teams = List.of("Red", "Blue");
        Classroom room = Classroom.create(dir.resolve("ws"), sc, 2, teams, 600_000, System::currentTimeMillis);
        JoinCodes codes = JoinCodes.generate(teams, new SecureRandom());
        AtomicLong clock = new AtomicLong(System.currentTimeMillis());
        StringBuilder log = new StringBuilder();
        ClassroomServer server = new ClassroomServer(room, codes, new ClassroomServer.Config("127.0.0.1", 0,
                Duration.ofMinutes(5), 1, 4, 3_600_000, false, 1L << 20), clock::get, m -> {
                    synchronized (log) {
                        log.append(m).append('\n');
                    }
                });
        server.start();
        SshClient client = Laptop.client();
        try (Laptop red = Laptop.open(client, server.port(), "Red", codes.of("Red"), 80, 24)) {
            // A second connection while one is open: over the cap of 1.
            assertThrows(Exception.class, () -> {
                try (ClientSession s = Laptop.login(client, server.port(), "Blue", codes.of("Blue"))) {
                    s.auth().verify(Duration.ofSeconds(10));
                }
            });
            assertTrue(red.shell.isOpen(), "the laptop within the cap goes on");
            // Six minutes without a key (once its screen is up): the laptop is disconnected, its game stays.
            long end = System.currentTimeMillis() + 30_000;
            while (server.call(server::connections) < 1 && System.currentTimeMillis() < end) {
                Thread.sleep(20);
            }
            clock.addAndGet(Duration.ofMinutes(6).toMillis());
            var events = red.shell.waitFor(java.util.EnumSet.of(org.apache.sshd.client.channel.ClientChannelEvent.CLOSED),
                    30_000);
            assertTrue(events.contains(org.apache.sshd.client.channel.ClientChannelEvent.CLOSED),
                    "the idle laptop was disconnected: " + events + "\n" + log);
            assertTrue(red.text().contains("no key for 5 minutes"), red.text());
        } finally {
            client.stop();
            server.close();
        }
        synchronized (log) {
            assertTrue(log.toString().contains("already 1 connections"), log.toString());
        }
    }
}
