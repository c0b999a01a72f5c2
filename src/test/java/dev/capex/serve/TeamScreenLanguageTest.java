package dev.capex.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import dev.capex.engine.model.Scenario;
import dev.capex.report.Msg;
import dev.capex.scenario.ScenarioLoader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a team sees on its laptop in a served workshop follows the class's language (capex serve --lang). */
class TeamScreenLanguageTest {
    final AtomicLong now = new AtomicLong(1_000_000);

    @AfterEach
    void english() {
        Msg.use("en");
    }

    private String[] play(Path dir, String lang) throws Exception {
        Msg.use(lang);
        Scenario sc = ScenarioLoader.load(Path.of("scenarios/meta-2025-workshop.json"));
        Classroom room = Classroom.create(dir, sc, 3, List.of("Red", "Blue"), 600_000, now::get);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TeamScreen laptop = new TeamScreen(1, room.team("Red"), new SshTerminal(InputStream.nullInputStream(), bytes, 120, 40),
                null, "test", false, now.get());
        laptop.open(room);
        String turn = laptop.hint(room);
        laptop.handle(room, new KeyStroke('e', false, false));
        String confirm = laptop.tui().dashboard().status();
        laptop.handle(room, new KeyStroke('y', false, false));
        String waiting = laptop.hint(room);
        laptop.handle(room, new KeyStroke('n', false, false));
        String locked = laptop.tui().dashboard().status();
        room.pause();
        String paused = laptop.hint(room);
        return new String[] {bytes.toString(StandardCharsets.UTF_8), turn, confirm, waiting, locked, paused};
    }

    @Test
    void aGermanClassSeesWelcomeTurnAndConfirmationInGerman(@TempDir Path dir) throws Exception {
        String[] s = play(dir, "de");
        assertTrue(s[0].contains("Willkommen"), "the welcome is German");
        assertTrue(s[1].startsWith("Team Red · ") && s[1].contains("e: Zug beenden"), s[1]);
        assertTrue(s[2].contains("beenden? y = ja"), s[2]);
        assertTrue(s[3].contains("Zug beendet") && s[3].contains("u: zurücknehmen"), s[3]);
        assertTrue(s[4].contains("hat seinen Zug"), s[4]);
        assertTrue(s[5].contains("angehalten"), s[5]);
        for (String line : List.of(s[1], s[2], s[3], s[4], s[5])) {
            assertFalse(line.matches(".*\\b(left|your turn|waiting|paused)\\b.*"), "English left in: " + line);
        }
    }

    @Test
    void anEnglishClassSeesThemInEnglish(@TempDir Path dir) throws Exception {
        String[] s = play(dir, "en");
        assertTrue(s[0].contains("Welcome"), "the welcome is English");
        assertTrue(s[1].contains("left · e: end your turn"), s[1]);
        assertTrue(s[2].contains("End your turn for"), s[2]);
        assertTrue(s[3].contains("turn ended for") && s[3].contains("waiting for 1 team(s)"), s[3]);
        assertTrue(s[4].contains("has ended its turn"), s[4]);
        assertTrue(s[5].contains("paused "), s[5]);
    }
}
