package dev.capex.play.levers;

import static dev.capex.play.levers.Field.choice;
import static dev.capex.play.levers.Field.number;
import static dev.capex.play.levers.Values.amount;

import dev.capex.engine.decision.Decision.OrderGpus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Order GPUs. */
public final class OrderGpusForm extends LeverForm<OrderGpus> {
    public OrderGpusForm() {
        super(OrderGpus.class, "Order GPUs", "Compute",
                "Order GPUs: a deposit now, the rest on delivery; they need powered capacity.",
                List.of("H100 equivalent", "Depreciation"),
                new Usage("order", "GENERATION UNITS", "order GPUs (deposit now, the rest on delivery)"));
    }

    @Override
    public List<Field> fields(Choices c) {
        return List.of(choice("generation", "Generation", c.generations(), "B200"),
                number("units", "Units", "100000", "e.g. 300000 or 300k"));
    }

    @Override
    public OrderGpus build(Map<String, String> v) {
        return new OrderGpus(v.get("generation"), Values.count(v.get("units"), "units"));
    }

    @Override
    protected Map<String, String> values(OrderGpus x) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("generation", x.generation());
        v.put("units", Long.toString(x.units()));
        return v;
    }

    @Override
    public OrderGpus parse(String[] w) throws BadCommand {
        need(w, 3);
        return new OrderGpus(w[1].toUpperCase(Locale.ROOT), Words.units(w[2]));
    }
}
