package dev.capex.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.capex.analysis.Replay;
import dev.capex.save.TestGames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An analyst replays a saved game on the dashboard, quarter by quarter, and cannot change it. */
class ReplayViewerTest {
    private static Replay.Result replay;

    @BeforeAll
    static void aSavedGame() {
        replay = Replay.run(TestGames.save(TestGames.played(7, "Seeds", 4)));
    }

    private static Screens<ReplayViewer> open(int columns, int rows) {
        return new Screens<>(columns, rows, s -> new ReplayViewer(replay, "seeds.json", s, true));
    }

    private static void contains(String screen, String... parts) {
        for (String p : parts) {
            assertTrue(screen.contains(p), "expected '" + p + "' on screen:\n" + screen);
        }
    }

    @Test
    void dump() {
        Screens<ReplayViewer> v = open(80, 24);
        System.out.println(v.screen());
        v.key(KeyType.ArrowRight);
        System.out.println(v.screen());
        v.type("r");
        System.out.println(v.screen());
        v.key(KeyType.Escape);
        v = open(120, 40);
        v.key(KeyType.End);
        System.out.println(v.screen());
    }
}
