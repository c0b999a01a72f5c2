package dev.capex.report.levers;

import dev.capex.report.i18n.Msg;

import static dev.capex.report.levers.Field.choice;
import static dev.capex.report.levers.Field.number;
import static dev.capex.report.levers.Values.amount;
import static dev.capex.report.levers.Values.money;

import dev.capex.engine.event.GameEvent;
import dev.capex.engine.levers.RentCloudRule;
import dev.capex.engine.decision.Decision.RentCloud;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Rent cloud GPU capacity. */
public final class RentCloudForm extends LeverForm<RentCloud> {
    public RentCloudForm() {
        super(RentCloud.class, () -> Msg.t("lever.cloud.title"), () -> Msg.t("lever.family.compute"),
                () -> Msg.t("lever.cloud.what"),
                List.of("Take-or-pay", "H100 equivalent"),
                new Usage("cloud", "PROVIDER H100E QUARTERS", () -> Msg.t("lever.cloud.usage")));
    }

    @Override
    public List<Field> fields(Choices c) {
        return List.of(choice("provider", Msg.t("lever.cloud.provider"), c.clouds(), null),
                number("h100e", "H100e", "100000", Msg.t("lever.cloud.h100eHint")), number("quarters", Msg.t("lever.quarters"), "8", Msg.t("lever.cloud.termHint")));
    }

    @Override
    public RentCloud build(Map<String, String> v) {
        return new RentCloud(v.get("provider"), Values.count(v.get("h100e"), "H100e"),
                (int) Values.whole(v.get("quarters"), "quarters"));
    }

    @Override
    protected Map<String, String> values(RentCloud x) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("provider", x.provider());
        v.put("h100e", Long.toString(x.h100e()));
        v.put("quarters", Integer.toString(x.quarters()));
        return v;
    }

    @Override
    public RentCloud parse(String[] w) throws BadCommand {
        need(w, 4);
        return new RentCloud(w[1], Words.units(w[2]), Integer.parseInt(w[3]));
    }

    @Override
    public String outcome(GameEvent.Outcome o) {
        RentCloudRule.Done x = (RentCloudRule.Done) o;
        return Msg.t("lever.cloud.done", x.id(),
                money(x.rentM()), x.starts(), x.ends(), money(x.committedM()));
    }
}
