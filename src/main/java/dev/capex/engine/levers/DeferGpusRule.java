package dev.capex.engine.levers;

import static dev.capex.engine.levers.Checks.m;
import static dev.capex.engine.levers.Checks.money;
import static dev.capex.engine.levers.Checks.names;
import static dev.capex.engine.levers.Checks.needCash;

import dev.capex.engine.decision.Decision.Buyback;
import dev.capex.engine.decision.Decision.DeferGpus;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.event.Reason;
import dev.capex.engine.model.Account;
import dev.capex.engine.model.CashLine;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.GpuOrder;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario.Liquidity;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.turn.Turn;

/**
 * Defer or cancel GPU deliveries still due: a deferral moves the order's due quarter by 1 to
 * economics.liquidity.maxDeferQuarters quarters for deferPenaltyShare of the outstanding value; a cancellation
 * (quarters 0) costs cancelPenaltyShare of it, taken first from the deposit not yet applied (the rest of the
 * deposit is refunded). Either penalty is an expense now. The liquidity valve of a real capex plan.
 */
public final class DeferGpusRule extends LeverRule<DeferGpus, DeferGpusRule.Terms> {
    public DeferGpusRule() {
        super(DeferGpus.class);
    }

    /** The order, the outstanding value, the penalty, and what of it comes out of the deposit. */
    public record Terms(GpuOrder order, long outstandingM, long penaltyM, long fromDepositM, long refundM) {
    }

    /** What happened to the order. */
    public record Done(String order, int quarters, long outstandingUnits, long penaltyM, long refundM, Quarter due)
            implements GameEvent.Outcome {
    }

    @Override
    public Terms check(Turn w, DeferGpus d) throws Refusal {
        Liquidity l = w.sc.economics().liquidity();
        GpuOrder o = null;
        for (GpuOrder x : w.fleet.orders) {
            if (x.id().equalsIgnoreCase(String.valueOf(d.order())) && x.outstanding() > 0) {
                o = x;
            }
        }
        if (o == null) {
            throw new Refusal(Reason.Kind.NO_ORDER, d.order(), names(w.fleet.orders, GpuOrder::id));
        }
        if (d.quarters() < 0 || d.quarters() > l.maxDeferQuarters()) {
            throw l.maxDeferQuarters() <= 0 ? new Refusal(Reason.Kind.NO_DEFER)
                    : new Refusal(Reason.Kind.DEFER_RANGE, l.maxDeferQuarters());
        }
        long outstanding = Turn.round(o.outstanding() * o.unitPriceUsd() / 1e6);
        double share = d.quarters() == 0 ? l.cancelPenaltyShare() : l.deferPenaltyShare();
        long penalty = Turn.round(outstanding * share);
        long deposit = d.quarters() == 0 ? o.depositM() - o.depositAppliedM() : 0;
        long fromDeposit = Math.min(deposit, penalty);
        long refund = deposit - fromDeposit;
        needCash(w, penalty - fromDeposit, d.quarters() == 0 ? Reason.Spending.PENALTY : Reason.Spending.FEE);
        return new Terms(o, outstanding, penalty, fromDeposit, refund);
    }

    @Override
    public Done apply(Turn w, DeferGpus d, Terms t) {
        GpuOrder o = t.order();
        w.post(Account.RESTRUCTURING, Account.CASH, t.penaltyM() - t.fromDepositM(), CashLine.OPERATING_PAYMENTS);
        w.post(Account.RESTRUCTURING, Account.GPU_DEPOSITS, t.fromDepositM());
        w.post(Account.CASH, Account.GPU_DEPOSITS, t.refundM(), CashLine.CAPEX_GPUS);
        for (int i = 0; i < w.fleet.orders.size(); i++) {
            if (w.fleet.orders.get(i).id().equals(o.id())) {
                if (d.quarters() == 0) {
                    w.fleet.orders.remove(i);
                } else {
                    w.fleet.orders.set(i, new GpuOrder(o.id(), o.generation(), o.units(), o.delivered(), o.unitPriceUsd(),
                            o.depositM(), o.depositAppliedM(), o.placed(), o.due().plus(d.quarters())));
                }
                break;
            }
        }
        return new Done(o.id(), d.quarters(), o.outstanding(), t.penaltyM(), t.refundM(),
                d.quarters() == 0 ? null : o.due().plus(d.quarters()));
    }

    /** Defers or cancels an order on the books (a buyback of nothing when there is none). */
    @Override
    public Decision random(Scenario sc, GameState s, RandomStream r) {
        if (s.fleet().orders().isEmpty()) {
            return new Buyback(0);
        }
        var o = pick(s.fleet().orders(), r);
        return new DeferGpus(o.id(), r.nextInt(3));
    }

    static String money(long v) {
        return m(v);
    }
}
