package dev.capex.report;

import java.nio.file.Path;

/**
 * The one door through which reports read games from files: a save (the saves format) or a plan file
 * with a team, scenario and seed given on the command line. Replaying happens after, in {@link ReplayedGame}.
 */
public interface GameSource {

    /** Reads one team's game from a file; a problem is a one-line message naming the file. */
    TeamGame read(Path file) throws BadInput;

    /** A file a report cannot use, with where and why. */
    final class BadInput extends Exception {
        public BadInput(String message) {
            super(message, null, false, false);
        }
    }
}
