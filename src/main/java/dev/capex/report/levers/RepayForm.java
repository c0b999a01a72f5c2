package dev.capex.report.levers;

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
        super(Repay.class, "Repay debt", "Debt", "Repay debt early.", List.of("Emergency facility", "Net leverage"),
                new Usage("repay", "DEBT_ID AMOUNT_M", "repay debt early"));
    }

    @Override
    public List<Field> fields(Choices c) {
        return List.of(choice("instrument", "Debt", c.debts(), null), number("amount", "Amount", "1000", "$M"));
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
        return String.format(Locale.ROOT, "%s left on %s", money(x.leftM()), x.instrument());
    }
}
