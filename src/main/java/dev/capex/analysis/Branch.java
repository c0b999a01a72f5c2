package dev.capex.analysis;

import dev.capex.engine.model.Quarter;
import dev.capex.save.SaveFile;
import java.util.List;

/**
 * A branch of a saved game: a new game with the same scenario and seed that keeps the decisions of
 * the quarters before the branch point and records its parent (the save and the quarter). Played on
 * from there with other decisions, it shows what those decisions change in the same world.
 */
public final class Branch {
    private Branch() {
    }

    /** Why a branch cannot be cut where asked. */
    public static final class BadBranchPoint extends Exception {
        public BadBranchPoint(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The branch of {@code save} at {@code at}: the quarters before {@code at} are kept (with their
     * digests and figures), {@code at} is the first quarter to play in the new game. {@code at} may be
     * any quarter from the scenario's first to the one after the last played.
     */
    public static SaveFile at(SaveFile save, String parentName, Quarter at, String team, String created,
            String programVersion) throws BadBranchPoint {
        Quarter first = save.scenario().start();
        Quarter after = save.nextQuarter();
        if (at.isBefore(first) || at.isAfter(after)) {
            throw new BadBranchPoint("--at " + at + " is outside the game: the save holds " + (save.quarters().isEmpty()
                    ? "no quarter yet" : first + " to " + after.plus(-1)) + ", so a branch starts between " + first
                    + " and " + after);
        }
        List<SaveFile.SavedQuarter> kept = save.quarters().subList(0, at.minus(first));
        return new SaveFile(save.formatVersion(), programVersion, created, team, save.scenarioId(),
                save.scenarioSha256(), save.seed(), new SaveFile.Parent(parentName, at.toString()), kept,
                save.scenario());
    }
}
