package dev.capex.report.levers;

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
        super(EquityRaise.class, "Equity raise", "Financing", "Sell new shares at a discount to the market price.",
                List.of("Equity raise", "TSR"), new Usage("equity", "AMOUNT_M", "sell new shares"));
    }

    @Override
    public List<Field> fields(Choices c) {
        return List.of(number("amount", "Amount", "10B", "$M, or 10B"));
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
        return String.format(Locale.ROOT, "%,d new shares at $%.2f (%.1f%% dilution), %s of fees", x.newShares(),
                x.price(), 100.0 * x.dilution(), money(x.feeM()));
    }
}
