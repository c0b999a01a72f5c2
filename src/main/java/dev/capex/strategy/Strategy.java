package dev.capex.strategy;

import dev.capex.engine.LiveGame;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario;
import java.util.List;

/**
 * Something that decides a quarter: a built-in bot or a plan file. Strategies read the state only
 * (never the future) and must be deterministic given (scenario, state), so that batch runs and replays
 * agree whatever the number of threads.
 */
public interface Strategy {
    String name();

    String description();

    List<Decision> decide(Scenario scenario, GameState state);

    /**
     * The same decision for a game played on in the engine's working state ({@link LiveGame}): a strategy that
     * needs less than the whole state (a plan reads the quarter only) answers without the state being built.
     * Must decide exactly as {@link #decide(Scenario, GameState)} with {@code game.state()}. A strategy that
     * judges its decisions may send them to the coming quarter opened in place ({@link LiveGame#open}); the
     * decisions the engine accepted there stay applied, so it must return them, first and in order (the built-in
     * bots return exactly those), and the caller must play the game with the list returned.
     */
    default List<Decision> decide(Scenario scenario, LiveGame game) {
        return decide(scenario, game.state());
    }

    /** A plan file as a strategy: its decisions for each quarter, none for quarters it omits. */
    static Strategy of(Plan plan) {
        return new Strategy() {
            public String name() {
                return plan.name();
            }

            public String description() {
                return "the plan file " + plan.name();
            }

            public List<Decision> decide(Scenario scenario, GameState state) {
                return plan.forQuarter(state.quarter());
            }

            @Override
            public List<Decision> decide(Scenario scenario, LiveGame game) {
                return plan.forQuarter(game.quarter());
            }
        };
    }
}
