package dev.capex.report;

import dev.capex.report.i18n.ScenarioText;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.event.GameEvent.*;
import dev.capex.report.levers.LeverForms;
import java.util.Locale;

/**
 * The sentence a player reads for each event the engine reports, with its numbers and its cause: the
 * engine's events are facts, written here for the dashboard, the text modes and the reports. What a
 * decision did is written by its lever's form ({@link LeverForms}).
 */
public final class EventText {
    private EventText() {
    }

    private static String b(long m) {
        return Decision.money(m);
    }

    /** What an applied decision did, e.g. "ORDER-1: 300,000 B200 at $38,000 each, ...". */
    public static String outcome(DecisionApplied a) {
        return LeverForms.of(a.decision()).outcome(a.outcome());
    }

    public static String text(GameEvent e) {
        if (e instanceof DecisionApplied a) {
            String o = outcome(a);
            return Msg.t(o.isEmpty() ? "event.done" : "event.doneWith", Text.summary(null, a.decision()), o);
        } else if (e instanceof DecisionRefused r) {
            return Msg.t("event.refused", Text.summary(null, r.decision()), EngineText.reason(r.reason()));
        } else if (e instanceof BondClosed x) {
            return Msg.t("ev.bond", x.id(), b(x.amountM()),
                    x.tenorYears(), x.couponRate() * 100);
        } else if (e instanceof GpusDelivered x) {
            return Msg.t("ev.delivered", x.units(), x.generation(),
                    b(x.paidM()), x.stillOnOrder() > 0 ? Msg.t("ev.stillDue",
                            x.stillOnOrder()) : "");
        } else if (e instanceof GpusIdle x) {
            return Msg.t("ev.idle",
                    x.idle(), x.delivered(), x.gwOnline());
        } else if (e instanceof ConstructionCompleted x) {
            return Msg.t("ev.completed", ScenarioText.of(x.site()), x.gw(), x.leasedGw() > 0
                    ? Msg.t("ev.leased", x.leasedGw()) : "");
        } else if (e instanceof ConstructionDelayed x) {
            return Msg.t("ev.delayed", ScenarioText.of(x.site()), EngineText.gridLate(x.risk(), x.overrunM(), Msg.german()));
        } else if (e instanceof ModelReleased x) {
            if (x.meta()) {
                return Msg.t("ev.metaRelease", x.model(), x.elo(),
                        x.rank(), x.elo() > x.previousBest() ? ""
                                : Msg.t("ev.belowBest", x.previousBest()));
            }
            return Msg.t("ev.release", x.lab(), x.model(), x.elo(), x.rank());
        } else if (e instanceof GameEvent.ModelHeld x) {
            return dev.capex.report.Msg.t("event.modelHeld", x.model(), x.elo(), x.rank());
        } else if (e instanceof CompetitorNews x) {
            return ScenarioText.of(x.text());
        } else if (e instanceof CompetitorCapex x) {
            return Msg.t("ev.capex", x.competitor(), b(x.capexM()));
        } else if (e instanceof CardDrawn x) {
            return ScenarioText.of(x.title()) + ": " + ScenarioText.of(x.description());
        } else if (e instanceof RatingChanged x) {
            return Msg.t(x.downgrade() ? "ev.downgraded" : "ev.upgraded", x.from(), x.to(), x.netLeverage(),
                    x.interestCover() >= 100 ? Msg.t("plain.over100") : String.format(Locale.ROOT, "%.1fx", x.interestCover()),
                    x.cause().known() ? " — " + EngineText.cause(x.cause()) : "");
        } else if (e instanceof CovenantBreached x) {
            return Msg.t("ev.breach", x.instrument(), x.lender(), metric(x.metric()), x.value(), x.limit(), x.streak());
        } else if (e instanceof EmergencyFacilityDrawn x) {
            return Msg.t("ev.emergency",
                    b(x.amountM()), x.rate() * 100, b(x.totalM()));
        } else if (e instanceof DebtRepaid x) {
            return Msg.t("ev.repaid", b(x.amountM()), x.debt() + " (" + x.lender() + ")", EngineText.why(x.why()));
        } else if (e instanceof StarsLeft x) {
            return Msg.t(x.stars() == 1 ? "ev.starLeft" : "ev.starsLeft", x.stars(), EngineText.to(x),
                    EngineText.cause(x.cause()));
        } else if (e instanceof StakeNews x) {
            return EngineText.stakeNews(x);
        } else if (e instanceof Milestone x) {
            return EngineText.milestone(x);
        } else if (e instanceof GameEnded x) {
            return Msg.t(x.defaulted() ? "ev.default" : "ev.over", EngineText.end(x.reason()));
        }
        throw new IllegalArgumentException("no sentence for " + e.getClass().getSimpleName());
    }

    /** A covenant's metric as the engine names it ("net leverage", "interest cover"), in the player's words. */
    private static String metric(String m) {
        return switch (m) {
            case "net leverage" -> Msg.t("ev.metric.leverage");
            case "interest cover" -> Msg.t("ev.metric.cover");
            default -> m;
        };
    }
}
