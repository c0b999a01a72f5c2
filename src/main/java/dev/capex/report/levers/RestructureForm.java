package dev.capex.report.levers;

import dev.capex.report.i18n.Msg;

import static dev.capex.report.levers.Field.choice;
import static dev.capex.report.levers.Field.number;
import static dev.capex.report.levers.Values.amount;
import static dev.capex.report.levers.Values.money;

import dev.capex.engine.event.GameEvent;
import dev.capex.engine.levers.RestructureRule;
import dev.capex.engine.decision.Decision.Restructure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Lay off a share of the workforce. */
public final class RestructureForm extends LeverForm<Restructure> {
    public RestructureForm() {
        super(Restructure.class, () -> Msg.t("lever.restructure.title"), () -> Msg.t("lever.family.talent"),
                () -> Msg.t("lever.restructure.what"), List.of("EBITDA"),
                new Usage("restructure", "PERCENT", () -> Msg.t("lever.restructure.usage")));
    }

    @Override
    public List<Field> fields(Choices c) {
        return List.of(number("percent", Msg.t("lever.restructure.cut"), "5%", Msg.t("lever.percent")));
    }

    @Override
    public Restructure build(Map<String, String> v) {
        return new Restructure(Values.percent(v.get("percent"), "workforce cut"));
    }

    @Override
    protected Map<String, String> values(Restructure x) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("percent", String.format(Locale.ROOT, "%.0f%%", x.percent()));
        return v;
    }

    @Override
    public Restructure parse(String[] w) throws BadCommand {
        need(w, 2);
        return new Restructure(Double.parseDouble(w[1].replace("%", "")));
    }

    @Override
    public String outcome(GameEvent.Outcome o) {
        RestructureRule.Done x = (RestructureRule.Done) o;
        return Msg.t("lever.restructure.done", money(x.savingM()), money(x.severanceM()), x.morale() * 100,
                x.velocity() * 100);
    }
}
