package dev.capex.engine;

import dev.capex.engine.model.GameState;
import dev.capex.engine.model.GameStatus;
import dev.capex.engine.model.QuarterFigures;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.rules.ValuationRules;

/**
 * The scorecard of a game: total shareholder return plus the scenario's weighted measures. Points per
 * measure: TSR in percent; rank 40 - rank (at least 0); rating -5 per notch below the start;
 * cumulative free cash flow 10 per fcfScaleM; GW online 10 per gwScale; survival 20 (0 on default).
 */
public record Score(double tsr, int finalRank, String rating, int notchesBelowStart, long cumulativeFcfM,
        double gwOnline, boolean survived, double tsrPoints, double rankPoints, double ratingPoints, double fcfPoints,
        double gwPoints, double survivalPoints, double total) {

    public static Score of(Scenario sc, GameState s) {
        Scenario.Scorecard w = sc.scorecard();
        QuarterFigures last = s.latest();
        double tsr = (s.market().sharePrice() + s.market().dividendsPerShare()) / s.market().startSharePrice() - 1;
        long fcf = 0;
        for (QuarterFigures f : s.played()) {
            fcf += f.freeCashFlowM();
        }
        int notches = Math.max(0, s.credit().ratingIndex() - ValuationRules.startRatingIndex(sc));
        boolean survived = s.status() != GameStatus.DEFAULTED;
        double tsrP = tsr * 100;
        double rankP = Math.max(0, 40 - s.ai().rank());
        double ratingP = -5.0 * notches;
        double fcfP = 10.0 * fcf / w.fcfScaleM();
        double gwP = 10.0 * s.gwOnline() / w.gwScale();
        double survP = survived ? 20 : 0;
        double total = w.tsrWeight() * tsrP + w.rankWeight() * rankP + w.ratingWeight() * ratingP + w.fcfWeight() * fcfP
                + w.gwWeight() * gwP + w.survivalWeight() * survP;
        return new Score(tsr, s.ai().rank(), s.credit() == null ? "" : sc.finance().ratings()
                .get(s.credit().ratingIndex()).name(), notches, fcf, s.gwOnline(), survived, tsrP, rankP, ratingP, fcfP,
                gwP, survP, total);
    }
}
