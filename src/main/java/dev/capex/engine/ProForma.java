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
 *
 * <p>Opened in place by {@link LiveGame#open}, it works on the live game's own working state instead of a
 * copy: a decision the engine accepts stays applied (the quarter is then played on from there), and a refused
 * one leaves no trace at all (its refusal event is dropped, as the quarter played with the accepted decisions
 * alone has none). In place, {@link #accepts} can judge only what is judged without applying (a corporate
 * private credit); {@link #sendLargestCorporateLoan} sends the largest loan a lender accepts either way.
 */
public final class ProForma {
    private final Scenario sc;
    private final GameState state;
    private final Turn w;
    private final List<Decision> sent = new ArrayList<>();
    /** A corporate loan: whether such a loan is judged without applying depends on nothing else. */
    private static final Decision.PrivateCredit CORPORATE = new Decision.PrivateCredit("", 1, "corporate", null, 0);
    /** True when {@code w} is a live game's own working state ({@link LiveGame#open}). */
    private final boolean inPlace;
    /** In place: the decisions sent and applied, in order (what the live game must be played with first). */
    private final List<Decision> applied;
    /** What the lenders' checks read from the turn, kept while nothing is sent (null after a send). */
    private PrivateCreditRule.CreditBasis basis;

    ProForma(Scenario sc, GameState state) {
        this.sc = sc;
        this.state = state;
        this.w = new Turn(sc, state);
        this.inPlace = false;
        this.applied = null;
    }

    /** A pro forma in place on a live game's working state, between its quarters ({@link LiveGame#open}). */
    ProForma(Scenario sc, Turn live) {
        this.sc = sc;
        this.state = null;
        this.w = live;
        this.inPlace = true;
        this.applied = new ArrayList<>(8);
    }

    /**
     * Sends a decision, as the next one of the quarter; true if the engine applied it. In place, a refused
     * decision leaves no trace: a check changes nothing ({@link dev.capex.engine.levers.LeverRule#check}), and
     * its refusal event is dropped.
     */
    public boolean send(Decision d) {
        sent.add(d);
        basis = null;
        LeverRules.apply(w, d);
        int last = w.events.size() - 1;
        boolean ok = !(w.events.get(last) instanceof GameEvent.DecisionRefused);
        if (inPlace) {
            if (ok) {
                applied.add(d);
            } else {
                w.events.remove(last);
            }
        }
        return ok;
    }

    /** Whether the engine would apply {@code d} after the decisions sent so far (nothing is sent). */
    public boolean accepts(Decision d) {
        if (PrivateCreditRule.judgedWithoutApplying(w, d)) {
            if (basis == null) {
                basis = new PrivateCreditRule.CreditBasis(w);
            }
            return PrivateCreditRule.accepts(w, (Decision.PrivateCredit) d, basis);
        }
        if (inPlace) {
            throw new IllegalStateException("a pro forma in place judges " + d + " only by applying it: send it");
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

    /**
     * Sends {@code new PrivateCredit(lender, amount, "corporate", null, 0)} for the amount
     * {@link #largestCorporateLoan} finds and returns it if the engine applied it, else null (nothing applied):
     * what finding the amount and then sending it does. The loan found is applied with the figures the search
     * read ({@link PrivateCreditRule#applyJudged}), not read again. In place, where a loan that is not judged
     * without applying cannot be tried and taken back, the amounts are sent one by one down to the first
     * applied (each refused one leaving no trace), which is the same judgement.
     */
    public Decision.PrivateCredit sendLargestCorporateLoan(String lender, long fromM, long downToM) {
        if (!PrivateCreditRule.judgedWithoutApplying(w, CORPORATE)) {
            for (long amount = fromM; amount >= downToM && amount > 0; amount /= 2) {
                Decision.PrivateCredit loan = new Decision.PrivateCredit(lender, amount, "corporate", null, 0);
                if (inPlace ? send(loan) : accepts(loan)) {
                    return inPlace || send(loan) ? loan : null;
                }
            }
            return null;
        }
        if (basis == null) {
            basis = new PrivateCreditRule.CreditBasis(w);
        }
        long amount = PrivateCreditRule.largestCorporate(w, lender, fromM, downToM, basis);
        if (amount <= 0) {
            return null;
        }
        // applied as LeverRules.apply would, its checks reading the figures the search has read (the turn stands still)
        Decision.PrivateCredit loan = new Decision.PrivateCredit(lender, amount, "corporate", null, 0);
        PrivateCreditRule.CreditBasis judged = basis;
        sent.add(loan);
        basis = null;
        boolean ok = PrivateCreditRule.applyJudged(w, loan, judged);
        if (ok) {
            basis = judged.afterLoan(); // what the loan did not change, carried over for the next lender's search
        }
        if (inPlace) {
            if (ok) {
                applied.add(loan);
            } else {
                w.events.remove(w.events.size() - 1);
            }
        }
        return ok ? loan : null;
    }

    /** Cash after the decisions sent so far ({@link Preview#cashAfterM()}). */
    public long cashAfterM() {
        return w.cash();
    }

    /** The decisions sent so far, applied or not, in order. */
    public List<Decision> sent() {
        return List.copyOf(sent);
    }

    /** In place: the decisions sent and applied so far, in order (the live game's own list: not to be changed). */
    List<Decision> appliedInPlace() {
        return applied;
    }
}
