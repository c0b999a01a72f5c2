package dev.capex.report;

import dev.capex.engine.Engine;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario;
import dev.capex.strategy.Bots;
import dev.capex.strategy.Strategy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built-in bots played in a world (scenario and seed): their states after every quarter, as
 * reference lines for the scorecard. Playing six bots takes a moment, so the runs are cached per
 * (scenario, seed) for the life of the program: the workshop asks after every quarter.
 */
public final class BotReference {
    private BotReference() {
    }

    private record World(Scenario scenario, long seed) {
    }

    private static final Map<World, Map<String, List<GameState>>> CACHE = new ConcurrentHashMap<>();

    /** Each bot's states: index 0 is the opening position, index t the state after t quarters. */
    public static Map<String, List<GameState>> runs(Scenario sc, long seed) {
        return CACHE.computeIfAbsent(new World(sc, seed), w -> {
            Map<String, List<GameState>> out = new LinkedHashMap<>();
            for (Map.Entry<String, Strategy> bot : Bots.all().entrySet()) {
                List<GameState> states = new ArrayList<>();
                GameState s = Engine.start(sc, seed);
                states.add(s);
                while (!s.isOver()) {
                    s = Engine.resolve(sc, s, bot.getValue().decide(sc, s)).state();
                    states.add(s);
                }
                out.put(bot.getKey(), List.copyOf(states));
            }
            return Collections.unmodifiableMap(out);
        });
    }

    /** The bot's state after the given number of quarters (its last one if it ended sooner). */
    public static GameState at(List<GameState> states, int turn) {
        return states.get(Math.max(0, Math.min(turn, states.size() - 1)));
    }

    /** True when every game is in the same scenario and seed: only then are bot references fair. */
    public static boolean sameWorld(List<ReplayedGame> games) {
        if (games.isEmpty()) {
            return false;
        }
        TeamGame f = games.get(0).game();
        return games.stream().allMatch(g -> g.game().seed() == f.seed() && g.game().scenario().equals(f.scenario()));
    }
}
