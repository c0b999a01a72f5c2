package dev.capex.save;

import dev.capex.engine.QuarterResult;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario;
import java.util.List;
import java.util.Map;

/**
 * A game being played, as the autosave sees it: what a save records, and a hook called after each
 * quarter. The play package's {@code GameSession} is one; the save package does not depend on it
 * (the save layer sits below the dashboard and text mode).
 */
public interface LiveGame {
    Scenario scenario();

    long seed();

    String team();

    /** Every quarter's decisions so far, in order. */
    Map<Quarter, List<Decision>> log();

    /** Every quarter's result so far, in the order of {@link #log()}. */
    List<QuarterResult> results();

    /** Runs {@code action} after each quarter is resolved. */
    void afterEachQuarter(Runnable action);
}
