package dev.capex.report;

import dev.capex.save.SaveException;
import dev.capex.save.SaveFile;
import dev.capex.save.SaveJson;
import java.nio.file.Path;

/**
 * Reads a save as a team's game: the save carries the team, the scenario (embedded), the seed and every
 * quarter's decisions (docs/save-format.md). The report replays it up to the last quarter saved.
 */
public final class SaveSource implements GameSource {

    @Override
    public TeamGame read(Path file) throws BadInput {
        try {
            SaveFile s = SaveJson.load(file);
            return new TeamGame(s.team(), s.scenario(), s.seed(), s.decisions(), file.toString(), false);
        } catch (SaveException e) {
            throw new BadInput(e.getMessage());
        }
    }
}
