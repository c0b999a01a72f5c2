package dev.capex.engine.levers;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.turn.Turn;

/**
 * The rule of one lever: its decision's record, whose name is the lever's (in plan files, saves and
 * scenarios' lists of levers switched off: see {@link Decision#type()}), the checks a decision must pass against the quarter as it stands (the terms it
 * would be applied on, or a {@link Refusal}), what applying it does, and a generator of plausible
 * decisions of its kind for the random bot. A check changes nothing; apply runs only after its check
 * passed, on the terms the check worked out. Listed in {@link LeverRules}.
 *
 * @param <D> the decision's record
 * @param <T> the terms its check works out for apply
 */
public abstract class LeverRule<D extends Decision, T> {
    private final String type;
    private final Class<D> decision;

    protected LeverRule(Class<D> decision) {
        this.type = Decision.typeOf(decision);
        this.decision = decision;
    }

    /** The lever's name: "orderGpus". */
    public final String type() {
        return type;
    }

    /** The record of this lever's decisions. */
    public final Class<D> decision() {
        return decision;
    }

    /** The terms {@code d} would be applied on now, or the refusal that says why not. Changes nothing. */
    public abstract T check(Turn w, D d) throws Refusal;

    /** Applies {@code d} on the terms its check gave; returns what it did, as data (the shell writes the sentence). */
    public abstract GameEvent.Outcome apply(Turn w, D d, T terms);

    /** A decision of this kind with plausible (not always valid) fields: for the random bot and tests. */
    public abstract Decision random(Scenario sc, GameState s, RandomStream r);

    /** Checks and applies {@code d} (a decision of this lever's record). */
    final GameEvent.Outcome run(Turn w, Decision d) throws Refusal {
        D typed = decision.cast(d);
        return apply(w, typed, check(w, typed));
    }

    protected static <X> X pick(java.util.List<X> list, RandomStream r) {
        return list.get(r.nextInt(list.size()));
    }
}
