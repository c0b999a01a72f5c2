package dev.capex.report.levers;

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
        super(Hire.class, "Hire star researchers", "Talent", "Hire stars from a rival on a package per star over four years.",
                List.of("Arena rank and Elo"),
                new Usage("hire", "STARS PACKAGE_M RIVAL", "hire star researchers (package per star over 4 years)"));
    }

    @Override
    public List<Field> fields(Choices c) {
        return List.of(number("stars", "Stars", "2", "how many"),
                number("package", "Package per star", amount(c.sc.talent().marketPackageM()), "$M over 4 years"),
                choice("rival", "From", c.rivals(), null));
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
        return String.format(Locale.ROOT, "%d stars from %s, %s in all over 4 years (%.0f%% in the first year, "
                + "%.0f%% in stock); %d stars at Meta now", x.stars(), x.rival(), money(x.totalM()),
                x.firstYearShare() * 100, x.stockShare() * 100, x.starsNow());
    }
}
