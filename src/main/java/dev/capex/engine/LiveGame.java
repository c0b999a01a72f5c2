package dev.capex.engine;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.ConstructionProject;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.GameStatus;
import dev.capex.engine.model.GpuCohort;
import dev.capex.engine.model.GpuOrder;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.QuarterFigures;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.model.SiteState;
import dev.capex.engine.model.Statements;
import dev.capex.engine.turn.Turn;
import java.util.Collections;
import java.util.List;

/**
 * A game played on, quarter after quarter, in one working state the engine owns: what a batch run, a
 * bot's search or a replay asks of the engine when nobody needs every quarter's {@link GameState}. The
 * state is built only when asked ({@link #state()}) and is then the same, bit for bit, as
 * {@link Engine#resolve} would have given for the same decisions (GameLoopEquivalenceTest plays both ways
 * on every built-in scenario). Not thread-safe: one game, one thread.
 *
 * <p>A strategy may {@link #open} the coming quarter: a {@link ProForma} over the game's own working state,
 * to which the decisions it sends are applied in place (a refused one leaves no trace). {@link #play} then
 * recognises the decisions already applied (they must be the first of those it is given, in order) and
 * applies only the rest, so that a bot that previews its decisions does not have them applied twice.
 */
public final class LiveGame {
    private final Scenario sc;
    private final Turn w;
    /** The state between quarters, once built (null until asked after a quarter). */
    private GameState state;
    private List<GameEvent> events = List.of();
    /** The last quarter's statements, once made (they are made from the working books between quarters). */
    private Statements statements;
    private boolean played;
    /** The coming quarter opened in place for a strategy ({@link #open}), or null. */
    private ProForma open;

    private LiveGame(Scenario sc, GameState s) {
        this.sc = sc;
        this.w = new Turn(sc, s);
        this.state = s;
    }

    /** A new game of {@code sc} with {@code seed}, at its opening position. */
    public static LiveGame start(Scenario sc, long seed) {
        return new LiveGame(sc, Engine.start(sc, seed));
    }

    /**
     * This game without the rivals' news: their headlines, capex, reactions' announcements and model releases
     * are not made into events (a batch run reads none of them, and they are a fifth of a quarter's allocation).
     * The game is the same: the same states, statements and other events (LiveGameEquivalenceTest).
     */
    public LiveGame withoutRivalNews() {
        w.rivalNews = false;
        return this;
    }

    /** The game standing at {@code s} (a save's last state, a branch point). */
    public static LiveGame from(Scenario sc, GameState s) {
        return new LiveGame(sc, s);
    }

    public Scenario scenario() {
        return sc;
    }

    /**
     * Plays the next quarter with {@code decisions} (each applied in order; a refused one is skipped and
     * reported) and returns what happened. The state is not built.
     */
    public List<GameEvent> play(List<Decision> decisions) {
        if (isOver()) {
            throw new IllegalStateException("the game is over: " + w.endReason.text());
        }
        ProForma pf = open;
        int done = 0;
        if (pf != null) {
            // The decisions applied in place are the first of these, in order: the working state stands where
            // applying them would have put it (a refused trial left nothing), so only the rest are applied.
            List<Decision> applied = pf.appliedInPlace();
            done = applied.size();
            if (!startsWith(decisions, applied)) {
                throw new IllegalStateException("the quarter " + w.q + " was opened and " + applied
                        + " applied in place, but it is played with " + decisions
                        + ": a strategy that opens the quarter must return the decisions it applied (and may add more)");
            }
            open = null;
        }
        Engine.play(w, decisions, done); // the rest, each in order, a refused one reported
        events = w.events;
        w.nextQuarter();
        state = null;
        statements = null;
        played = true;
        return events;
    }

    /** Plays the next quarter and builds its state: what {@link Engine#resolve} returns. */
    public QuarterResult resolve(List<Decision> decisions) {
        List<GameEvent> ev = play(decisions);
        return new QuarterResult(state(), ev, statements());
    }

    private static boolean startsWith(List<Decision> decisions, List<Decision> prefix) {
        if (decisions.size() < prefix.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            Decision d = decisions.get(i);
            if (d != prefix.get(i) && !d.equals(prefix.get(i))) { // the same object as a rule: no record equals (bound through method handles)
                return false;
            }
        }
        return true;
    }

    /**
     * Opens the coming quarter for a strategy: a pro forma over the game's own working state. What it
     * {@link ProForma#send sends} and the engine accepts is applied in place, as the quarter's first
     * decisions; a refused decision leaves no trace (no event: the quarter played with the accepted ones
     * has none). {@link #play} must then be given those accepted decisions first, in order. Until then the
     * state between quarters is gone: {@link #state} and the readers below refuse once anything is applied.
     * Opening again before playing is allowed only while nothing is applied.
     */
    public ProForma open() {
        if (isOver()) {
            throw new IllegalStateException("the game is over: " + w.endReason.text());
        }
        if (open != null && !open.appliedInPlace().isEmpty()) {
            throw new IllegalStateException("the quarter " + w.q + " is open already, with " + open.appliedInPlace()
                    + " applied in place: play it first");
        }
        open = new ProForma(sc, w);
        return open;
    }

    /** Refuses to read the state between quarters once a strategy applied decisions in place. */
    private void between() {
        if (open != null && !open.appliedInPlace().isEmpty()) {
            throw new IllegalStateException("the quarter " + w.q + " is open, with " + open.appliedInPlace()
                    + " applied in place: the state between quarters is read before opening it");
        }
    }

    /** The state between quarters, built on first asking after each quarter. */
    public GameState state() {
        between();
        GameState s = state;
        if (s == null) {
            state = s = Engine.state(w, false);
        }
        return s;
    }

    /** The last quarter's events (none before the first). */
    public List<GameEvent> events() {
        return events;
    }

    /** The last quarter's statements (null before the first quarter played on this game). */
    public Statements statements() {
        if (statements == null && played) {
            statements = Engine.statements(w, state().books().ledger());
        }
        return statements;
    }

    public boolean isOver() {
        return w.status != GameStatus.PLAYING;
    }

    public GameStatus status() {
        return w.status;
    }

    /** Quarters played so far. */
    public int turn() {
        return w.t;
    }

    /** The next quarter to be played. */
    public Quarter quarter() {
        return w.q;
    }

    /** The latest quarter's figures (a pre-game quarter before the first turn). */
    public QuarterFigures latest() {
        var h = w.books.history;
        return h.get(h.size() - 1);
    }

    // ------------------------------------------- what a strategy reads between quarters, without the state

    /** The game's seed ({@link GameState#seed()}). */
    public long seed() {
        return w.seed;
    }

    /** The scorecard now ({@link Score#of(Scenario, GameState)} of the state, without building it). */
    public Score score() {
        between();
        return Score.of(sc, w.market.sharePrice(), w.market.dividendsPerShare(), w.market.startSharePrice(),
                w.books.history, w.financing.credit, w.status, w.estate.gwOnline(),
                dev.capex.engine.rules.ComputeRules.gwUsed(w), w.lab.ai.rank()); // the cohorts ordered in step 5's arrays
    }

    /** Meta's arena rank now ({@code state().lab().ai().rank()}). */
    public int rank() {
        between();
        return w.lab.ai.rank();
    }

    /** Downgrades so far ({@code state().financing().credit().downgrades()}). */
    public int downgrades() {
        between();
        return w.financing.credit.downgrades();
    }

    /** Cash now ({@link GameState#cashM()}). */
    public long cashM() {
        between();
        return w.cash();
    }

    /** Gigawatts online across the sites ({@link GameState#gwOnline()}, summed in the same order). */
    public double gwOnline() {
        between();
        return w.estate.gwOnline();
    }

    /** Gigawatts under construction ({@link GameState#gwUnderConstruction()}, summed in the same order). */
    public double gwUnderConstruction() {
        between();
        var projects = w.estate.projects;
        double gw = 0;
        for (int i = 0; i < projects.size(); i++) { // indexed: no iterator
            gw += projects.get(i).gw();
        }
        return gw;
    }

    /** A site's state ({@link GameState#site}), or null. */
    public SiteState site(String id) {
        between();
        return w.estate.site(id);
    }

    /** The GPU cohorts, read-only ({@code state().fleet().cohorts()}). */
    public List<GpuCohort> cohorts() {
        between();
        w.fleet.flushBooks(); // the records with their book values now
        return Collections.unmodifiableList(w.fleet.cohorts);
    }

    /** How many GPU cohorts the fleet has ({@code state().fleet().cohorts().size()}). */
    public int cohortCount() {
        between();
        return w.fleet.cohorts.size();
    }

    /**
     * Cohort {@code i}'s units ({@code state().fleet().cohorts().get(i).units()}), read without making the
     * cohorts' records with their book values now (as {@link #cohorts} does).
     */
    public long cohortUnits(int i) {
        between();
        return w.fleet.cohorts.get(i).units(); // the records' units are current; only their book values wait
    }

    /** Cohort {@code i}'s generation id ({@code state().fleet().cohorts().get(i).generation()}). */
    public String cohortGeneration(int i) {
        between();
        return w.fleet.cohorts.get(i).generation();
    }

    /** The GPU orders, read-only ({@code state().fleet().orders()}). */
    public List<GpuOrder> orders() {
        between();
        return Collections.unmodifiableList(w.fleet.orders);
    }

    /** The construction projects, read-only ({@code state().estate().projects()}). */
    public List<ConstructionProject> projects() {
        between();
        return Collections.unmodifiableList(w.estate.projects);
    }
}
