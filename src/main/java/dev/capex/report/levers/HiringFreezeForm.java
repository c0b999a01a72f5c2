package dev.capex.report.levers;

import dev.capex.report.i18n.Msg;

import static dev.capex.report.levers.Field.number;

import dev.capex.engine.decision.Decision.HiringFreeze;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Freeze hiring for some quarters (0 lifts a freeze). */
public final class HiringFreezeForm extends LeverForm<HiringFreeze> {
    public HiringFreezeForm() {
        super(HiringFreeze.class, () -> Msg.t("lever.freeze.title"), () -> Msg.t("lever.family.talent"),
                () -> Msg.t("lever.freeze.what"),
                List.of("EBITDA"),
                new Usage("freeze", "QUARTERS", () -> Msg.t("lever.freeze.usage")));
    }

    @Override
    public List<Field> fields(Choices c) {
        return List.of(number("quarters", Msg.t("lever.quarters"), "2", Msg.t("lever.freeze.hint")));
    }

    @Override
    public HiringFreeze build(Map<String, String> v) {
        return new HiringFreeze((int) Values.whole(v.get("quarters"), "quarters"));
    }

    @Override
    protected Map<String, String> values(HiringFreeze x) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("quarters", Integer.toString(x.quarters()));
        return v;
    }

    @Override
    public HiringFreeze parse(String[] w) throws BadCommand {
        need(w, 2);
        return new HiringFreeze(Integer.parseInt(w[1]));
    }

    @Override
    public String outcome(dev.capex.engine.event.GameEvent.Outcome o) {
        dev.capex.engine.levers.HiringFreezeRule.Done x = (dev.capex.engine.levers.HiringFreezeRule.Done) o;
        return x.lifted() ? Msg.t("lever.freeze.lifted")
                : Msg.t("lever.freeze.done", x.lastQuarter());
    }
}
