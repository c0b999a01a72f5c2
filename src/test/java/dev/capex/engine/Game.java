package dev.capex.engine;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.Account;
import dev.capex.engine.model.CashLine;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.model.Statements;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** A game played quarter by quarter in a test, with readable questions about the last quarter. */
final class Game {
    final Scenario sc;
    GameState state;
    QuarterResult last;
    final List<QuarterResult> results = new ArrayList<>();

    private Game(Scenario sc, GameState state) {
        this.sc = sc;
        this.state = state;
    }

    static Game start(Scenario sc, long seed) {
        return new Game(sc, Engine.start(sc, seed));
    }

    static Game baseline(long seed) {
        return start(TestWorld.baseline(), seed);
    }

    /** Plays the next quarter with these decisions. */
    QuarterResult play(Decision... decisions) {
        return play(Arrays.asList(decisions));
    }

    QuarterResult play(List<Decision> decisions) {
        if (state.isOver()) {
            fail("the game is already over in " + state.quarter() + ": " + dev.capex.report.EngineText.english(state.endReason()));
        }
        last = Engine.resolve(sc, state, decisions);
        state = last.state();
        results.add(last);
        return last;
    }

    /** Plays quarters without decisions until the condition holds on a quarter's result (at most n quarters). */
    QuarterResult playUntil(Predicate<QuarterResult> condition, int maxQuarters) {
        for (int i = 0; i < maxQuarters && !state.isOver(); i++) {
            play();
            if (condition.test(last)) {
                return last;
            }
        }
        fail("the condition never held within " + maxQuarters + " quarters");
        return null;
    }

    /** Plays quarters without decisions until the given quarter is next. */
    Game playTo(String quarter) {
        while (!state.quarter().toString().equals(quarter)) {
            play();
        }
        return this;
    }

    Statements statements() {
        return last.statements();
    }

    long line(Account a) {
        return last.statements().line(a);
    }

    long cash(CashLine l) {
        return last.statements().cash(l);
    }

    <E extends GameEvent> List<E> events(Class<E> kind) {
        return events(last, kind);
    }

    static <E extends GameEvent> List<E> events(QuarterResult r, Class<E> kind) {
        List<E> out = new ArrayList<>();
        for (GameEvent e : r.events()) {
            if (kind.isInstance(e)) {
                out.add(kind.cast(e));
            }
        }
        return out;
    }

    /** The reason the engine gave for refusing this decision last quarter (fails if it was applied). */
    String refusal(Decision d) {
        for (GameEvent e : last.events()) {
            if (e instanceof GameEvent.DecisionRefused r && r.decision().equals(d)) {
                return dev.capex.report.EngineText.english(r.reason());
            }
            if (e instanceof GameEvent.DecisionApplied a && a.decision().equals(d)) {
                fail("expected a refusal, but the engine applied " + d.summary() + ": " + dev.capex.report.EventText.outcome(a));
            }
        }
        fail("no outcome for " + d.summary() + " last quarter");
        return null;
    }

    /** What the engine reported on applying this decision last quarter (fails if it was refused). */
    String applied(Decision d) {
        for (GameEvent e : last.events()) {
            if (e instanceof GameEvent.DecisionApplied a && a.decision().equals(d)) {
                assertNotNull(dev.capex.report.EventText.outcome(a));
                return dev.capex.report.EventText.outcome(a);
            }
            if (e instanceof GameEvent.DecisionRefused r && r.decision().equals(d)) {
                fail("expected " + d.summary() + " to be applied, but it was refused: " + dev.capex.report.EngineText.english(r.reason()));
            }
        }
        fail("no outcome for " + d.summary() + " last quarter");
        return null;
    }
}
