package dev.capex.engine.levers;

import static dev.capex.engine.levers.Checks.money;
import static dev.capex.engine.levers.Checks.names;
import static dev.capex.engine.levers.Checks.needCash;
import static dev.capex.engine.levers.Checks.require;

import dev.capex.engine.decision.Decision.Buyback;
import dev.capex.engine.decision.Decision.Repay;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.event.Reason;
import dev.capex.engine.model.DebtInstrument;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.rules.FinanceRules;
import dev.capex.engine.turn.Turn;

/** Repay debt early: part or all of an instrument's principal. */
public final class RepayRule extends LeverRule<Repay, RepayRule.Terms> {
    public RepayRule() {
        super(Repay.class);
    }

    /** The instrument repaid. */
    public record Terms(DebtInstrument debt) {
    }

    /** What is left on the debt repaid. */
    public record Done(String instrument, long leftM) implements GameEvent.Outcome {
    }

    @Override
    public Terms check(Turn w, Repay r) throws Refusal {
        if (!(r.instrument() != null)) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.NAME_DEBT, names(w.financing.debts, DebtInstrument::id));
        }
        DebtInstrument d = null;
        for (DebtInstrument x : w.financing.debts) {
            if (x.id().equalsIgnoreCase(r.instrument())) {
                d = x;
            }
        }
        if (d == null) {
            throw new Refusal(Reason.Kind.NO_DEBT, r.instrument(), names(w.financing.debts, DebtInstrument::id));
        }
        if (!(r.amountM() > 0 && r.amountM() <= d.principalM())) {
            throw new Refusal(Reason.Kind.REPAY_RANGE, money(d.principalM()), d.id());
        }
        needCash(w, r.amountM(), Reason.Spending.REPAYMENT);
        return new Terms(d);
    }

    @Override
    public Done apply(Turn w, Repay r, Terms t) {
        DebtInstrument d = t.debt();
        FinanceRules.repay(w, d, r.amountM(), GameEvent.DebtRepaid.Why.EARLY);
        return new Done(d.id(), d.principalM() - r.amountM());
    }

    /** Repays part of a debt outstanding (a buyback of nothing when there is none, as the random bot always did). */
    @Override
    public Decision random(Scenario sc, GameState s, RandomStream r) {
        if (s.financing().debts().isEmpty()) {
            return new Buyback(0);
        }
        var d = pick(s.financing().debts(), r);
        return new Repay(d.id(), 1 + (long) (r.nextDouble() * d.principalM()));
    }
}
