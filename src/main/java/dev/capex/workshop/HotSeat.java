package dev.capex.workshop;

import dev.capex.engine.QuarterResult;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario;
import dev.capex.play.GameSession;
import dev.capex.report.Leaderboard;
import dev.capex.report.BotReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hot-seat workshop game: several teams share one screen, each with its own game in the same world
 * (scenario and seed, hence the same shocks at the same quarter). Each quarter every team decides in
 * turn, with a hand-over between teams so that no team sees another's screen; when the last team is
 * done the quarter resolves for all, and the leaderboard shows. The faces (plain text, dashboard) only
 * draw the phase and call the transitions; all the rules of the rotation are here, testable without a
 * terminal.
 */
public final class HotSeat {

    /** Where the rotation stands. */
    public enum Phase {
        /** The screen is blank: "pass the keyboard to TEAM". */
        HANDOFF,
        /** The current team is queueing decisions on its own game. */
        DECIDING,
        /** The quarter has resolved for every team: the leaderboard. */
        LEADERBOARD,
        /** Every team's game is over. */
        OVER
    }

    private final Scenario scenario;
    private final long seed;
    private final List<GameSession> sessions = new ArrayList<>();
    private int current;
    private Phase phase = Phase.HANDOFF;
    private final Map<String, QuarterResult> lastResults = new LinkedHashMap<>();
    private Quarter lastResolved;

    public HotSeat(Scenario scenario, long seed, List<String> teams) {
        if (teams.isEmpty()) {
            throw new IllegalArgumentException("a workshop needs at least one team");
        }
        if (teams.stream().distinct().count() != teams.size()) {
            throw new IllegalArgumentException("two teams have the same name: " + teams);
        }
        this.scenario = scenario;
        this.seed = seed;
        for (String t : teams) {
            sessions.add(new GameSession(scenario, seed, t));
        }
    }

    public Scenario scenario() {
        return scenario;
    }

    public long seed() {
        return seed;
    }

    public Phase phase() {
        return phase;
    }

    public List<GameSession> sessions() {
        return List.copyOf(sessions);
    }

    public List<String> teams() {
        return sessions.stream().map(GameSession::team).toList();
    }

    /** The team whose turn it is (in HANDOFF: the team the keyboard goes to). */
    public GameSession current() {
        return sessions.get(current);
    }

    /** The quarter being decided (or just resolved, on the leaderboard). */
    public Quarter quarter() {
        return phase == Phase.LEADERBOARD || phase == Phase.OVER ? lastResolved : current().state().quarter();
    }

    /** What each team's last quarter did (empty before the first). */
    public Map<String, QuarterResult> lastResults() {
        return java.util.Collections.unmodifiableMap(lastResults);
    }

    /** HANDOFF to DECIDING: the team has the keyboard. */
    public void takeKeyboard() {
        require(Phase.HANDOFF);
        phase = Phase.DECIDING;
    }

    /**
     * The current team has decided: the keyboard passes to the next team still playing, or, after the
     * last, the quarter resolves for every team and the leaderboard shows.
     */
    public void doneDeciding() {
        require(Phase.DECIDING);
        int next = nextPlaying(current + 1);
        if (next >= 0) {
            current = next;
            phase = Phase.HANDOFF;
            return;
        }
        lastResults.clear();
        for (GameSession s : sessions) {
            if (!s.state().isOver()) {
                lastResolved = s.state().quarter();
                lastResults.put(s.team(), s.endQuarter());
            }
        }
        phase = Phase.LEADERBOARD;
    }

    /** From the leaderboard to the next quarter's first team, or to the end. */
    public void nextQuarter() {
        require(Phase.LEADERBOARD);
        int first = nextPlaying(0);
        if (first < 0) {
            phase = Phase.OVER;
            return;
        }
        current = first;
        phase = Phase.HANDOFF;
    }

    public boolean isOver() {
        return phase == Phase.OVER;
    }

    /** The teams ranked by the scenario's scorecard now, with the bots after as many quarters as reference. */
    public Leaderboard leaderboard(boolean withBots) {
        List<Leaderboard.Row> teams = new ArrayList<>();
        for (GameSession s : sessions) {
            teams.add(Leaderboard.Row.of(s.team(), false, scenario, s.state()));
        }
        List<Leaderboard.Row> bots = new ArrayList<>();
        if (withBots) {
            int turn = sessions.stream().mapToInt(s -> s.state().turn()).max().orElse(0);
            BotReference.runs(scenario, seed).forEach((name, states) -> bots.add(Leaderboard.Row.of(name, true, scenario,
                    BotReference.at(states, turn))));
        }
        return Leaderboard.of(teams, bots);
    }

    private int nextPlaying(int from) {
        for (int i = from; i < sessions.size(); i++) {
            if (!sessions.get(i).state().isOver()) {
                return i;
            }
        }
        return -1;
    }

    private void require(Phase p) {
        if (phase != p) {
            throw new IllegalStateException("the workshop is at " + phase + ", not " + p);
        }
    }
}
