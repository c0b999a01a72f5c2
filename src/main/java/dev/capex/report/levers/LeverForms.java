package dev.capex.report.levers;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.levers.LeverRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every lever's form and text command, in the order of the engine's registry ({@link LeverRules#ALL}):
 * the dashboard lists them in that order with keys a, b, c..., the text modes' help in that order.
 */
public final class LeverForms {
    private LeverForms() {
    }

    private static final List<LeverForm<?>> FORMS = List.of(new PrivateCreditForm(), new BondForm(),
            new EquityRaiseForm(), new AssetSaleForm(), new StakeForm(), new HireForm(), new RestructureForm(),
            new OrderGpusForm(), new BuildForm(), new RentCloudForm(), new TrainingShareForm(),
            new ComputeResaleForm(), new RealityLabsForm(), new DividendForm(), new BuybackForm(), new RepayForm(),
            new DeferGpusForm(), new JointVentureForm(), new HiringFreezeForm(), new BondDealForm(),
            new ModelReleaseForm());

    /** The forms in the order of the engine's levers. */
    public static final List<LeverForm<?>> ALL = inEngineOrder();

    private static final Map<String, LeverForm<?>> BY_COMMAND = new HashMap<>();

    static {
        for (LeverForm<?> f : ALL) {
            if (BY_COMMAND.put(f.usage().command(), f) != null) {
                throw new IllegalStateException("two levers use the command " + f.usage().command());
            }
        }
    }

    private static List<LeverForm<?>> inEngineOrder() {
        List<LeverForm<?>> out = new ArrayList<>();
        for (String type : LeverRules.TYPES) {
            out.add(FORMS.stream().filter(f -> f.type().equals(type)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the lever " + type + " has no form")));
        }
        return List.copyOf(out);
    }

    /** The form of the lever with this name. */
    public static LeverForm<?> byType(String type) {
        for (LeverForm<?> f : ALL) {
            if (f.type().equals(type)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no lever " + type);
    }

    /** The form of a decision's lever. */
    public static LeverForm<?> of(Decision d) {
        return byType(LeverRules.type(d));
    }

    /** The form whose text command is this word (lower case), or null. */
    public static LeverForm<?> byCommand(String word) {
        return BY_COMMAND.get(word.toLowerCase(Locale.ROOT));
    }
}
