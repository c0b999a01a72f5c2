package dev.capex.engine.levers;

import static dev.capex.engine.levers.Checks.money;
import static dev.capex.engine.levers.Checks.require;

import dev.capex.engine.decision.Decision.EquityRaise;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.event.Reason;
import dev.capex.engine.model.Account;
import dev.capex.engine.model.ActiveEffect;
import dev.capex.engine.model.CashLine;
import dev.capex.engine.model.EffectType;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario.Finance;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.turn.Turn;

/** Sell new shares at a discount to the market price, paying the banks' fee. */
public final class EquityRaiseRule extends LeverRule<EquityRaise, EquityRaiseRule.Terms> {
    public EquityRaiseRule() {
        super(EquityRaise.class);
    }

    /** The price per new share and the fee. */
    public record Terms(double price, long newShares, long feeM) {
    }

    /** The shares sold, their price, the dilution and the fees. */
    public record Done(long newShares, double price, double dilution, long feeM) implements GameEvent.Outcome {
    }

    @Override
    public Terms check(Turn w, EquityRaise e) throws Refusal {
        Finance f = w.sc.finance();
        require(e.amountM() > 0, Reason.Kind.POSITIVE);
        long max = Turn.round(w.market.marketCapM() * f.equityMaxShareOfCapPerQuarter());
        if (!(e.amountM() <= max)) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.EQUITY_MAX, money(max));
        }
        double price = w.market.sharePrice() * (1 - f.equityDiscount());
        return new Terms(price, Turn.round(e.amountM() * 1e6 / price), Turn.round(e.amountM() * f.equityFeeShare()));
    }

    @Override
    public Done apply(Turn w, EquityRaise e, Terms t) {
        long newShares = t.newShares();
        long fee = t.feeM();
        w.books.shares += newShares;
        w.post(Account.CASH, Account.PAID_IN_CAPITAL, e.amountM(), CashLine.EQUITY_ISSUED);
        w.post(Account.PAID_IN_CAPITAL, Account.CASH, fee, CashLine.FINANCING_FEES);
        // The signal: management sells when it thinks the shares are dear, and the market marks the price down.
        var signal = w.sc.economics().equity();
        if (signal.signalQuarters() > 0 && signal.signalPerShareOfCap() > 0 && w.market.marketCapM() > 0) {
            double drop = signal.signalPerShareOfCap() * e.amountM() / (double) w.market.marketCapM();
            w.world.effects.add(new ActiveEffect("equityRaise", "", EffectType.market, -drop, w.q.plus(signal.signalQuarters())));
        }
        long sharesBefore = w.books.shares - newShares;
        double price = t.price();
        return new Done(newShares, price, (double) newShares / sharesBefore, fee);
    }

    @Override
    public Decision random(Scenario sc, GameState s, RandomStream r) {
        return new EquityRaise(1000 + (long) (r.nextDouble() * 30000));
    }
}
