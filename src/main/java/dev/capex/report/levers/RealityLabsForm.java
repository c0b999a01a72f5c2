package dev.capex.report.levers;

import dev.capex.report.i18n.Msg;

import static dev.capex.report.levers.Field.choice;
import static dev.capex.report.levers.Field.number;
import static dev.capex.report.levers.Values.amount;
import static dev.capex.report.levers.Values.money;

import dev.capex.engine.event.GameEvent;
import dev.capex.engine.levers.RealityLabsRule;
import dev.capex.engine.decision.Decision.RealityLabs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Reality Labs budget. */
public final class RealityLabsForm extends LeverForm<RealityLabs> {
    public RealityLabsForm() {
        super(RealityLabs.class, () -> Msg.t("lever.rl.title"), () -> Msg.t("lever.family.shareholders"), () -> Msg.t("lever.rl.what"),
                List.of("EBITDA"), new Usage("rl", "BUDGET_M", () -> Msg.t("lever.rl.usage")));
    }

    @Override
    public List<Field> fields(Choices c) {
        return List.of(number("budget", Msg.t("lever.rl.budget"), amount(c.s.policy().realityLabsBudgetM()), Msg.t("lever.rl.hint")));
    }

    @Override
    public RealityLabs build(Map<String, String> v) {
        return new RealityLabs(Values.money(v.get("budget"), "budget"));
    }

    @Override
    protected Map<String, String> values(RealityLabs x) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("budget", amount(x.budgetM()));
        return v;
    }

    @Override
    public RealityLabs parse(String[] w) throws BadCommand {
        need(w, 2);
        return new RealityLabs(Words.money(w[1]));
    }

    @Override
    public String outcome(GameEvent.Outcome o) {
        RealityLabsRule.Done x = (RealityLabsRule.Done) o;
        return Msg.t("lever.rl.done",
                x.windDownM() > 0 ? Msg.t("lever.rl.windDown", money(x.windDownM())) : "",
                x.revenueFactor() * 100);
    }
}
