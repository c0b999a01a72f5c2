package dev.capex.save;

import dev.capex.play.GameSession;
import java.nio.file.Path;

/**
 * Writes the golden save: the baseline scenario played to the end with the seeds' plan and seed 7.
 * Run it on purpose after a change to the engine that alters outcomes (docs/save-format.md):
 * {@code mvn -B -q test -Dtest=GoldenSaveTest -Dcapex.regenerateGolden=true}, then review and commit the
 * file's diff with the engine change.
 */
public final class GoldenSave {
    private GoldenSave() {
    }

    public static final Path FILE = Path.of("src/test/resources/saves/golden-seeds-2025-seed7.json");
    /** The golden save as written in save format 1 (2026-11): frozen, never regenerated. */
    public static final Path V1_FILE = Path.of("src/test/resources/saves/v1/golden-seeds-2025-seed7.json");
    public static final long SEED = 7;
    public static final String TEAM = "Golden";

    public static SaveFile make() {
        GameSession s = TestGames.played(SEED, TEAM, Integer.MAX_VALUE);
        return Autosave.of(s, "2026-01-01T00:00:00Z", null, "golden");
    }

    public static void main(String[] args) throws Exception {
        Autosave.write(FILE, make());
        System.out.println("wrote " + FILE);
    }
}
