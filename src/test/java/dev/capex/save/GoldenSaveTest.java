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
    void theGoldenSaveIsInTheCurrentFormat() throws Exception {
        assertEquals(SaveFormat.CURRENT.number(), SaveJson.load(GoldenSave.FILE).formatVersion());
    }

    /**
     * The version-1 golden save (state digests of format 1, SHA-256 of the state's text) is frozen: it
     * is never regenerated. It loads, replays to every digest it records, and migrates to the current
     * format, after which it replays to the new digests, which are those of the current golden save.
     */
    @Test
    void theVersion1GoldenSaveStillVerifiesAndMigrates() throws Exception {
        SaveFile v1 = SaveJson.load(GoldenSave.V1_FILE);
        assertEquals(1, v1.formatVersion());
        Replay.Result r = Replay.run(v1);
        assertTrue(r.matches(), () -> "the version-1 golden save no longer verifies: " + r.mismatch().message());
        assertEquals(v1.scenario().turns(), r.quarters().size());

        SaveFile migrated = r.migrated();
        assertEquals(SaveFormat.CURRENT.number(), migrated.formatVersion());
        SaveFile reread = SaveJson.parse("migrated", SaveJson.write(migrated));
        assertEquals(SaveFormat.CURRENT.number(), reread.formatVersion());
        assertEquals(v1.decisions(), reread.decisions());
        // The same scenario, now written out whole: fields added to the format since (issues 10 and 11) carry the
        // values that keep the old behaviour (LegacyDefaults), so its text and hash are new.
        assertEquals(v1.scenario(), reread.scenario());
        Replay.Result again = Replay.run(reread);
        assertTrue(again.matches(), () -> again.mismatch().message());
        for (int i = 0; i < v1.quarters().size(); i++) {
            assertTrue(!v1.quarters().get(i).digest().equals(reread.quarters().get(i).digest()),
                    "the digests are recomputed");
            assertEquals(v1.quarters().get(i).figures(), reread.quarters().get(i).figures());
        }
        SaveFile current = SaveJson.load(GoldenSave.FILE);
        if (current.scenarioSha256().equals(v1.scenarioSha256()) && current.decisions().equals(v1.decisions())) {
            assertEquals(current.quarters().stream().map(SaveFile.SavedQuarter::digest).toList(),
                    reread.quarters().stream().map(SaveFile.SavedQuarter::digest).toList(),
                    "the same game has the same digests as the current golden save");
        }
    }

    @Test
    void aVersion1SaveIsNotWrittenUnderTheCurrentVersionWithItsOldDigests() throws Exception {
        SaveFile v1 = SaveJson.load(GoldenSave.V1_FILE);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> SaveJson.write(v1));
    }

    @Test
    void theGoldenSaveHoldsTheSeedsPlanWithSeed7() throws Exception {
        SaveFile golden = SaveJson.load(GoldenSave.FILE);
        assertEquals(GoldenSave.SEED, golden.seed());
        var plan = TestGames.plan();
        golden.decisions().forEach((q, ds) -> assertEquals(plan.forQuarter(q), ds, "decisions of " + q));
    }
}
