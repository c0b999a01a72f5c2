package dev.capex.report.levers;

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
        super(Stake.class, "Stake in a company", "Assets and stakes", "Buy a stake: below 50% non-voting, 50% or more control.",
                List.of("Non-voting stake"),
                new Usage("stake", "TARGET SHARE", "buy a stake (0.49 = 49% non-voting; 0.5 or more = control)"));
    }

    @Override
    public List<Field> fields(Choices c) {
        return List.of(choice("target", "Target", c.targets(), null), number("share", "Share", "49%", "e.g. 49% or 0.49"));
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
        return String.format(Locale.ROOT,
                "%.0f%% of %s for %s (%s, valuing it at %s); %s (+%d stars); %.0f%% of its data and efficiency gains "
                        + "arrive in %s", x.share() * 100, x.target(), money(x.priceM()),
                x.control() ? "control" : "non-voting", money(x.valuationM()), x.leaderStars() > 0
                        ? "its leader and team join" : "no one from its team joins", x.leaderStars(),
                x.benefitShare() * 100, x.integrated());
    }
}
