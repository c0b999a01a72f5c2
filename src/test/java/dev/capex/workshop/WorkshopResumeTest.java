package dev.capex.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.save.SaveJson;
import dev.capex.save.TestGames;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hot-seat workshop run again on its folder goes on where it stopped; a new one there needs --fresh. */
class WorkshopResumeTest {
    /** Red and Blue play one quarter (Red borrows), then the facilitator stops at the next hand-over. */
    static final String ONE_QUARTER = "\ncredit apollo 10B\ndone\ny\n\ndone\ny\n\n\nstop\nyes\n";

    @Test
    void runningTheWorkshopAgainResumesItAndFreshStartsANewOneKeepingTheOld(@TempDir Path dir) throws Exception {
        Path ws = dir.resolve("ws");
        String[] args = {"workshop", "--plain", "--teams", "Red,Blue", "--seed", "5", "--saves", ws.toString(),
            "--blank-lines", "0"};
        TestGames.Run first = TestGames.capexWithInput(ONE_QUARTER, args);
        assertEquals(0, first.exit(), first.out() + first.err());
        assertEquals(1, SaveJson.load(ws.resolve("red.json")).quarters().size());

        TestGames.Run again = TestGames.capexWithInput("\ndone\ny\n\ndone\ny\n\n\nstop\nyes\n", args);
        assertEquals(0, again.exit(), again.out() + again.err());
        assertTrue(again.out().contains("Resuming the workshop in " + ws + " at 2025Q3"), again.out());
        assertEquals(2, SaveJson.load(ws.resolve("red.json")).quarters().size(), "the second run went on: two quarters");
        assertEquals(1, SaveJson.load(ws.resolve("red.json")).quarters().get(0).decisions().size(),
                "Red's first quarter is kept");

        String[] fresh = {"workshop", "--plain", "--teams", "Red,Blue", "--seed", "5", "--saves", ws.toString(),
            "--blank-lines", "0", "--fresh"};
        TestGames.Run anew = TestGames.capexWithInput("stop\nyes\n", fresh);
        assertEquals(0, anew.exit(), anew.out() + anew.err());
        assertTrue(anew.out().contains("are kept in"), anew.out());
        try (var old = Files.list(ws)) {
            Path aside = old.filter(p -> p.getFileName().toString().startsWith("replaced-")).findFirst().orElseThrow();
            assertEquals(2, SaveJson.load(aside.resolve("red.json")).quarters().size(), "the old games are kept");
        }

    }
}
