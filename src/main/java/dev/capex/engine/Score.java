package dev.capex.engine;

import dev.capex.engine.model.CreditState;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.GameStatus;
import dev.capex.engine.model.QuarterFigures;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.rules.ComputeRules;
import dev.capex.engine.rules.ValuationRules;
import java.util.List;
import java.util.Locale;

/**
 * The scorecard of a game: total shareholder return plus the scenario's weighted measures. Points per
 * measure: TSR in percent, averaged over the final scorecard.tsrFinalQuarters quarters played (so that a
 * trick timed for the last quarter earns little); rank 40 - rank (at least 0); rating -5 per notch below
 * the start; cumulative free cash flow 10 per fcfScaleM; GW 10 per gwScale, counting powered capacity
 * that runs GPUs in full and idle capacity at scorecard.idleGwWeight; survival 20 (0 on default).
 *
 * @param tsr      the TSR scored (the final quarters' average)
 * @param tsrEnd   the TSR at the end of the game
 * @param gwOnline powered capacity online at the end
 * @param gwUsed   the part of it that powers GPUs
 */
public record Score(double tsr, int finalRank, String rating, int notchesBelowStart, long cumulativeFcfM,
        double gwOnline, boolean survived, double tsrPoints, double rankPoints, double ratingPoints, double fcfPoints,
        double gwPoints, double survivalPoints, double total, double tsrEnd, double gwUsed) {

    /** One measure of the scorecard: its name, the scenario's weight and how its points are earned. */
    public record Weight(String measure, double weight, String rule) {
    }

    /** The scenario's weights, with how each measure earns points: what a player should see before playing. */
    public static List<Weight> weights(Scenario sc) {
        Scenario.Scorecard w = sc.scorecard();
        int n = Math.max(1, w.tsrFinalQuarters());
        return List.of(
                new Weight("TSR", w.tsrWeight(), n == 1 ? "1 point per % of total shareholder return at the end"
                        : String.format(Locale.ROOT, "1 point per %% of total shareholder return, averaged over the last %d "
                                + "quarters", n)),
                new Weight("AI rank", w.rankWeight(), "40 - final arena rank (at least 0)"),
                new Weight("rating", w.ratingWeight(), "-5 per notch below the starting rating"),
                new Weight("free cash flow", w.fcfWeight(), String.format(Locale.ROOT, "10 per $%,.0fB of cumulative free "
                        + "cash flow", w.fcfScaleM() / 1000)),
                new Weight("GW", w.gwWeight(), String.format(Locale.ROOT, "10 per %s GW powering GPUs at the end%s",
                        trim(w.gwScale()), w.idleGwWeight() >= 1 ? " or idle" : w.idleGwWeight() > 0
                                ? String.format(Locale.ROOT, " (idle GW count %.0f%%)", w.idleGwWeight() * 100)
                                : " (idle GW count nothing)")),
                new Weight("survival", w.survivalWeight(), "20 if Meta does not default"));
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** The weights on one line, e.g. "score = 1 x TSR + 1 x AI rank + ...". */
    public static String weightsLine(Scenario sc) {
        StringBuilder b = new StringBuilder("score =");
        boolean first = true;
        for (Weight w : weights(sc)) {
            if (w.weight() == 0) {
                continue;
            }
            b.append(first ? " " : " + ").append(trim(w.weight())).append(" x ").append(w.measure());
            first = false;
        }
        return b.toString();
    }

    public static Score of(Scenario sc, GameState s) {
        return of(sc, s.market().sharePrice(), s.market().dividendsPerShare(), s.market().startSharePrice(),
                s.books().history(), s.financing().credit(), s.status(), s.gwOnline(),
                ComputeRules.gwUsed(sc, s.estate().sites(), s.fleet().cohorts()), s.lab().ai().rank());
    }

    /**
     * The scorecard from the figures it reads: a state's ({@link #of(Scenario, GameState)}) or a live game's
     * between quarters ({@link LiveGame#score}), the same arithmetic in the same order. {@code gwPowered} is what
     * {@link ComputeRules#gwUsed} gives for the sites and the cohorts.
     */
    static Score of(Scenario sc, double sharePrice, double dividendsPerShare, double startSharePrice,
            List<QuarterFigures> history, CreditState credit, GameStatus status, double gwOnline, double gwPowered,
            int rank) {
        Scenario.Scorecard w = sc.scorecard();
        double tsrEnd = (sharePrice + dividendsPerShare) / startSharePrice - 1;
        int count = 0; // the quarters played, oldest first (GameState.played())
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).played()) {
                count++;
            }
        }
        int n = Math.min(Math.max(1, w.tsrFinalQuarters()), count);
        double tsr = tsrEnd;
        if (n > 1) {
            double sum = 0;
            int seen = 0;
            for (int i = 0; i < history.size(); i++) {
                QuarterFigures f = history.get(i);
                if (f.played() && seen++ >= count - n) {
                    sum += f.tsr();
                }
            }
            tsr = sum / n;
        }
        long fcf = 0;
        for (int i = 0; i < history.size(); i++) {
            QuarterFigures f = history.get(i);
            if (f.played()) {
                fcf += f.freeCashFlowM();
            }
        }
        int notches = Math.max(0, credit.ratingIndex() - ValuationRules.startRatingIndex(sc));
        boolean survived = status != GameStatus.DEFAULTED;
        double gwUsed = Math.min(gwOnline, gwPowered);
        double tsrP = tsr * 100;
        double rankP = Math.max(0, 40 - rank);
        double ratingP = -5.0 * notches;
        double fcfP = 10.0 * fcf / w.fcfScaleM();
        double gwCounted = w.idleGwWeight() >= 1 ? gwOnline : gwUsed + w.idleGwWeight() * (gwOnline - gwUsed);
        double gwP = 10.0 * gwCounted / w.gwScale();
        double survP = survived ? 20 : 0;
        double total = w.tsrWeight() * tsrP + w.rankWeight() * rankP + w.ratingWeight() * ratingP + w.fcfWeight() * fcfP
                + w.gwWeight() * gwP + w.survivalWeight() * survP;
        return new Score(tsr, rank, credit == null ? "" : sc.finance().ratings()
                .get(credit.ratingIndex()).name(), notches, fcf, gwOnline, survived, tsrP, rankP, ratingP, fcfP,
                gwP, survP, total, tsrEnd, gwUsed);
    }
}
