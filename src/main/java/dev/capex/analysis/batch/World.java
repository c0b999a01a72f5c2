package dev.capex.analysis.batch;

import dev.capex.engine.LiveGame;
import dev.capex.engine.Score;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.GameStatus;
import dev.capex.engine.model.QuarterFigures;
import dev.capex.engine.model.Scenario;
import dev.capex.strategy.Strategy;
import java.util.List;

/** One world: a strategy played from the scenario's start with one seed, to the end or a turn limit. */
public final class World {
    private World() {
    }

    /** Plays the whole game. */
    public static WorldOutcome play(Scenario sc, Strategy strategy, long seed) {
        return play(sc, strategy, seed, Integer.MAX_VALUE);
    }

    /**
     * Plays at most {@code maxQuarters} quarters (a save that stopped early is compared with worlds
     * stopped at the same quarter). Decisions a world refuses are skipped by the engine and counted.
     */
    public static WorldOutcome play(Scenario sc, Strategy strategy, long seed, int maxQuarters) {
        LiveGame g = LiveGame.start(sc, seed).withoutRivalNews(); // the outcome reads no news: not made
        long minCash = Long.MAX_VALUE;
        double peakLev = Double.NEGATIVE_INFINITY;
        int refused = 0;
        int played = 0;
        while (!g.isOver() && played < maxQuarters) {
            List<GameEvent> events = g.play(strategy.decide(sc, g));
            for (int i = 0; i < events.size(); i++) { // indexed: no iterator
                if (events.get(i) instanceof GameEvent.DecisionRefused) {
                    refused++;
                }
            }
            played++;
            QuarterFigures f = g.latest();
            minCash = Math.min(minCash, f.cashM());
            peakLev = Math.max(peakLev, f.netLeverage());
        }
        if (played == 0) {
            minCash = g.cashM();
            peakLev = g.latest().netLeverage();
        }
        Score score = g.score(); // the state's scorecard, read from the live game: no state built
        return new WorldOutcome(seed, played, score.tsrEnd(), score.total(), g.rank(), minCash, peakLev,
                g.downgrades() > 0, g.status() == GameStatus.DEFAULTED, refused);
    }
}
