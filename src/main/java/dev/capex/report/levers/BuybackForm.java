package dev.capex.report.levers;

import dev.capex.report.i18n.Msg;

import static dev.capex.report.levers.Field.choice;
import static dev.capex.report.levers.Field.number;
import static dev.capex.report.levers.Values.amount;
import static dev.capex.report.levers.Values.money;

import dev.capex.engine.event.GameEvent;
import dev.capex.engine.levers.BuybackRule;
import dev.capex.engine.decision.Decision.Buyback;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Share buybacks per quarter. */
public final class BuybackForm extends LeverForm<Buyback> {
    public BuybackForm() {
        super(Buyback.class, () -> Msg.t("lever.buyback.title"), () -> Msg.t("lever.family.shareholders"), () -> Msg.t("lever.buyback.what"),
                List.of("TSR", "Free cash flow"), new Usage("buyback", "AMOUNT_M", () -> Msg.t("lever.buyback.usage")));
    }

    @Override
    public List<Field> fields(Choices c) {
        return List.of(number("amount", Msg.t("lever.buyback.perQuarter"), amount(c.s.policy().buybackPerQuarterM()), Msg.t("lever.buyback.hint")));
    }

    @Override
    public Buyback build(Map<String, String> v) {
        return new Buyback(Values.money(v.get("amount"), "amount"));
    }

    @Override
    protected Map<String, String> values(Buyback x) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("amount", amount(x.amountM()));
        return v;
    }

    @Override
    public Buyback parse(String[] w) throws BadCommand {
        need(w, 2);
        return new Buyback(Words.money(w[1]));
    }

    @Override
    public String outcome(GameEvent.Outcome o) {
        return Msg.t("lever.buyback.done");
    }
}
