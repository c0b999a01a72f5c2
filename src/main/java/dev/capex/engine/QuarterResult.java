package dev.capex.engine;

import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Statements;
import java.util.List;

/**
 * What resolving a quarter returns: the new state, what happened and why, the quarter's statements, and
 * why the market priced the shares as it did ({@code valuation}; null when the game ended before the
 * valuation ran). The valuation's parts explain the state; they are not part of it (nor of its digest).
 */
public record QuarterResult(GameState state, List<GameEvent> events, Statements statements,
        dev.capex.engine.model.ValuationParts valuation) {
    public QuarterResult {
        events = List.copyOf(events);
    }
}
