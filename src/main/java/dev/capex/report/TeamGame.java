package dev.capex.report;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario;
import java.util.List;
import java.util.Map;

/**
 * One team's game as a report reads it: who played, in which world (scenario and seed), and what they
 * decided each quarter. Everything else (every figure, every event) comes from replaying it with the
 * engine, so a report never trusts numbers stored in a file.
 *
 * @param source where it came from (a save or plan file), for messages
 * @param toTheEnd play every quarter of the scenario (a plan), or only up to the last recorded quarter (a
 *                 save of an unfinished game)
 */
public record TeamGame(String team, Scenario scenario, long seed, Map<Quarter, List<Decision>> decisions,
        String source, boolean toTheEnd) {

    /** A whole game: a plan or a bot plays every quarter (quarters it omits have no decisions). */
    public TeamGame(String team, Scenario scenario, long seed, Map<Quarter, List<Decision>> decisions, String source) {
        this(team, scenario, seed, decisions, source, true);
    }

    /** A built-in bot's game in a world: its decisions each quarter, as a team named "bot NAME". */
    public static TeamGame bot(Scenario sc, long seed, String name) {
        dev.capex.strategy.Strategy st = dev.capex.strategy.Bots.named(name);
        java.util.Map<Quarter, List<Decision>> ds = new java.util.LinkedHashMap<>();
        dev.capex.engine.model.GameState s = dev.capex.engine.Engine.start(sc, seed);
        while (!s.isOver()) {
            List<Decision> d = st.decide(sc, s);
            ds.put(s.quarter(), List.copyOf(d));
            s = dev.capex.engine.Engine.resolve(sc, s, d).state();
        }
        return new TeamGame("bot " + name, sc, seed, ds, "the built-in bot " + name);
    }

    public List<Decision> decisionsFor(Quarter q) {
        return decisions.getOrDefault(q, List.of());
    }
}
