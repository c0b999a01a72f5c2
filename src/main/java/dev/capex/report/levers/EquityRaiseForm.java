package dev.capex.report.levers;

import dev.capex.report.i18n.Msg;

import static dev.capex.report.levers.Field.choice;
import static dev.capex.report.levers.Field.number;
import static dev.capex.report.levers.Values.amount;
import static dev.capex.report.levers.Values.money;

import dev.capex.engine.event.GameEvent;
import dev.capex.engine.levers.EquityRaiseRule;
import dev.capex.engine.decision.Decision.EquityRaise;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Sell new shares. */
public final class EquityRaiseForm extends LeverForm<EquityRaise> {
    public EquityRaiseForm() {
        super(EquityRaise.class, () -> Msg.t("lever.equity.title"), () -> Msg.t("lever.family.financing"), () -> Msg.t("lever.equity.what"),
                List.of("Equity raise", "TSR"), new Usage("equity", "AMOUNT_M", () -> Msg.t("lever.equity.usage")));
    }

    @Override
    public List<Field> fields(Choices c) {
        return List.of(number("amount", Msg.t("lever.amount"), "10B", Msg.t("lever.amountHint10")));
    }

    @Override
    public EquityRaise build(Map<String, String> v) {
        return new EquityRaise(Values.money(v.get("amount"), "amount"));
    }

    @Override
    protected Map<String, String> values(EquityRaise x) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("amount", amount(x.amountM()));
        return v;
    }

    @Override
    public EquityRaise parse(String[] w) throws BadCommand {
        need(w, 2);
        return new EquityRaise(Words.money(w[1]));
    }

    @Override
    public String outcome(GameEvent.Outcome o) {
        EquityRaiseRule.Done x = (EquityRaiseRule.Done) o;
        return Msg.t("lever.equity.done", x.newShares(),
                x.price(), 100.0 * x.dilution(), money(x.feeM()));
    }
}
