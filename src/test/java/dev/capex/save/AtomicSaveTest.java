package dev.capex.save;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.play.GameSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A crash at any instant of a save leaves the previous save whole: the game is never lost. */
class AtomicSaveTest {
    @TempDir
    Path dir;

    private static final byte[] AFTER_THREE = TestGames.text(TestGames.played(7, "Alpha", 3)).getBytes(StandardCharsets.UTF_8);
    private static final byte[] AFTER_FOUR = TestGames.text(TestGames.played(7, "Alpha", 4)).getBytes(StandardCharsets.UTF_8);

    /** A crash: the write stops at this step. */
    static final class Crash extends IOException {
        Crash(AtomicFile.Step s) {
            super("simulated crash before " + s);
        }
    }

    @ParameterizedTest
    @EnumSource(AtomicFile.Step.class)
    void aCrashAtAnyStepLeavesAWholeSave(AtomicFile.Step step) throws Exception {
        Path f = dir.resolve("game.json");
        AtomicFile.write(f, AFTER_THREE);
        assertThrows(Crash.class, () -> AtomicFile.write(f, AFTER_FOUR, s -> {
            if (s == step) {
                throw new Crash(s);
            }
        }));
        byte[] now = Files.readAllBytes(f);
        // Before the rename the old save is there; after it (only the directory sync is left) the new one.
        boolean renamed = step == AtomicFile.Step.SYNC_DIRECTORY;
        assertArrayEquals(renamed ? AFTER_FOUR : AFTER_THREE, now, "the save after a crash before " + step);
        SaveFile loaded = SaveJson.load(f);
        assertEquals(renamed ? 4 : 3, loaded.quarters().size());
        assertEquals(List.of(f.getFileName()), files(), "no temporary file is left behind");
    }

    @Test
    void aFailedFirstSaveLeavesNoFile() throws Exception {
        Path f = dir.resolve("first.json");
        assertThrows(Crash.class, () -> AtomicFile.write(f, AFTER_THREE, s -> {
            if (s == AtomicFile.Step.FORCE) {
                throw new Crash(s);
            }
        }));
        assertFalse(Files.exists(f));
        assertEquals(List.of(), files());
    }

    @Test
    void anAutosaveThatCannotWriteWarnsAndTheGameGoesOn() throws Exception {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where a directory should be");
        GameSession s = new GameSession(TestGames.scenario(), 7, "Alpha");
        List<String> warnings = new java.util.ArrayList<>();
        Autosave.attach(s, blocked.resolve("game.json"), "2026-01-01T00:00:00Z", null, "test", warnings::add);
        s.play(List.of());
        assertEquals(1, s.results().size(), "the quarter was played");
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("could not save the game to " + blocked.resolve("game.json")), warnings.get(0));
    }

    @Test
    void autosaveWritesAfterEveryQuarter() throws Exception {
        Path f = dir.resolve("auto.json");
        GameSession s = new GameSession(TestGames.scenario(), 7, "Alpha");
        Autosave.attach(s, f, "2026-01-01T00:00:00Z", null, "test", m -> {
            throw new AssertionError(m);
        });
        var plan = TestGames.plan();
        for (int i = 1; i <= 3; i++) {
            s.play(plan.forQuarter(s.state().quarter()));
            SaveFile saved = SaveJson.load(f);
            assertEquals(i, saved.quarters().size());
            assertEquals(dev.capex.engine.Engine.digest(s.state()), saved.quarters().get(i - 1).digest());
        }
    }

    /**
     * A real kill: a child JVM rewrites a save in a loop, alternating two games, and is killed with
     * SIGKILL while it writes; the file it leaves is one of the two games, whole.
     */
    @Test
    void killingAProcessWhileItSavesLeavesAWholeSave() throws Exception {
        Path f = dir.resolve("looped.json");
        Path a = Files.write(dir.resolve("a.save"), AFTER_THREE);
        Path b = Files.write(dir.resolve("b.save"), AFTER_FOUR);
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(),
                f.toString(), a.toString(), b.toString()).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            // Wait until it has saved a few times, then kill it in the middle of whatever it is doing.
            for (int i = 0; i < 5; i++) {
                String line = r.readLine();
                assertTrue(line != null && line.startsWith("saved"), "the child reports its saves: " + line);
            }
            p.destroyForcibly();
            p.waitFor();
        }
        byte[] left = Files.readAllBytes(f);
        assertTrue(java.util.Arrays.equals(left, AFTER_THREE) || java.util.Arrays.equals(left, AFTER_FOUR),
                "the file is one whole save");
        SaveJson.load(f);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(Path::getFileName).sorted().toList();
        }
    }
}
