package dev.capex.report.levers;

import dev.capex.report.i18n.Msg;

import static dev.capex.report.levers.Field.choice;
import static dev.capex.report.levers.Field.number;
import static dev.capex.report.levers.Values.amount;
import static dev.capex.report.levers.Values.money;

import dev.capex.engine.event.GameEvent;
import dev.capex.engine.levers.RepayRule;
import dev.capex.engine.decision.Decision.Repay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Repay debt early. */
public final class RepayForm extends LeverForm<Repay> {
    public RepayForm() {
        super(Repay.class, () -> Msg.t("lever.repay.title"), () -> Msg.t("lever.family.debt"), () -> Msg.t("lever.repay.what"), List.of("Emergency facility", "Net leverage"),
                new Usage("repay", "DEBT_ID AMOUNT_M", () -> Msg.t("lever.repay.usage")));
    }

    @Override
    public List<Field> fields(Choices c) {
        return List.of(choice("instrument", Msg.t("lever.repay.debt"), c.debts(), null), number("amount", Msg.t("lever.amount"), "1000", "$M"));
    }

    @Override
    public Repay build(Map<String, String> v) {
        return new Repay(v.get("instrument"), Values.money(v.get("amount"), "amount"));
    }

    @Override
    protected Map<String, String> values(Repay x) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("instrument", x.instrument());
        v.put("amount", amount(x.amountM()));
        return v;
    }

    @Override
    public Repay parse(String[] w) throws BadCommand {
        need(w, 3);
        return new Repay(w[1], Words.money(w[2]));
    }

    @Override
    public String outcome(GameEvent.Outcome o) {
        RepayRule.Done x = (RepayRule.Done) o;
        return Msg.t("lever.repay.done", money(x.leftM()), x.instrument());
    }
}
