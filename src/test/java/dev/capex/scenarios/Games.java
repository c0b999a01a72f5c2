package dev.capex.scenarios;

import dev.capex.engine.Engine;
import dev.capex.engine.QuarterResult;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.QuarterFigures;
import dev.capex.engine.model.Scenario;
import dev.capex.scenario.ScenarioException;
import dev.capex.scenario.ScenarioLoader;
import dev.capex.strategy.Strategy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Plays whole games for the scenario lesson tests: a strategy in a scenario and a seed, start to end. */
final class Games {
    private Games() {
    }

    /** The seeds every lesson is measured over: the same worlds in both scenarios (common random numbers). */
    static final int SEEDS = 20;

    record Game(GameState end, List<QuarterResult> quarters) {
        double sum(ToDoubleFunction<QuarterFigures> f) {
            return end.played().stream().mapToDouble(f).sum();
        }

        /** How many events of the game are news of a stake of one of these kinds. */
        long count(GameEvent.StakeNews.What... what) {
            List<GameEvent.StakeNews.What> kinds = List.of(what);
            return quarters.stream().flatMap(r -> r.events().stream())
                    .filter(e -> e instanceof GameEvent.StakeNews n && kinds.contains(n.what())).count();
        }

        long count(Class<? extends GameEvent> kind, String containing) {
            return quarters.stream().flatMap(r -> r.events().stream())
                    .filter(e -> kind.isInstance(e) && dev.capex.report.EventText.text(e).contains(containing)).count();
        }
    }

    static Scenario scenario(String id) {
        try {
            return ScenarioLoader.load(Path.of("scenarios", id + ".json"));
        } catch (ScenarioException e) {
            throw new AssertionError(e.problems().toString());
        }
    }

    static Game play(Scenario sc, long seed, Strategy strategy) {
        GameState s = Engine.start(sc, seed);
        List<QuarterResult> rs = new ArrayList<>();
        while (!s.isOver()) {
            QuarterResult r = Engine.resolve(sc, s, strategy.decide(sc, s));
            rs.add(r);
            s = r.state();
        }
        return new Game(s, rs);
    }

    /** The mean of a measure over the lesson seeds. */
    static double mean(Scenario sc, Strategy strategy, ToDoubleFunction<Game> measure) {
        double total = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            total += measure.applyAsDouble(play(sc, seed, strategy));
        }
        return total / SEEDS;
    }

    /** A fixed plan by turn number (0 = the first quarter), the same in every scenario. */
    static Strategy plan(String name, Map<Integer, List<Decision>> byTurn) {
        return new Strategy() {
            public String name() {
                return name;
            }

            public String description() {
                return name;
            }

            public List<Decision> decide(Scenario scenario, GameState state) {
                return byTurn.getOrDefault(state.turn(), List.of());
            }
        };
    }
}
