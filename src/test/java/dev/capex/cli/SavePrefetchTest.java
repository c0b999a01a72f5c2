package dev.capex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.analysis.Replay;
import dev.capex.save.SaveJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The save read ahead for {@code capex replay} is used only when it is the one the command line names, and read well. */
class SavePrefetchTest {
    private static final String GOLDEN = "src/test/resources/saves/golden-seeds-2025-seed7.json";

    @Test
    void theSaveNamedIsReadAndReplayedAheadAsTheMainThreadWould() throws Exception {
        SavePrefetch.start("replay", "--lang", "de", GOLDEN, "--verify");
        SavePrefetch.Loaded ahead = SavePrefetch.take(GOLDEN);
        assertNotNull(ahead, "the named save is read ahead");
        Replay.Result direct = Replay.run(SaveJson.load(Path.of(GOLDEN)));
        assertTrue(ahead.result().matches());
        assertEquals(direct.finalState(), ahead.result().finalState());
        assertNull(SavePrefetch.take(GOLDEN), "a prefetch is taken once");
    }

    @Test
    void anotherFileOrABrokenOneIsLeftToTheMainThread(@TempDir Path dir) throws Exception {
        SavePrefetch.start("replay", GOLDEN);
        assertNull(SavePrefetch.take("other.json"), "not the file read ahead");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{");
        SavePrefetch.start("replay", broken.toString(), "--verify");
        assertNull(SavePrefetch.take(broken.toString()), "a problem is reported by the main thread, not here");
        SavePrefetch.start("replay", "a.json", "b.json");
        assertNull(SavePrefetch.take("a.json"), "two files: nothing read ahead");
    }

    @Test
    void aBrokenSaveIsStillReportedByTheCommand(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"formatVersion\": 2");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = CapexCommand.execute(new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true),
                new java.io.PrintStream(err, true), "replay", broken.toString(), "--verify");
        assertEquals(ExitCodes.BAD_INPUT, code);
        assertTrue(err.toString().contains(broken.toString()), err.toString());
    }
}
