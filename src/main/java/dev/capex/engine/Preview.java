package dev.capex.engine;

import dev.capex.engine.event.GameEvent;
import java.util.List;

/**
 * The pro forma effect of the queued decisions, before the quarter is played: what each decision
 * does or why it is refused, cash after, interest per year, leverage, covenant headroom and the
 * rating outlook (the notch the metrics would imply on trailing EBITDA).
 */
public record Preview(List<GameEvent> decisionEvents, long cashAfterM, long cashBeforeM, long interestPerYearM,
        long interestPerYearBeforeM, double netLeverage, double covenantHeadroom, boolean hasCovenants,
        String ratingNow, String ratingOutlook, long debtAfterM) {
    public Preview {
        decisionEvents = List.copyOf(decisionEvents);
    }

    /** The last decision's result (the one being previewed). */
    public GameEvent last() {
        return decisionEvents.isEmpty() ? null : decisionEvents.get(decisionEvents.size() - 1);
    }

    public boolean lastRefused() {
        return last() instanceof GameEvent.DecisionRefused;
    }
}
