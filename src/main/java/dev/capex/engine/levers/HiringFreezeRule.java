package dev.capex.engine.levers;

import static dev.capex.engine.levers.Checks.require;

import dev.capex.engine.decision.Decision.HiringFreeze;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.Reason;
import dev.capex.engine.model.ActiveEffect;
import dev.capex.engine.model.EffectType;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.turn.Turn;

/**
 * A hiring freeze: while it lasts the core workforce does not grow (core costs stop rising with headcount,
 * {@code costs.coreOpexGrowthPerQuarter}) and no star can be hired. Kept as an active effect
 * ({@link #EFFECT}) until its last quarter; a freeze of 0 quarters lifts one in force.
 */
public final class HiringFreezeRule extends LeverRule<HiringFreeze, Void> {
    /** The effect a freeze leaves on the world while it lasts (read by CostRules and HireRule). */
    public static final EffectType EFFECT = EffectType.hiringFreeze;
    /** The longest freeze the board allows, in quarters. */
    static final int MAX_QUARTERS = 8;

    public HiringFreezeRule() {
        super(HiringFreeze.class);
    }

    /** What the decision did: lifted a freeze, or froze hiring until a quarter (its last). */
    public record Done(boolean lifted, Quarter lastQuarter) implements dev.capex.engine.event.GameEvent.Outcome {
    }

    @Override
    public Void check(Turn w, HiringFreeze f) throws Refusal {
        if (!(f.quarters() >= 0 && f.quarters() <= MAX_QUARTERS)) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.FREEZE_RANGE,
                MAX_QUARTERS, f.quarters());
        }
        require(f.quarters() > 0 || w.effectActive(EFFECT, ""), Reason.Kind.NO_FREEZE);
        return null;
    }

    @Override
    public Done apply(Turn w, HiringFreeze f, Void terms) {
        w.world.effects.removeIf(e -> e.type() == EFFECT);
        if (f.quarters() == 0) {
            return new Done(true, null);
        }
        Quarter until = w.q.plus(f.quarters());
        w.world.effects.add(new ActiveEffect("decision", "", EFFECT, 1.0, until));
        return new Done(false, until.plus(-1));
    }

    @Override
    public Decision random(Scenario sc, GameState s, RandomStream r) {
        return new HiringFreeze(r.nextInt(MAX_QUARTERS + 2));
    }
}
