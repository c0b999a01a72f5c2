package dev.capex.engine.levers;

import static dev.capex.engine.levers.Checks.names;
import static dev.capex.engine.levers.Checks.needCash;
import static dev.capex.engine.levers.Checks.require;

import dev.capex.engine.decision.Decision.RentCloud;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.event.Reason;
import dev.capex.engine.model.CloudContract;
import dev.capex.engine.model.EffectType;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario.CloudProvider;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.turn.Turn;

/** Rent cloud GPU capacity (H100 equivalents) for a number of quarters, take-or-pay. */
public final class RentCloudRule extends LeverRule<RentCloud, RentCloudRule.Terms> {
    public RentCloudRule() {
        super(RentCloud.class);
    }

    /** The provider, the rent a quarter and the contract's first and last quarters. */
    public record Terms(CloudProvider provider, long rentM, Quarter starts, Quarter ends) {
    }

    /** The contract: its rent a quarter, its first and last quarters, and all it commits. */
    public record Done(String id, long rentM, Quarter starts, Quarter ends, long committedM)
            implements GameEvent.Outcome {
    }

    @Override
    public Terms check(Turn w, RentCloud c) throws Refusal {
        if (!(c.provider() != null && w.sc.cloudProvider(c.provider()) != null)) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.NO_CLOUD,
                c.provider(), names(w.sc.cloudProviders(), CloudProvider::id));
        }
        CloudProvider p = w.sc.cloudProvider(c.provider());
        if (!(c.quarters() >= p.minQuarters() && c.quarters() <= p.maxQuarters())) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(
                Reason.Kind.CLOUD_TERM, p.name(), p.minQuarters(), p.maxQuarters());
        }
        long rented = 0;
        for (CloudContract cc : w.fleet.cloud) {
            if (cc.provider().equals(p.id()) && !w.q.isAfter(cc.ends())) {
                rented += cc.h100e();
            }
        }
        if (!(c.h100e() > 0 && rented + c.h100e() <= p.maxH100e())) {
            throw new Refusal(Reason.Kind.CLOUD_MAX, p.name(), p.maxH100e(), rented);
        }
        double price = p.pricePerH100eQuarter() * (1 - w.effect(EffectType.priceWar));
        long rent = Turn.round(c.h100e() * price / 1e6);
        Quarter starts = w.q.plus(p.leadQuarters());
        Quarter ends = starts.plus(c.quarters() - 1);
        if (p.leadQuarters() == 0) {
            needCash(w, rent, Reason.Spending.RENT);
        }
        return new Terms(p, rent, starts, ends);
    }

    @Override
    public Done apply(Turn w, RentCloud c, Terms t) {
        String id = w.id("CLOUD");
        w.fleet.cloud.add(new CloudContract(id, t.provider().id(), c.h100e(), t.rentM(), t.starts(), t.ends()));
        return new Done(id, t.rentM(), t.starts(), t.ends(), t.rentM() * c.quarters());
    }

    @Override
    public Decision random(Scenario sc, GameState s, RandomStream r) {
        CloudProvider c = pick(sc.cloudProviders(), r);
        return new RentCloud(c.id(), 10000 + (long) (r.nextDouble() * c.maxH100e()),
                c.minQuarters() + r.nextInt(Math.max(1, c.maxQuarters() - c.minQuarters() + 1)));
    }
}
