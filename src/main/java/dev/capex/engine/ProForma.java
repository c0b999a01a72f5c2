package dev.capex.engine;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.levers.LeverRules;
import dev.capex.engine.levers.PrivateCreditRule;
import dev.capex.engine.turn.Turn;
import java.util.ArrayList;
import java.util.List;

/**
 * A pro forma built one decision at a time: what {@link Engine#preview} shows for a list, but without
 * starting again from the state for every list a search tries. After {@code send(d1) ... send(dn)} it
 * stands exactly where {@code Engine.preview(sc, s, List.of(d1, ..., dn))} stands after its last
 * decision; {@link #accepts} tells whether one more decision would be applied there, as
 * {@code Engine.preview(sc, s, [d1, ..., dn, d]).lastRefused()} would, without sending it. Nothing
 * here changes the game: it is a scratch copy, for bots that search (the most a lender will lend).
 * Not thread-safe; cheap to make (one copy of the state's lists).
 */
public final class ProForma {
    private final Scenario sc;
    private final GameState state;
    private final Turn w;
    private final List<Decision> sent = new ArrayList<>();
    /** What the lenders' checks read from the turn, kept while nothing is sent (null after a send). */
    private PrivateCreditRule.CreditBasis basis;

    ProForma(Scenario sc, GameState state) {
        this.sc = sc;
        this.state = state;
        this.w = new Turn(sc, state);
    }

    /** Sends a decision, as the next one of the quarter; true if the engine applied it. */
    public boolean send(Decision d) {
        sent.add(d);
        basis = null;
        LeverRules.apply(w, d);
        return !(w.events.get(w.events.size() - 1) instanceof GameEvent.DecisionRefused);
    }

    /** Whether the engine would apply {@code d} after the decisions sent so far (nothing is sent). */
    public boolean accepts(Decision d) {
        if (PrivateCreditRule.judgedWithoutApplying(w, d)) {
            if (basis == null) {
                basis = new PrivateCreditRule.CreditBasis(w);
            }
            return PrivateCreditRule.accepts(w, (Decision.PrivateCredit) d, basis);
        }
        List<Decision> trial = new ArrayList<>(sent);
        trial.add(d);
        return !Engine.preview(sc, state, trial).lastRefused();
    }

    /**
     * The first of {@code fromM}, {@code fromM / 2}, ... (while at least {@code downToM}) that
     * {@code accepts(new PrivateCredit(lender, amount, "corporate", null, 0))} would accept, or 0 if none:
     * the same answer as asking for each amount in turn, with the checks that do not depend on the amount
     * made once (nothing is sent).
     */
    public long largestCorporateLoan(String lender, long fromM, long downToM) {
        Decision.PrivateCredit first = new Decision.PrivateCredit(lender, fromM, "corporate", null, 0);
        if (!PrivateCreditRule.judgedWithoutApplying(w, first)) {
            for (long amount = fromM; amount >= downToM && amount > 0; amount /= 2) {
                if (accepts(amount == fromM ? first : new Decision.PrivateCredit(lender, amount, "corporate", null, 0))) {
                    return amount;
                }
            }
            return 0;
        }
        if (basis == null) {
            basis = new PrivateCreditRule.CreditBasis(w);
        }
        return PrivateCreditRule.largestCorporate(w, lender, fromM, downToM, basis);
    }

    /** Cash after the decisions sent so far ({@link Preview#cashAfterM()}). */
    public long cashAfterM() {
        return w.cash();
    }

    /** The decisions sent so far, applied or not, in order. */
    public List<Decision> sent() {
        return List.copyOf(sent);
    }
}
