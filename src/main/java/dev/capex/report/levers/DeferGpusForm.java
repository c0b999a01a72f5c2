package dev.capex.report.levers;

import static dev.capex.report.levers.Field.choice;
import static dev.capex.report.levers.Field.number;
import static dev.capex.report.levers.Values.money;

import dev.capex.engine.decision.Decision.DeferGpus;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.levers.DeferGpusRule;
import dev.capex.engine.model.GpuOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Defer or cancel GPU deliveries still due. */
public final class DeferGpusForm extends LeverForm<DeferGpus> {
    public DeferGpusForm() {
        super(DeferGpus.class, "Defer or cancel GPUs", "Compute",
                "Move a GPU order's deliveries later for a fee, or cancel them (0 quarters) at a penalty taken first "
                        + "from the deposit.", List.of("GPU orders", "Cash"),
                new Usage("defer", "ORDER_ID QUARTERS", "defer a GPU order (0 cancels it)"));
    }

    @Override
    public List<Field> fields(Choices c) {
        List<Option> orders = new ArrayList<>();
        for (GpuOrder o : c.s.fleet().orders()) {
            orders.add(new Option(o.id(), o.id() + " " + o.generation(), String.format(Locale.ROOT,
                    "%s: %,d %s still due %s", o.id(), o.outstanding(), o.generation(), o.due())));
        }
        return List.of(choice("order", "Order", orders, null), number("quarters", "Quarters (0 cancels)", "1",
                "quarters"));
    }

    @Override
    public DeferGpus build(Map<String, String> v) {
        return new DeferGpus(v.get("order"), (int) Math.min(99, Values.count(v.get("quarters"), "quarters")));
    }

    @Override
    protected Map<String, String> values(DeferGpus x) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("order", x.order());
        v.put("quarters", Integer.toString(x.quarters()));
        return v;
    }

    @Override
    public DeferGpus parse(String[] w) throws BadCommand {
        need(w, 3);
        return new DeferGpus(w[1], (int) Math.min(99, Words.units(w[2])));
    }

    @Override
    public String outcome(GameEvent.Outcome o) {
        DeferGpusRule.Done x = (DeferGpusRule.Done) o;
        if (x.quarters() == 0) {
            return String.format(Locale.ROOT, "%s cancelled: %,d GPUs will not come; penalty %s%s", x.order(),
                    x.outstandingUnits(), money(x.penaltyM()), x.refundM() > 0 ? ", " + money(x.refundM())
                            + " of the deposit refunded" : "");
        }
        return String.format(Locale.ROOT, "%s deferred to %s; fee %s", x.order(), x.due(), money(x.penaltyM()));
    }
}
