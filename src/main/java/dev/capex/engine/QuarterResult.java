package dev.capex.engine;

import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Statements;
import java.util.List;

/** What resolving a quarter returns: the new state, what happened and why, and the quarter's statements. */
public record QuarterResult(GameState state, List<GameEvent> events, Statements statements) {
    public QuarterResult {
        events = List.copyOf(events);
    }
}
