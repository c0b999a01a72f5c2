package dev.capex.report.levers;

import static dev.capex.report.levers.Field.choice;
import static dev.capex.report.levers.Field.number;
import static dev.capex.report.levers.Values.amount;
import static dev.capex.report.levers.Values.money;

import dev.capex.engine.event.GameEvent;
import dev.capex.engine.levers.TrainingShareRule;
import dev.capex.engine.decision.Decision.TrainingShare;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The share of compute that trains models. */
public final class TrainingShareForm extends LeverForm<TrainingShare> {
    public TrainingShareForm() {
        super(TrainingShare.class, "Training share", "Compute",
                "The share of online compute that trains the next model (the rest serves ads).",
                List.of("Training share", "Arena rank and Elo"),
                new Usage("training", "SHARE", "share of compute that trains models"));
    }

    @Override
    public List<Field> fields(Choices c) {
        return List.of(number("share", "Training share", Values.pct(c.s.policy().trainingShare()), "e.g. 40%"));
    }

    @Override
    public TrainingShare build(Map<String, String> v) {
        return new TrainingShare(Values.share(v.get("share"), "training share"));
    }

    @Override
    protected Map<String, String> values(TrainingShare x) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("share", Values.pct(x.share()));
        return v;
    }

    @Override
    public TrainingShare parse(String[] w) throws BadCommand {
        need(w, 2);
        return new TrainingShare(Words.share(w[1]));
    }

    @Override
    public String outcome(GameEvent.Outcome o) {
        TrainingShareRule.Done x = (TrainingShareRule.Done) o;
        return String.format(Locale.ROOT, "%.0f%% of compute trains, %.0f%% serves ads and products",
                x.training() * 100, x.serving() * 100);
    }
}
