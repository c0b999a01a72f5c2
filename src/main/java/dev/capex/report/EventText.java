package dev.capex.report;

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
            return "Done: " + a.decision().summary() + (o.isEmpty() ? "" : " — " + o);
        } else if (e instanceof DecisionRefused r) {
            return "Refused: " + r.decision().summary() + " — " + r.reason();
        } else if (e instanceof BondClosed x) {
            return String.format(Locale.ROOT, "Bond %s closed: %s for %d years at %.2f%%", x.id(), b(x.amountM()),
                    x.tenorYears(), x.couponRate() * 100);
        } else if (e instanceof GpusDelivered x) {
            return String.format(Locale.ROOT, "%,d %s delivered (%s paid on delivery)%s", x.units(), x.generation(),
                    b(x.paidM()), x.stillOnOrder() > 0 ? String.format(Locale.ROOT, "; %,d still due — supply is tight",
                            x.stillOnOrder()) : "");
        } else if (e instanceof GpusIdle x) {
            return String.format(Locale.ROOT,
                    "%,d of %,d GPUs idle: not enough powered capacity (%.2f GW online) — they depreciate all the same",
                    x.idle(), x.delivered(), x.gwOnline());
        } else if (e instanceof ConstructionCompleted x) {
            return String.format(Locale.ROOT, "%s: %.2f GW online%s", x.site(), x.gw(), x.leasedGw() > 0
                    ? String.format(Locale.ROOT, " (%.2f GW of it leased from the partner)", x.leasedGw()) : "");
        } else if (e instanceof ConstructionDelayed x) {
            return x.site() + " construction delayed a quarter: " + x.cause();
        } else if (e instanceof ModelReleased x) {
            if (x.meta()) {
                return String.format(Locale.ROOT, "Meta releases %s at %.0f Elo: arena rank #%d%s", x.model(), x.elo(),
                        x.rank(), x.elo() > x.previousBest() ? ""
                                : String.format(Locale.ROOT, " (below its best, %.0f)", x.previousBest()));
            }
            return String.format(Locale.ROOT, "%s releases %s at %.0f Elo, #%d", x.lab(), x.model(), x.elo(), x.rank());
        } else if (e instanceof GameEvent.ModelHeld x) {
            return dev.capex.report.Msg.t("event.modelHeld", x.model(), x.elo(), x.rank());
        } else if (e instanceof CompetitorNews x) {
            return x.text();
        } else if (e instanceof CompetitorCapex x) {
            return x.competitor() + " spends " + b(x.capexM()) + " on capex this quarter";
        } else if (e instanceof CardDrawn x) {
            return x.title() + ": " + x.description();
        } else if (e instanceof RatingChanged x) {
            return String.format(Locale.ROOT, "%s from %s to %s: net leverage %.1fx, interest cover %s%s",
                    x.downgrade() ? "Downgraded" : "Upgraded", x.from(), x.to(), x.netLeverage(),
                    x.interestCover() >= 100 ? "over 100x" : String.format(Locale.ROOT, "%.1fx", x.interestCover()),
                    x.cause().isEmpty() ? "" : " — " + x.cause());
        } else if (e instanceof CovenantBreached x) {
            return String.format(Locale.ROOT, "Covenant breached on %s (%s): %s %.2fx against a limit of %.2fx — "
                    + "quarter %d in a row", x.instrument(), x.lender(), x.metric(), x.value(), x.limit(), x.streak());
        } else if (e instanceof EmergencyFacilityDrawn x) {
            return String.format(Locale.ROOT,
                    "Cash fell below the operating minimum: %s drawn on the emergency facility at %.1f%% (%s in all)",
                    b(x.amountM()), x.rate() * 100, b(x.totalM()));
        } else if (e instanceof DebtRepaid x) {
            return b(x.amountM()) + " of " + x.instrument() + " repaid (" + x.why() + ")";
        } else if (e instanceof StarsLeft x) {
            return x.stars() + (x.stars() == 1 ? " star researcher left" : " star researchers left") + " for " + x.to()
                    + ": " + x.cause();
        } else if (e instanceof StakeNews x) {
            return x.text();
        } else if (e instanceof Milestone x) {
            return x.text();
        } else if (e instanceof GameEnded x) {
            return (x.defaulted() ? "DEFAULT — game over: " : "The game is over: ") + x.reason();
        }
        throw new IllegalArgumentException("no sentence for " + e.getClass().getSimpleName());
    }
}
