package dev.capex.analysis.batch;

import dev.capex.engine.model.Scenario;
import dev.capex.save.SaveException;
import dev.capex.save.SaveFile;
import dev.capex.save.SaveJson;
import dev.capex.scenario.ScenarioException;
import dev.capex.scenario.ScenarioLoader;
import java.nio.file.Path;

/**
 * Reads from a save file what luck versus skill needs: the seed, the scenario the game was played in
 * (the one kept in the save, so an edited scenario file does not change the comparison) and each
 * quarter's decisions. Loading goes through {@link SaveJson}, so every save format version it reads
 * (and migrates) works here; a branch's save holds its decisions from the first quarter.
 */
public final class SaveReader {
    private SaveReader() {
    }

    /** A save that cannot be used, with the file and what is wrong. */
    public static final class SaveProblem extends Exception {
        public SaveProblem(String message) {
            super(message, null, false, false);
        }
    }

    /** The game and its scenario. */
    public record Loaded(RecordedGame game, Scenario scenario) {
    }

    /** The game of a loaded save. */
    public static RecordedGame game(SaveFile save, String name) {
        String team = save.team() == null || save.team().isBlank() ? name : save.team();
        return new RecordedGame(team, save.scenarioId(), save.seed(), save.decisions(), save.quarters().size());
    }

    /**
     * Reads {@code file}. {@code scenarioOverride}, when not null, replaces the save's scenario (a
     * built-in name or a file): the same decisions in another scenario's worlds.
     */
    public static Loaded read(Path file, String scenarioOverride) throws SaveProblem {
        SaveFile save;
        try {
            save = SaveJson.load(file);
        } catch (SaveException e) {
            throw new SaveProblem(e.getMessage());
        }
        Scenario sc = save.scenario();
        if (scenarioOverride != null) {
            try {
                sc = ScenarioLoader.resolve(scenarioOverride);
            } catch (ScenarioException e) {
                throw new SaveProblem(scenarioOverride + ": " + e.problems().get(0));
            }
        }
        return new Loaded(game(save, file.getFileName().toString()), sc);
    }
}
