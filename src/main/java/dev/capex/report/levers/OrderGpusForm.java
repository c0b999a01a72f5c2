package dev.capex.report.levers;

import static dev.capex.report.levers.Field.choice;
import static dev.capex.report.levers.Field.number;
import static dev.capex.report.levers.Values.amount;
import static dev.capex.report.levers.Values.money;

import dev.capex.engine.event.GameEvent;
import dev.capex.engine.levers.OrderGpusRule;
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

    @Override
    public String outcome(GameEvent.Outcome o) {
        OrderGpusRule.Done x = (OrderGpusRule.Done) o;
        // Why the delivery is further away than the catalogue's lead time, when it is.
        int lead = x.leadQuarters();
        String why = lead == x.catalogueLeadQuarters() ? String.format(Locale.ROOT, "lead time %d quarters", lead)
                : String.format(Locale.ROOT, "%d quarters: the catalogue's lead time of %d %s", lead,
                        x.catalogueLeadQuarters(), lead > x.catalogueLeadQuarters() ? "plus the wait while GPUs are short"
                                : "shortened by an event");
        return String.format(Locale.ROOT, "%s: %,d %s at $%,.0f each, %s in all (%s deposit now, the rest on "
                + "delivery); due %s (%s); they need %.2f GW of power (%,.0f H100 equivalents)", x.id(), x.units(),
                x.generation(), x.price(), money(x.totalM()), money(x.depositM()), x.due(), why, x.gw(), x.h100e());
    }
}
