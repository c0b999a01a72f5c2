package dev.capex.report.levers;

import dev.capex.report.i18n.Msg;

import static dev.capex.report.levers.Field.choice;
import static dev.capex.report.levers.Field.number;
import static dev.capex.report.levers.Values.amount;
import static dev.capex.report.levers.Values.money;

import dev.capex.engine.event.GameEvent;
import dev.capex.engine.levers.BondRule;
import dev.capex.engine.decision.Decision.Bond;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A public bond at the rating's spread. */
public final class BondForm extends LeverForm<Bond> {
    public BondForm() {
        super(Bond.class, () -> Msg.t("lever.bond.title"), () -> Msg.t("lever.family.financing"), () -> Msg.t("lever.bond.what"),
                List.of("Public bond", "Rating notch"),
                new Usage("bond", "AMOUNT_M YEARS", () -> Msg.t("lever.bond.usage")));
    }

    @Override
    public List<Field> fields(Choices c) {
        List<Option> tenors = new java.util.ArrayList<>();
        for (int t : c.sc.finance().bondTenorsYears()) {
            tenors.add(new Option(Integer.toString(t), Msg.t("lever.years", t), ""));
        }
        return List.of(number("amount", Msg.t("lever.amount"), amount(Math.max(c.sc.finance().bondMinM(), 5000)), Msg.t("lever.amountHint10")),
                choice("tenor", Msg.t("lever.bond.tenor"), tenors, "10"));
    }

    @Override
    public Bond build(Map<String, String> v) {
        return new Bond(Values.money(v.get("amount"), "amount"), Integer.parseInt(v.get("tenor")));
    }

    @Override
    protected Map<String, String> values(Bond x) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("amount", amount(x.amountM()));
        v.put("tenor", Integer.toString(x.tenorYears()));
        return v;
    }

    @Override
    public Bond parse(String[] w) throws BadCommand {
        need(w, 3);
        return new Bond(Words.money(w[1]), Integer.parseInt(w[2]));
    }

    @Override
    public String outcome(GameEvent.Outcome o) {
        BondRule.Done x = (BondRule.Done) o;
        return Msg.t("lever.bond.done", x.id(),
                Values.rate(x.coupon()), x.rating(), x.ratingSpreadBp(),
                x.closes() == null ? Msg.t("lever.bond.now") : Msg.t("lever.bond.closes", x.closes()));
    }
}
