package dev.capex.report;

import java.nio.file.Path;

/**
 * Reads a save as a team's game: the save carries the team, the scenario, the seed and every quarter's
 * decisions. HOOK(saves): the save format belongs to dev.capex.save; until its loader is on main this
 * source explains how to report from plan files instead.
 */
public final class SaveSource implements GameSource {

    @Override
    public TeamGame read(Path file) throws BadInput {
        throw new BadInput(file + ": reading saves is not available in this build yet; report from plan files or "
                + "workshop decision logs with --plan FILE --scenario NAME --seed N");
    }
}
