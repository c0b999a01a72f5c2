package dev.capex.report.levers;

import dev.capex.report.i18n.Msg;

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
        super(DeferGpus.class, () -> Msg.t("lever.defer.title"), () -> Msg.t("lever.family.compute"),
                () -> Msg.t("lever.defer.what"), List.of("GPU orders", "Cash"),
                new Usage("defer", "ORDER_ID QUARTERS", () -> Msg.t("lever.defer.usage")));
    }

    @Override
    public List<Field> fields(Choices c) {
        List<Option> orders = new ArrayList<>();
        for (GpuOrder o : c.s.fleet().orders()) {
            orders.add(new Option(o.id(), o.id() + " " + o.generation(), Msg.t("lever.defer.option", o.id(), o.outstanding(), o.generation(), o.due())));
        }
        return List.of(choice("order", Msg.t("lever.defer.order"), orders, null), number("quarters", Msg.t("lever.defer.quarters"), "1",
                Msg.t("lever.defer.hint")));
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
            return Msg.t("lever.defer.cancelled", x.order(),
                    x.outstandingUnits(), money(x.penaltyM()), x.refundM() > 0 ? Msg.t("lever.defer.refund", money(x.refundM())) : "");
        }
        return Msg.t("lever.defer.done", x.order(), x.due(), money(x.penaltyM()));
    }
}
