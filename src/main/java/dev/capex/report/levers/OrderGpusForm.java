package dev.capex.report.levers;

import dev.capex.report.i18n.Msg;

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
        super(OrderGpus.class, () -> Msg.t("lever.order.title"), () -> Msg.t("lever.family.compute"),
                () -> Msg.t("lever.order.what"),
                List.of("H100 equivalent", "Depreciation"),
                new Usage("order", "GENERATION UNITS", () -> Msg.t("lever.order.usage")));
    }

    @Override
    public List<Field> fields(Choices c) {
        return List.of(choice("generation", Msg.t("lever.order.generation"), c.generations(), "B200"),
                number("units", Msg.t("lever.order.units"), "100000", Msg.t("lever.order.unitsHint")));
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
        String why = lead == x.catalogueLeadQuarters() ? Msg.t("lever.order.lead", lead)
                : Msg.t(lead > x.catalogueLeadQuarters() ? "lever.order.longer" : "lever.order.shorter", lead,
                        x.catalogueLeadQuarters());
        return Msg.t("lever.order.done", x.id(), x.units(),
                x.generation(), x.price(), money(x.totalM()), money(x.depositM()), x.due(), why, x.gw(), x.h100e());
    }
}
