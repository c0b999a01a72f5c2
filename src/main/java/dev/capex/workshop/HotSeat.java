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
        /**
         * Every team has ended its turn; the quarter plays when the facilitator says so. Until then a team
         * can take its turn back.
         */
        READY,
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
    private final java.util.Set<String> done = new java.util.LinkedHashSet<>();
    private final Map<String, dev.capex.engine.model.GameState> before = new LinkedHashMap<>();
    private Quarter lastResolved;

    public HotSeat(Scenario scenario, long seed, List<String> teams) {
        this(scenario, seed, teams.stream().map(t -> new GameSession(scenario, seed, t)).toList(), true);
    }

    /** A workshop that goes on with games already played (resumed from the teams' saves). */
    public HotSeat(Scenario scenario, long seed, List<GameSession> games, boolean fresh) {
        if (games.isEmpty()) {
            throw new IllegalArgumentException("a workshop needs at least one team");
        }
        if (games.stream().map(GameSession::team).distinct().count() != games.size()) {
            throw new IllegalArgumentException("two teams have the same name: " + games.stream().map(GameSession::team)
                    .toList());
        }
        this.scenario = scenario;
        this.seed = seed;
        sessions.addAll(games);
        int first = nextPlaying(0);
        if (first < 0) {
            phase = Phase.OVER;
        } else {
            current = first;
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
        if (phase == Phase.LEADERBOARD || phase == Phase.OVER) {
            return lastResolved != null ? lastResolved : current().state().quarter().plus(-1);
        }
        return current().state().quarter();
    }

    /** The teams that have ended their turn this quarter, in the order they did. */
    public List<String> doneTeams() {
        return List.copyOf(done);
    }

    /** Where each team stood before the last quarter played (for the leaderboard's changes). */
    public dev.capex.engine.model.GameState before(String team) {
        return before.get(team);
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
     * The current team has ended its turn: the keyboard passes to the next team still deciding, or, after
     * the last, the facilitator is asked to play the quarter (READY). Nothing is played yet: a team can
     * take its turn back until then.
     */
    public void doneDeciding() {
        require(Phase.DECIDING);
        done.add(current().team());
        int next = nextPlaying(0);
        if (next >= 0) {
            current = next;
            phase = Phase.HANDOFF;
            return;
        }
        phase = Phase.READY;
    }

    /** The last team to end its turn (null if none): the one a "back" gives the keyboard to. */
    public String lastDone() {
        String last = null;
        for (String t : done) {
            last = t;
        }
        return last;
    }

    /**
     * A team takes back the turn it ended (before the facilitator plays the quarter): the keyboard goes
     * back to it, its queue as it left it.
     */
    public void takeBack(String team) {
        if (phase != Phase.HANDOFF && phase != Phase.READY) {
            throw new IllegalStateException("a turn can be taken back only between turns, not at " + phase);
        }
        if (!done.remove(team)) {
            throw new IllegalArgumentException(team + " has not ended its turn");
        }
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i).team().equals(team)) {
                current = i;
            }
        }
        phase = Phase.HANDOFF;
    }

    /** The facilitator plays the quarter for every team: the leaderboard shows. */
    public void playQuarter() {
        require(Phase.READY);
        lastResults.clear();
        before.clear();
        for (GameSession s : sessions) {
            if (!s.state().isOver()) {
                before.put(s.team(), s.state());
                lastResolved = s.state().quarter();
                lastResults.put(s.team(), s.endQuarter());
            }
        }
        done.clear();
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

    /** The standings with each team's change since the last quarter played and one line of why. */
    public List<dev.capex.report.Standings.Row> standings() {
        List<dev.capex.report.Standings.Entry> es = new ArrayList<>();
        for (GameSession s : sessions) {
            dev.capex.engine.model.GameState prev = before.get(s.team());
            if (prev == null && s.results().size() >= 2) {
                prev = s.results().get(s.results().size() - 2).state();
            } else if (prev == null && s.results().size() == 1) {
                prev = dev.capex.engine.Engine.start(scenario, seed);
            }
            es.add(new dev.capex.report.Standings.Entry(s.team(), scenario, s.state(), prev));
        }
        return dev.capex.report.Standings.of(es);
    }

    private int nextPlaying(int from) {
        for (int i = from; i < sessions.size(); i++) {
            if (!sessions.get(i).state().isOver() && !done.contains(sessions.get(i).team())) {
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
