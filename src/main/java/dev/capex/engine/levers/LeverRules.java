package dev.capex.engine.levers;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.event.Reason;
import dev.capex.engine.turn.Turn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every lever's rule, in the order a player meets them. This list owns each decision's name: plan files,
 * saves and the scenario's list of levers switched off read it here ({@link #TYPES}, {@link #type}), the
 * shell finds each lever's form and text command by it, and the random bot draws from it. A new lever is
 * its decision record, its rule (one line here) and its form and docs in the shell.
 */
public final class LeverRules {
    private LeverRules() {
    }

    /** The rules, in the order a player meets them (the random bot draws a lever by its position here). */
    public static final List<LeverRule<?, ?>> ALL = List.of(new PrivateCreditRule(), new BondRule(),
            new EquityRaiseRule(), new AssetSaleRule(), new StakeRule(), new HireRule(), new RestructureRule(),
            new OrderGpusRule(), new BuildRule(), new RentCloudRule(), new TrainingShareRule(),
            new ComputeResaleRule(), new RealityLabsRule(), new DividendRule(), new BuybackRule(), new RepayRule(),
            new DeferGpusRule(), new JointVentureRule(), new HiringFreezeRule(),
            new BondDealRule(), new ModelReleaseRule());

    /** Every lever's name, in the order of {@link #ALL}. */
    public static final List<String> TYPES = ALL.stream().map(LeverRule::type).toList();

    private static final Map<Class<?>, LeverRule<?, ?>> BY_RECORD = new HashMap<>();
    private static final Map<String, LeverRule<?, ?>> BY_TYPE = new HashMap<>();

    static {
        for (LeverRule<?, ?> r : ALL) {
            if (BY_RECORD.put(r.decision(), r) != null || BY_TYPE.put(r.type(), r) != null) {
                throw new IllegalStateException("two rules for the lever " + r.type());
            }
        }
    }

    /** Each decision record's rule, kept with the class itself once found (no hash lookup per decision), or null. */
    private static final ClassValue<LeverRule<?, ?>> RULE = new ClassValue<>() {
        @Override
        protected LeverRule<?, ?> computeValue(Class<?> type) {
            return BY_RECORD.get(type);
        }
    };

    /** The rule of a decision's lever. */
    public static LeverRule<?, ?> of(Decision d) {
        LeverRule<?, ?> r = RULE.get(d.getClass());
        if (r == null) {
            throw new IllegalArgumentException("no rule for " + d.getClass().getSimpleName());
        }
        return r;
    }

    /** The rule of the lever with this name, or null. */
    public static LeverRule<?, ?> byType(String type) {
        return BY_TYPE.get(type);
    }

    /** A decision's lever name: "orderGpus". */
    public static String type(Decision d) {
        return of(d).type();
    }

    /**
     * Step 1 of a quarter, for one decision: checked against the state as it stands after the decisions
     * before it (so the same cash cannot be spent twice) and applied, or refused with a reason a player
     * understands. Either way an event says what happened.
     */
    public static void apply(Turn w, Decision d) {
        try {
            if (d == null) {
                throw new Refusal(Reason.Kind.EMPTY);
            }
            LeverRule<?, ?> rule = of(d);
            if (!w.sc.leverEnabled(rule.type())) {
                throw new Refusal(Reason.Kind.SWITCHED_OFF, rule.type());
            }
            GameEvent.Outcome outcome = rule.run(w, d);
            w.applied.add(d);
            w.event(new GameEvent.DecisionApplied(d, outcome));
        } catch (Refusal r) {
            w.event(new GameEvent.DecisionRefused(d, r.reason()));
        }
    }
}
