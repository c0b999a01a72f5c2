package dev.capex.engine.levers;

import static dev.capex.engine.levers.Checks.names;
import static dev.capex.engine.levers.Checks.needCash;
import static dev.capex.engine.levers.Checks.require;

import dev.capex.engine.decision.Decision.OrderGpus;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.event.Reason;
import dev.capex.engine.model.Account;
import dev.capex.engine.model.CashLine;
import dev.capex.engine.model.EffectType;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.GpuOrder;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario.GpuGeneration;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.turn.Turn;

/** Order GPUs of a generation: a deposit now, the rest on delivery after the lead time. */
public final class OrderGpusRule extends LeverRule<OrderGpus, OrderGpusRule.Terms> {
    public OrderGpusRule() {
        super(OrderGpus.class);
    }

    /** The generation, the price of one GPU, the order's total and its deposit. */
    public record Terms(GpuGeneration generation, double price, long totalM, long depositM) {
    }

    /** The price of one GPU of a generation this quarter, with the shortage premium. */
    public static double gpuPrice(Turn w, GpuGeneration g) {
        return w.gpuPrice(g);
    }

    /** Quarters from an order to delivery: longer in a shortage and while a card delays deliveries. */
    public static int leadTime(Turn w, GpuGeneration g) {
        return g.leadTimeQuarters() + (w.shortage() > w.sc.macro().extraLeadTimeAbove() ? 1 : 0)
                + (int) StrictMath.round(w.effect(EffectType.gpuLeadTime));
    }

    /** The order: units, generation, price, total, deposit, when it is due, and the power and compute it brings. */
    /**
     * @param leadQuarters quarters from the order to its delivery
     * @param catalogueLeadQuarters the generation's lead time (delivery is later while GPUs are short)
     */
    public record Done(String id, long units, String generation, double price, long totalM, long depositM, Quarter due,
            double gw, double h100e, int leadQuarters, int catalogueLeadQuarters) implements GameEvent.Outcome {
    }

    @Override
    public Terms check(Turn w, OrderGpus o) throws Refusal {
        if (!(o.generation() != null && w.ix.generation(o.generation()) != null)) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(
                Reason.Kind.NO_GENERATION, o.generation(), names(w.sc.gpuGenerations(), GpuGeneration::id));
        }
        GpuGeneration g = w.ix.generation(o.generation());
        if (w.q.ordinal() < w.ix.availableFrom(g)) { // Quarter.parse(g.availableFrom()), parsed once a scenario
            throw new Refusal(Reason.Kind.NOT_AVAILABLE, g.name(),
                g.availableFrom());
        }
        require(o.units() > 0, Reason.Kind.ORDER_ONE);
        long orderedThisQuarter = 0;
        for (GpuOrder existing : w.fleet.orders) {
            if (existing.placed().equals(w.q) && existing.generation().equals(g.id())) {
                orderedThisQuarter += existing.units();
            }
        }
        if (!(orderedThisQuarter + o.units() <= g.maxUnitsPerQuarter())) {
            throw new Refusal(Reason.Kind.ALLOCATION, g.maxUnitsPerQuarter(), g.name(), orderedThisQuarter);
        }
        double price = gpuPrice(w, g);
        long total = Turn.round(o.units() * price / 1e6);
        long deposit = Turn.round(total * g.depositShare());
        needCash(w, deposit, Reason.Spending.DEPOSIT);
        return new Terms(g, price, total, deposit);
    }

    @Override
    public Done apply(Turn w, OrderGpus o, Terms t) {
        GpuGeneration g = t.generation();
        double price = t.price();
        long deposit = t.depositM();
        int lead = leadTime(w, g); // once: nothing between here and the event changes it
        Quarter due = w.q.plus(lead);
        String id = w.id("ORDER");
        w.fleet.orders.add(new GpuOrder(id, g.id(), o.units(), 0, price, deposit, 0, w.q, due));
        w.post(Account.GPU_DEPOSITS, Account.CASH, deposit, CashLine.CAPEX_GPUS);
        double kw = o.units() * g.kwPerGpu() / 1e6;
        return new Done(id, o.units(), g.name(), price, t.totalM(), deposit, due, kw, o.units() * g.h100Equivalent(),
                lead, g.leadTimeQuarters());
    }

    @Override
    public Decision random(Scenario sc, GameState s, RandomStream r) {
        return new OrderGpus(pick(sc.gpuGenerations(), r).id(), 10000 + (long) (r.nextDouble() * 300000));
    }
}
