package dev.capex.report.levers;

import dev.capex.report.i18n.Msg;

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
        super(TrainingShare.class, () -> Msg.t("lever.training.title"), () -> Msg.t("lever.family.compute"),
                () -> Msg.t("lever.training.what"),
                List.of("Training share", "Arena rank and Elo"),
                new Usage("training", "SHARE", () -> Msg.t("lever.training.usage")));
    }

    @Override
    public List<Field> fields(Choices c) {
        return List.of(number("share", Msg.t("lever.training.title"), Values.pct(c.s.policy().trainingShare()), Msg.t("lever.training.hint")));
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
        return Msg.t("lever.training.done",
                x.training() * 100, x.serving() * 100);
    }
}
