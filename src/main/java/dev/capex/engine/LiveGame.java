package dev.capex.engine;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.GameStatus;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.QuarterFigures;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.model.Statements;
import dev.capex.engine.turn.Turn;
import java.util.List;

/**
 * A game played on, quarter after quarter, in one working state the engine owns: what a batch run, a
 * bot's search or a replay asks of the engine when nobody needs every quarter's {@link GameState}. The
 * state is built only when asked ({@link #state()}) and is then the same, bit for bit, as
 * {@link Engine#resolve} would have given for the same decisions (GameLoopEquivalenceTest plays both ways
 * on every built-in scenario). Not thread-safe: one game, one thread.
 */
public final class LiveGame {
    private final Scenario sc;
    private final Turn w;
    /** The state between quarters, once built (null until asked after a quarter). */
    private GameState state;
    private List<GameEvent> events = List.of();
    private Statements statements;

    private LiveGame(Scenario sc, GameState s) {
        this.sc = sc;
        this.w = new Turn(sc, s);
        this.state = s;
    }

    /** A new game of {@code sc} with {@code seed}, at its opening position. */
    public static LiveGame start(Scenario sc, long seed) {
        return new LiveGame(sc, Engine.start(sc, seed));
    }

    /** The game standing at {@code s} (a save's last state, a branch point). */
    public static LiveGame from(Scenario sc, GameState s) {
        return new LiveGame(sc, s);
    }

    public Scenario scenario() {
        return sc;
    }

    /**
     * Plays the next quarter with {@code decisions} (each applied in order; a refused one is skipped and
     * reported) and returns what happened. The state is not built.
     */
    public List<GameEvent> play(List<Decision> decisions) {
        if (isOver()) {
            throw new IllegalStateException("the game is over: " + w.endReason);
        }
        statements = Engine.play(w, decisions);
        events = w.events;
        w.nextQuarter();
        state = null;
        return events;
    }

    /** Plays the next quarter and builds its state: what {@link Engine#resolve} returns. */
    public QuarterResult resolve(List<Decision> decisions) {
        List<GameEvent> ev = play(decisions);
        return new QuarterResult(state(), ev, statements);
    }

    /** The state between quarters, built on first asking after each quarter. */
    public GameState state() {
        GameState s = state;
        if (s == null) {
            state = s = Engine.state(w, false);
        }
        return s;
    }

    /** The last quarter's events (none before the first). */
    public List<GameEvent> events() {
        return events;
    }

    /** The last quarter's statements (null before the first). */
    public Statements statements() {
        return statements;
    }

    public boolean isOver() {
        return w.status != GameStatus.PLAYING;
    }

    public GameStatus status() {
        return w.status;
    }

    /** Quarters played so far. */
    public int turn() {
        return w.t;
    }

    /** The next quarter to be played. */
    public Quarter quarter() {
        return w.q;
    }

    /** The latest quarter's figures (a pre-game quarter before the first turn). */
    public QuarterFigures latest() {
        List<QuarterFigures> h = w.books.history;
        return h.get(h.size() - 1);
    }
}
