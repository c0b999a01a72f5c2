package dev.capex.analysis.batch;

import dev.capex.engine.Engine;
import dev.capex.engine.QuarterResult;
import dev.capex.engine.Score;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.GameStatus;
import dev.capex.engine.model.QuarterFigures;
import dev.capex.engine.model.Scenario;
import dev.capex.strategy.Strategy;

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
        GameState s = Engine.start(sc, seed);
        long minCash = Long.MAX_VALUE;
        double peakLev = Double.NEGATIVE_INFINITY;
        int refused = 0;
        int played = 0;
        while (!s.isOver() && played < maxQuarters) {
            QuarterResult r = Engine.resolve(sc, s, strategy.decide(sc, s));
            for (GameEvent e : r.events()) {
                if (e instanceof GameEvent.DecisionRefused) {
                    refused++;
                }
            }
            s = r.state();
            played++;
            QuarterFigures f = s.latest();
            minCash = Math.min(minCash, f.cashM());
            peakLev = Math.max(peakLev, f.netLeverage());
        }
        if (played == 0) {
            minCash = s.cashM();
            peakLev = s.latest().netLeverage();
        }
        Score score = Score.of(sc, s);
        return new WorldOutcome(seed, played, score.tsrEnd(), score.total(), s.lab().ai().rank(), minCash, peakLev,
                s.financing().credit().downgrades() > 0, s.status() == GameStatus.DEFAULTED, refused);
    }
}
