package dev.capex.report.levers;

import dev.capex.report.i18n.Msg;

import static dev.capex.report.levers.Field.choice;
import static dev.capex.report.levers.Field.number;
import static dev.capex.report.levers.Values.amount;
import static dev.capex.report.levers.Values.money;

import dev.capex.engine.event.GameEvent;
import dev.capex.engine.levers.HireRule;
import dev.capex.engine.decision.Decision.Hire;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Hire star researchers from a rival. */
public final class HireForm extends LeverForm<Hire> {
    public HireForm() {
        super(Hire.class, () -> Msg.t("lever.hire.title"), () -> Msg.t("lever.family.talent"), () -> Msg.t("lever.hire.what"),
                List.of("Arena rank and Elo"),
                new Usage("hire", "STARS PACKAGE_M RIVAL", () -> Msg.t("lever.hire.usage")));
    }

    @Override
    public List<Field> fields(Choices c) {
        return List.of(number("stars", Msg.t("lever.hire.stars"), "2", Msg.t("lever.hire.starsHint")),
                number("package", Msg.t("lever.hire.package"), amount(c.sc.talent().marketPackageM()), Msg.t("lever.hire.packageHint")),
                choice("rival", Msg.t("lever.hire.rival"), c.rivals(), null));
    }

    @Override
    public Hire build(Map<String, String> v) {
        return new Hire((int) Values.whole(v.get("stars"), "stars"), Values.money(v.get("package"), "package"),
                v.get("rival"));
    }

    @Override
    protected Map<String, String> values(Hire x) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("stars", Integer.toString(x.stars()));
        v.put("package", amount(x.packageM()));
        v.put("rival", x.rival());
        return v;
    }

    @Override
    public Hire parse(String[] w) throws BadCommand {
        need(w, 4);
        return new Hire(Integer.parseInt(w[1]), Words.money(w[2]), w[3].toLowerCase(Locale.ROOT));
    }

    @Override
    public String outcome(GameEvent.Outcome o) {
        HireRule.Done x = (HireRule.Done) o;
        return Msg.t("lever.hire.done", x.stars(), x.rival(), money(x.totalM()),
                x.firstYearShare() * 100, x.stockShare() * 100, x.starsNow());
    }
}
