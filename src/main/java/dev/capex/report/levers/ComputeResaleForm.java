package dev.capex.report.levers;

import dev.capex.report.i18n.Msg;

import static dev.capex.report.levers.Field.choice;
import static dev.capex.report.levers.Field.number;
import static dev.capex.report.levers.Values.amount;
import static dev.capex.report.levers.Values.money;

import dev.capex.engine.event.GameEvent;
import dev.capex.engine.levers.ComputeResaleRule;
import dev.capex.engine.decision.Decision.ComputeResale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The share of compute rented out. */
public final class ComputeResaleForm extends LeverForm<ComputeResale> {
    public ComputeResaleForm() {
        super(ComputeResale.class, () -> Msg.t("lever.resale.title"), () -> Msg.t("lever.family.compute"), () -> Msg.t("lever.resale.what"),
                List.of("H100 equivalent"), new Usage("resale", "SHARE", () -> Msg.t("lever.resale.usage")));
    }

    @Override
    public List<Field> fields(Choices c) {
        return List.of(number("share", Msg.t("lever.resale.share"), Values.pct(c.s.policy().resaleShare()), Msg.t("lever.resale.hint")));
    }

    @Override
    public ComputeResale build(Map<String, String> v) {
        return new ComputeResale(Values.share(v.get("share"), "resale share"));
    }

    @Override
    protected Map<String, String> values(ComputeResale x) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("share", Values.pct(x.share()));
        return v;
    }

    @Override
    public ComputeResale parse(String[] w) throws BadCommand {
        need(w, 2);
        return new ComputeResale(Words.share(w[1]));
    }

    @Override
    public String outcome(GameEvent.Outcome o) {
        ComputeResaleRule.Done x = (ComputeResaleRule.Done) o;
        if (x.contractQuarters() <= 0) {
            return Msg.t("lever.resale.simple", x.resale() * 100);
        }
        return Msg.t("lever.resale.done", x.resale() * 100, x.contractQuarters(),
                x.marketPricePerH100eQuarter(), x.boundUntil() == null ? "" : Msg.t("lever.resale.bound", x.boundH100e(), x.boundUntil()));
    }
}
