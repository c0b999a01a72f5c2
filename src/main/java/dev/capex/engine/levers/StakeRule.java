package dev.capex.engine.levers;

import static dev.capex.engine.levers.Checks.names;
import static dev.capex.engine.levers.Checks.needCash;
import static dev.capex.engine.levers.Checks.require;

import dev.capex.engine.decision.Decision.Stake;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.event.Reason;
import dev.capex.engine.model.Account;
import dev.capex.engine.model.CashLine;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario.StakeTarget;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.model.StakeHolding;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.rules.StakeRules;
import dev.capex.engine.turn.Turn;

/** Buy a stake in a target company: below 50% non-voting, 50% or more control (at a premium). */
public final class StakeRule extends LeverRule<Stake, StakeRule.Terms> {
    public StakeRule() {
        super(Stake.class);
    }

    /** The target, whether the stake controls it, and its price. */
    public record Terms(StakeTarget target, boolean control, long priceM) {
    }

    /** The stake bought: share, target, price, control, the target's valuation, the stars who join, integration. */
    public record Done(double share, String target, long priceM, boolean control, long valuationM, int leaderStars,
            Quarter integrated, double benefitShare) implements GameEvent.Outcome {
    }

    @Override
    public Terms check(Turn w, Stake s) throws Refusal {
        if (!(s.target() != null && w.sc.target(s.target()) != null)) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.NO_TARGET,
                s.target(), names(w.sc.targets(), StakeTarget::id));
        }
        StakeTarget t = w.sc.target(s.target());
        if (w.q.isBefore(Quarter.parse(t.availableFrom()))) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.NOT_FOR_SALE, t.name(),
                t.availableFrom());
        }
        StakeHolding held = w.stake(t.id());
        if (!(held == null)) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.ALREADY_HOLDS, held == null ? 0.0 : held.share() * 100,
                t.name());
        }
        if (!(s.share() >= t.minStake() && s.share() <= t.maxStake())) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.STAKE_RANGE,
                t.name(), t.minStake() * 100, t.maxStake() * 100);
        }
        boolean control = s.share() >= 0.5;
        long price = Turn.round(s.share() * t.valuationM() * (control ? 1 + t.controlPremium() : 1));
        needCash(w, price, Reason.Spending.STAKE);
        return new Terms(t, control, price);
    }

    @Override
    public Done apply(Turn w, Stake s, Terms terms) {
        StakeTarget t = terms.target();
        boolean control = terms.control();
        long price = terms.priceM();
        w.post(Account.INVESTMENTS, Account.CASH, price, CashLine.STAKES);
        double flight = t.customerFlightShare();
        double valueAfterFlight = t.valuationM() * (1 - flight);
        // Antitrust: drawn from the player's own stream (this reacts to the player, so it may differ by path).
        boolean probe = w.random.stream(w.q, "stake.antitrust." + t.id())
                .chance(control ? t.antitrustProbabilityControl() : t.antitrustProbability());
        // A controlling stake is a merger: it waits for the competition authorities' review before integration.
        Quarter integrated = w.q.plus(t.integrationQuarters()
                + (control ? w.sc.economics().stakes().controlReviewQuarters() : 0));
        w.books.stakes.add(new StakeHolding(t.id(), s.share(), control, price, price, valueAfterFlight, w.q, integrated,
                probe, false));
        int joining = StakeRules.starsJoining(w.sc, t, s.share(), control);
        w.lab.stars += joining;
        Done outcome = new Done(s.share(), t.name(), price, control, t.valuationM(), joining, integrated,
                StakeRules.benefitShare(w.sc, s.share(), control));
        if (flight > 0) {
            w.event(GameEvent.StakeNews.customersFlee(t.id(), t.name(), flight, Turn.round(valueAfterFlight)));
        }
        if (probe) {
            w.event(GameEvent.StakeNews.probe(t.id(), t.name()));
        }
        return outcome;
    }

    @Override
    public Decision random(Scenario sc, GameState s, RandomStream r) {
        return new Stake(pick(sc.targets(), r).id(), 0.1 + 0.9 * r.nextDouble());
    }
}
