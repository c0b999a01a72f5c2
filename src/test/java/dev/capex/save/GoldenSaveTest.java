package dev.capex.save;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.analysis.Replay;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The golden save must replay to the digests it records: a change to the engine that alters any
 * outcome fails here, and must update the golden file on purpose (GoldenSave's comment says how).
 */
class GoldenSaveTest {
    private static final String REGENERATE = "mvn -B -q test -Dtest=GoldenSaveTest -Dcapex.regenerateGolden=true";

    @BeforeAll
    static void regenerateOnPurpose() throws Exception {
        if (Boolean.getBoolean("capex.regenerateGolden")) {
            Autosave.write(GoldenSave.FILE, GoldenSave.make());
            System.out.println("Regenerated " + GoldenSave.FILE + "; review its diff and commit it with the engine change.");
        }
    }

    @Test
    void theGoldenSaveReplaysToEveryRecordedDigest() throws Exception {
        SaveFile golden = SaveJson.load(GoldenSave.FILE);
        Replay.Result r = Replay.run(golden);
        assertTrue(r.matches(), () -> "the engine's outcomes changed: " + r.mismatch().message()
                + ". If the change is on purpose, regenerate the golden save: " + REGENERATE);
        assertEquals(golden.scenario().turns(), r.quarters().size(), "the golden game is played to the end");
        assertTrue(r.finalState().isOver());
    }

    @Test
    void theGoldenSaveHoldsTheSeedsPlanWithSeed7() throws Exception {
        SaveFile golden = SaveJson.load(GoldenSave.FILE);
        assertEquals(GoldenSave.SEED, golden.seed());
        var plan = TestGames.plan();
        golden.decisions().forEach((q, ds) -> assertEquals(plan.forQuarter(q), ds, "decisions of " + q));
    }
}
