package dev.capex.report.levers;

import static dev.capex.report.levers.Field.number;

import dev.capex.engine.decision.Decision.HiringFreeze;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Freeze hiring for some quarters (0 lifts a freeze). */
public final class HiringFreezeForm extends LeverForm<HiringFreeze> {
    public HiringFreezeForm() {
        super(HiringFreeze.class, "Hiring freeze", "Talent",
                "Stop hiring for some quarters: core costs stop growing with headcount, and no star can be hired.",
                List.of("EBITDA"),
                new Usage("freeze", "QUARTERS", "freeze hiring for 1 to 8 quarters (0 lifts a freeze)"));
    }

    @Override
    public List<Field> fields(Choices c) {
        return List.of(number("quarters", "Quarters", "2", "1 to 8, or 0 to lift a freeze"));
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
        return x.lifted() ? "the hiring freeze is lifted: the workforce grows again from next quarter"
                : "no hiring until " + x.lastQuarter() + ": core costs stop growing with headcount, and no star can be hired";
    }
}
