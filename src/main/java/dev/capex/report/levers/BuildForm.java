package dev.capex.report.levers;

import dev.capex.report.i18n.Msg;

import static dev.capex.report.levers.Field.choice;
import static dev.capex.report.levers.Field.number;
import static dev.capex.report.levers.Values.amount;
import static dev.capex.report.levers.Values.money;

import dev.capex.engine.event.GameEvent;
import dev.capex.engine.levers.BuildRule;
import dev.capex.engine.decision.Decision.Build;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Build data-center capacity. */
public final class BuildForm extends LeverForm<Build> {
    public BuildForm() {
        super(Build.class, () -> Msg.t("lever.build.title"), () -> Msg.t("lever.family.compute"),
                () -> Msg.t("lever.build.what"), List.of("Depreciation"),
                new Usage("build", "SITE GW", () -> Msg.t("lever.build.usage")));
    }

    @Override
    public List<Field> fields(Choices c) {
        return List.of(choice("site", Msg.t("lever.site"), c.sites(), "prometheus"), number("gw", "GW", "0.5", Msg.t("lever.build.gwHint")));
    }

    @Override
    public Build build(Map<String, String> v) {
        return new Build(v.get("site"), Values.decimal(v.get("gw"), "GW"));
    }

    @Override
    protected Map<String, String> values(Build x) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("site", x.site());
        v.put("gw", String.format(Locale.ROOT, "%.2f", x.gw()));
        return v;
    }

    @Override
    public Build parse(String[] w) throws BadCommand {
        need(w, 3);
        return new Build(w[1], Double.parseDouble(w[2]));
    }

    @Override
    public String outcome(GameEvent.Outcome o) {
        BuildRule.Done x = (BuildRule.Done) o;
        return Msg.t("lever.build.done", x.id(), x.gw(), x.site(), money(x.costM()),
                money(x.perQuarterM()), x.partnerShare() > 0
                        ? Msg.t("lever.build.partner", x.partnerShare() * 100) : "",
                x.online(), x.delayRisk() * 100);
    }
}
