package dev.capex.play;

import dev.capex.engine.Engine;
import dev.capex.engine.Preview;
import dev.capex.engine.QuarterResult;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario;
import dev.capex.save.LiveGame;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A game being played: the scenario, the seed and team, the current state, the decisions queued for
 * the quarter, and the log of every quarter played. The shell around the engine: the text mode, the
 * dashboard and the save writer all drive or watch a session; none of them holds game rules.
 */
public final class GameSession implements LiveGame {
    private final Scenario scenario;
    private final String team;
    private final long seed;
    private GameState state;
    private final GameState initial;
    private final List<Decision> queued = new ArrayList<>();
    private final Map<Quarter, List<Decision>> log = new LinkedHashMap<>();
    private final List<QuarterResult> results = new ArrayList<>();
    private final List<Consumer<GameSession>> afterQuarter = new ArrayList<>();

    public GameSession(Scenario scenario, long seed, String team) {
        this(scenario, seed, team, Engine.start(scenario, seed));
    }

    /** A session that continues from a state (a loaded or branched game). */
    public GameSession(Scenario scenario, long seed, String team, GameState state) {
        this.scenario = scenario;
        this.seed = seed;
        this.team = team;
        this.state = state;
        this.initial = state;
        // the German of the scenario's texts that the engine copies into events (cards, rivals' news)
        dev.capex.report.i18n.ScenarioText.learn(scenario);
        String extreme = extreme(state);
        if (extreme != null) {
            throw new OutOfRange("the game's opening position holds " + extreme + ", beyond what Capex keeps exactly "
                    + "(under 1e16): the scenario's numbers are too extreme");
        }
    }

    @Override
    public Scenario scenario() {
        return scenario;
    }

    @Override
    public String team() {
        return team;
    }

    @Override
    public long seed() {
        return seed;
    }

    public GameState state() {
        return state;
    }

    public List<Decision> queued() {
        return List.copyOf(queued);
    }

    /** Every quarter's decisions so far, in order (what a save records). */
    @Override
    public Map<Quarter, List<Decision>> log() {
        return java.util.Collections.unmodifiableMap(log);
    }

    @Override
    public List<QuarterResult> results() {
        return List.copyOf(results);
    }

    /** The state before result {@code i} was played (the session's first state before its first result). */
    public GameState stateBefore(int i) {
        return i > 0 ? results.get(i - 1).state() : initial;
    }

    /** The share price's bridge of result {@code i}: from the state before it to its own. */
    public dev.capex.engine.ValuationBridge bridge(int i) {
        return dev.capex.engine.ValuationBridge.between(scenario, stateBefore(i).market(), results.get(i).state().market());
    }

    public QuarterResult lastResult() {
        return results.isEmpty() ? null : results.get(results.size() - 1);
    }

    @Override
    public void afterEachQuarter(Runnable action) {
        onQuarterResolved(s -> action.run());
    }

    /**
     * A session positioned at the end of a replayed save, to continue playing it: the save's decisions
     * and the replayed results, the state after its last quarter.
     */
    public static GameSession continuing(dev.capex.analysis.Replay.Result r) {
        GameSession s = new GameSession(r.save().scenario(), r.save().seed(), r.save().team(), r.start());
        Map<Quarter, List<Decision>> log = new LinkedHashMap<>();
        List<QuarterResult> results = new ArrayList<>();
        for (dev.capex.analysis.Replay.ReplayedQuarter q : r.quarters()) {
            log.put(q.quarter(), q.saved().decisions());
            results.add(q.result());
        }
        s.restore(log, results, r.finalState());
        return s;
    }

    /** Called after each quarter is resolved (autosave, screen refresh). */
    public void onQuarterResolved(Consumer<GameSession> listener) {
        afterQuarter.add(listener);
    }

    /** The pro forma of the queue plus one more decision; nothing changes. */
    public Preview previewWith(Decision d) {
        List<Decision> trial = new ArrayList<>(queued);
        trial.add(d);
        return Engine.preview(scenario, state, trial);
    }

    public Preview preview() {
        return Engine.preview(scenario, state, queued);
    }

    /** What a player reads when the queue is at its limit. */
    public static final String QUEUE_FULL = "the queue holds at most " + dev.capex.scenario.Limits.QUEUED_DECISIONS
            + " decisions: end the quarter, or remove or change one (docs/limits.md)";

    /** {@link #QUEUE_FULL} in the player's language. */
    public static String queueFullText() {
        return dev.capex.report.Msg.t("session.queueFull", dev.capex.scenario.Limits.QUEUED_DECISIONS);
    }

    /** Whether the queue holds as many decisions as a quarter may have. */
    public boolean queueFull() {
        return queued.size() >= dev.capex.scenario.Limits.QUEUED_DECISIONS;
    }

    /**
     * Queues a decision if the engine would accept it now; returns the preview either way. A full queue
     * ({@link #queueFull}) is refused with {@link IllegalStateException}: callers check it first.
     */
    public Preview queue(Decision d) {
        if (queueFull()) {
            throw new IllegalStateException(QUEUE_FULL);
        }
        Preview p = previewWith(d);
        if (!p.lastRefused()) {
            queued.add(d);
        }
        return p;
    }

    public void replaceQueued(int index, Decision d) {
        queued.set(index, d);
    }

    public Decision removeQueued(int index) {
        return queued.remove(index);
    }

    public void clearQueue() {
        queued.clear();
    }

    /** Plays the quarter with the queued decisions (a refused one is reported in the events). */
    public QuarterResult endQuarter() {
        return play(List.copyOf(queued));
    }

    /** Plays the quarter with the given decisions. */
    public QuarterResult play(List<Decision> decisions) {
        if (decisions.size() > dev.capex.scenario.Limits.DECISIONS_PER_QUARTER) {
            throw new IllegalArgumentException(decisions.size() + " decisions in " + state.quarter()
                    + "; a quarter may have at most " + dev.capex.scenario.Limits.DECISIONS_PER_QUARTER);
        }
        for (Decision d : decisions) {
            String tooLarge = dev.capex.scenario.Limits.decisionProblem(d);
            if (tooLarge != null) {
                throw new IllegalArgumentException(d.type() + " in " + state.quarter() + ": " + tooLarge);
            }
        }
        Quarter q = state.quarter();
        QuarterResult r = Engine.resolve(scenario, state, decisions);
        String extreme = extreme(r.state());
        if (extreme != null) {
            throw new OutOfRange("playing " + q + " would carry the game to " + extreme + ", beyond what Capex keeps "
                    + "exactly (under 1e16); the scenario's numbers or the decisions are too extreme: the game stops "
                    + "before " + q + (results.isEmpty() ? "" : " and is saved up to the quarter before"));
        }
        log.put(q, List.copyOf(decisions));
        results.add(r);
        state = r.state();
        queued.clear();
        for (Consumer<GameSession> l : afterQuarter) {
            l.accept(this);
        }
        return r;
    }

    /** A quarter that would bring a number the game cannot keep exactly (1e16 or more, NaN, infinite) into the state. */
    public static final class OutOfRange extends RuntimeException {
        public OutOfRange(String message) {
            super(message, null, false, false);
        }
    }

    /** A double of 1e16 or more, NaN or infinite as Double.toString writes it inside a record's text. */
    private static final java.util.regex.Pattern EXTREME = java.util.regex.Pattern.compile(
            "[0-9]E(?:1[6-9]|[2-9][0-9]|[0-9]{3})|(?<=[=\\[ ,(])(?:NaN|-?Infinity)(?=[,\\]) }]|$)");

    /**
     * A value in the state that no state may hold (1e16 or more, NaN, infinite), or null. Such a value is
     * beyond a double's exact integers, and the text of a format-1 digest (Double.toString) writes it
     * differently from one JDK to the next. The state's text is written only to name a value found.
     */
    public static String extreme(GameState s) {
        if (!dev.capex.engine.StateEncoding.holdsExtreme(s)) {
            return null;   // the common case, without writing the state's text
        }
        java.util.regex.Matcher m = EXTREME.matcher(s.toString());
        if (!m.find()) {
            return null;
        }
        String text = s.toString();
        int from = Math.max(0, text.lastIndexOf(' ', Math.max(0, m.start() - 1)) - 40);
        int eq = text.lastIndexOf('=', m.start());
        int nameStart = eq < 0 ? m.start() : Math.max(Math.max(text.lastIndexOf(' ', eq), text.lastIndexOf('(', eq)),
                text.lastIndexOf('[', eq)) + 1;
        String field = eq < 0 || eq < from ? "" : text.substring(nameStart, eq) + " = ";
        int end = m.end();
        while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
            end++;
        }
        int start = m.start();
        while (start > 0 && (Character.isDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.'
                || text.charAt(start - 1) == '-')) {
            start--;
        }
        return field + text.substring(start, Math.max(end, m.end()));
    }

    /** Restores a session's log and results after loading (without calling listeners). */
    public void restore(Map<Quarter, List<Decision>> decisions, List<QuarterResult> played, GameState now) {
        log.clear();
        log.putAll(decisions);
        results.clear();
        results.addAll(played);
        state = now;
        queued.clear();
    }
}
