package dev.capex.report.levers;

import dev.capex.report.i18n.Msg;

import static dev.capex.report.levers.Field.choice;
import static dev.capex.report.levers.Field.number;
import static dev.capex.report.levers.Values.amount;
import static dev.capex.report.levers.Values.money;

import dev.capex.engine.event.GameEvent;
import dev.capex.engine.levers.DividendRule;
import dev.capex.engine.decision.Decision.Dividend;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The dividend per share. */
public final class DividendForm extends LeverForm<Dividend> {
    public DividendForm() {
        super(Dividend.class, () -> Msg.t("lever.dividend.title"), () -> Msg.t("lever.family.shareholders"), () -> Msg.t("lever.dividend.what"),
                List.of("TSR", "Free cash flow"), new Usage("dividend", "PER_SHARE", () -> Msg.t("lever.dividend.usage")));
    }

    @Override
    public List<Field> fields(Choices c) {
        return List.of(number("perShare", Msg.t("lever.dividend.perShare"), String.format(Locale.ROOT, "%.3f", c.s.policy().dividendPerShare()),
                Msg.t("lever.dividend.hint")));
    }

    @Override
    public Dividend build(Map<String, String> v) {
        return new Dividend(Values.decimal(v.get("perShare"), "dividend per share"));
    }

    @Override
    protected Map<String, String> values(Dividend x) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("perShare", String.format(Locale.ROOT, "%.3f", x.perShare()));
        return v;
    }

    @Override
    public Dividend parse(String[] w) throws BadCommand {
        need(w, 2);
        return new Dividend(Double.parseDouble(w[1].replace("$", "")));
    }

    @Override
    public String outcome(GameEvent.Outcome o) {
        DividendRule.Done x = (DividendRule.Done) o;
        return Msg.t("lever.dividend.done", money(x.perQuarterM()));
    }
}
