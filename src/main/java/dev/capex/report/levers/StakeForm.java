package dev.capex.report.levers;

import dev.capex.report.i18n.Msg;

import static dev.capex.report.levers.Field.choice;
import static dev.capex.report.levers.Field.number;
import static dev.capex.report.levers.Values.amount;
import static dev.capex.report.levers.Values.money;

import dev.capex.engine.event.GameEvent;
import dev.capex.engine.levers.StakeRule;
import dev.capex.engine.decision.Decision.Stake;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Buy a stake in a company. */
public final class StakeForm extends LeverForm<Stake> {
    public StakeForm() {
        super(Stake.class, () -> Msg.t("lever.stake.title"), () -> Msg.t("lever.family.assets"), () -> Msg.t("lever.stake.what"),
                List.of("Non-voting stake"),
                new Usage("stake", "TARGET SHARE", () -> Msg.t("lever.stake.usage")));
    }

    @Override
    public List<Field> fields(Choices c) {
        return List.of(choice("target", Msg.t("lever.stake.target"), c.targets(), null), number("share", Msg.t("lever.stake.share"), "49%", Msg.t("lever.stake.shareHint")));
    }

    @Override
    public Stake build(Map<String, String> v) {
        return new Stake(v.get("target"), Values.share(v.get("share"), "share"));
    }

    @Override
    protected Map<String, String> values(Stake x) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("target", x.target());
        v.put("share", Values.pct(x.share()));
        return v;
    }

    @Override
    public Stake parse(String[] w) throws BadCommand {
        need(w, 3);
        return new Stake(w[1], Words.share(w[2]));
    }

    @Override
    public String outcome(GameEvent.Outcome o) {
        StakeRule.Done x = (StakeRule.Done) o;
        return Msg.t("lever.stake.done", x.share() * 100, x.target(), money(x.priceM()),
                x.control() ? Msg.t("lever.stake.control") : Msg.t("lever.stake.nonVoting"), money(x.valuationM()), x.leaderStars() > 0
                        ? Msg.t("lever.stake.leaderJoins") : Msg.t("lever.stake.noneJoins"), x.leaderStars(),
                x.benefitShare() * 100, x.integrated());
    }
}
