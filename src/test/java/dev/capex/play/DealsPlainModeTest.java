package dev.capex.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.save.TestGames;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deals of issue 11 typed in the plain mode: what a player reads back, refusals included. */
class DealsPlainModeTest {
    @TempDir
    Path dir;

    @Test
    void aBondDealIsTypedWithItsTranchesAndEachIsPriced() {
        TestGames.Run r = TestGames.capexWithInput("bonds 5=4B 40=8.5B\nbonds 10=2B 10=3B\nbonds 13=2B\nbonds 10\nqueue\nquit\n",
                "play", "--plain", "--seed", "2", "--save", dir.resolve("bonds.json").toString());
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.contains("Queued: bond deal $12.5B, 2 tranches"), out);
        assertTrue(out.contains("5y $4.0B ") && out.contains("40y $8.5B ") && out.contains("(T+"),
                "each tranche's coupon over its Treasury: " + out);
        assertTrue(out.contains("Preview: cash after"), out);
        assertTrue(out.contains("Refused: bond deal of $5.0B in 2 tranches (10, 10 years) — tranche 2"), out);
        assertTrue(out.contains("tranche 1: 13 years is not a tenor on offer"), out);
        assertTrue(out.contains("usage: bonds YEARS=AMOUNT"), "a tranche without its amount: " + out);
        assertTrue(out.contains("1. bond deal of $12.5B in 2 tranches (5, 40 years)"), out);
        assertTrue(!out.contains("\n2. "), "refused deals stay out of the queue: " + out);
    }

    @Test
    void aModelIsHeldBackAndReleasedByTyping() {
        TestGames.Run r = TestGames.capexWithInput("model release\nmodel hold\nmodel hold\nmodel publish\nqueue\nquit\n",
                "play", "--plain", "--seed", "2", "--save", dir.resolve("model.json").toString());
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.contains("Refused: release the run in training — no model is held back"), out);
        assertTrue(out.contains("Queued: ") && out.contains("will be held back when it finishes"), out);
        assertTrue(out.contains("1. hold back the run in training"), out);
        assertTrue(out.contains("is already to be held back"), out);
        assertTrue(out.contains("usage: model hold|release [MODEL]"), out);
    }
}
