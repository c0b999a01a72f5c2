package dev.capex.report.levers;

import static dev.capex.report.levers.Field.choice;

import dev.capex.engine.decision.Decision.ModelRelease;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.levers.ModelReleaseRule;
import dev.capex.engine.model.AiState;
import dev.capex.engine.rules.ArenaRules;
import dev.capex.report.i18n.Msg;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hold back the run in training, release a held model, or cancel a hold. */
public final class ModelReleaseForm extends LeverForm<ModelRelease> {
    public ModelReleaseForm() {
        super(ModelRelease.class, Msg.t("lever.modelRelease.title"), Msg.t("lever.modelRelease.family"),
                Msg.t("lever.modelRelease.what"), List.of("Arena rank and Elo", "Training share"),
                new Usage("model", "hold|release [MODEL]", Msg.t("lever.modelRelease.usage")));
    }

    @Override
    public List<Field> fields(Choices c) {
        AiState a = c.s.lab().ai();
        List<Option> actions = List.of(new Option("hold", Msg.t("lever.modelRelease.hold"), ""),
                new Option("release", Msg.t("lever.modelRelease.release"), ""));
        List<Option> models = new ArrayList<>();
        for (AiState.HeldModel h : a.held()) {
            double now = h.elo() - c.sc.ai().heldEloLossPerQuarter() * c.s.quarter().minus(h.finished());
            models.add(new Option(h.name(), Msg.t("lever.modelRelease.heldLabel", h.name(), h.finished(), now), ""));
        }
        String training = ArenaRules.modelName(c.sc.ai(), a.runNumber());
        int left = Math.max(1, c.sc.ai().runLengthQuarters() - a.runQuarters());
        models.add(new Option(training, Msg.t(a.holdNext() ? "lever.modelRelease.trainingHeld"
                : "lever.modelRelease.training", training, left), ""));
        return List.of(choice("action", Msg.t("lever.modelRelease.action"), actions,
                        a.held().isEmpty() ? "hold" : "release"),
                choice("model", Msg.t("lever.modelRelease.model"), models, models.get(0).id()));
    }

    @Override
    public ModelRelease build(Map<String, String> v) {
        return new ModelRelease(v.get("action"), v.get("model"));
    }

    @Override
    protected Map<String, String> values(ModelRelease x) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("action", x.action());
        if (x.model() != null && !x.model().isBlank()) {
            v.put("model", x.model());
        }
        return v;
    }

    @Override
    public ModelRelease parse(String[] w) throws BadCommand {
        need(w, 2);
        String action = w[1].toLowerCase(java.util.Locale.ROOT);
        if (!action.equals("hold") && !action.equals("release")) {
            throw new BadCommand(usage().line());
        }
        return new ModelRelease(action, String.join(" ", Arrays.copyOfRange(w, 2, w.length)));
    }

    @Override
    public String outcome(GameEvent.Outcome o) {
        ModelReleaseRule.Done x = (ModelReleaseRule.Done) o;
        return switch (x.kind()) {
            case HOLD -> x.quartersToFinish() == 0 ? Msg.t("lever.modelRelease.doneHoldNow", x.model())
                    : Msg.t("lever.modelRelease.doneHold", x.model(), x.quartersToFinish());
            case CANCEL_HOLD -> Msg.t("lever.modelRelease.doneCancel", x.model());
            case RELEASE -> Msg.t(x.best() ? "lever.modelRelease.doneBest" : "lever.modelRelease.doneBelow", x.model(),
                    x.releasedElo(), x.finishedElo(), x.quartersHeld(), x.rank());
        };
    }
}
