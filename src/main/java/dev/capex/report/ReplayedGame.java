package dev.capex.report;

import dev.capex.engine.Engine;
import dev.capex.engine.QuarterResult;
import dev.capex.engine.Score;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.QuarterFigures;
import java.util.ArrayList;
import java.util.List;

/**
 * A team's game replayed with the engine: every quarter's result (state, events, statements), the
 * final state and its score. Quarters after the last decided one are not played: a save of an
 * unfinished game reports what was played.
 */
public record ReplayedGame(TeamGame game, List<QuarterResult> quarters, GameState end, Score score) {

    public static ReplayedGame of(TeamGame g) {
        GameState s = Engine.start(g.scenario(), g.seed());
        List<QuarterResult> rs = new ArrayList<>();
        Quarter last = g.decisions().keySet().stream().max(Quarter::compareTo).orElse(null);
        while (!s.isOver() && (g.toTheEnd() || last != null && !s.quarter().isAfter(last))) {
            QuarterResult r = Engine.resolve(g.scenario(), s, g.decisionsFor(s.quarter()));
            rs.add(r);
            s = r.state();
        }
        return new ReplayedGame(g, List.copyOf(rs), s, Score.of(g.scenario(), s));
    }

    public String team() {
        return game.team();
    }

    /** The played quarters' headline figures, in order. */
    public List<QuarterFigures> figures() {
        return end.played();
    }
}
