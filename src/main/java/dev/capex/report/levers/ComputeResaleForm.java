package dev.capex.report.levers;

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
        super(ComputeResale.class, "Compute resale", "Compute", "The share of online compute rented out to others.",
                List.of("H100 equivalent"), new Usage("resale", "SHARE", "share of compute rented out"));
    }

    @Override
    public List<Field> fields(Choices c) {
        return List.of(number("share", "Resale share", Values.pct(c.s.policy().resaleShare()), "e.g. 10%"));
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
            return String.format(Locale.ROOT, "%.0f%% of compute rented out", x.resale() * 100);
        }
        return String.format(Locale.ROOT, "%.0f%% of compute offered for rent on %d-quarter contracts at the market "
                + "price (about $%,.0f per H100 equivalent a quarter now)%s", x.resale() * 100, x.contractQuarters(),
                x.marketPricePerH100eQuarter(), x.boundUntil() == null ? "" : String.format(Locale.ROOT,
                "; %,.0f H100e stay rented until %s under the contracts signed", x.boundH100e(), x.boundUntil()));
    }
}
