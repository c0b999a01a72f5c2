package dev.capex.engine.turn;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.*;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.random.RandomStreams;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's working state while it resolves one quarter: the state's named parts open for writing
 * ({@link WorkingBooks}, {@link WorkingFinancing}, {@link WorkingFleet}, {@link WorkingEstate},
 * {@link WorkingLab}, {@link WorkingWorld}, plus the policy and the market), which the rules change in a
 * fixed order and {@code Engine} closes into a new {@link GameState}, part by part. It never escapes
 * the engine; its public fields are for the rule classes of engine.rules and engine.levers only. What a
 * step computes for later steps is returned, not left here (step 5's {@link Compute}).
 * Every movement of money goes through {@link #post}, a balanced two-leg journal entry.
 */
public final class Turn {
    public final Scenario sc;
    /** The game's seed (every random draw derives from it, the quarter and a name). */
    public final long seed;
    /** The quarter being resolved and its number from the start (0-based); moved on by {@link #nextQuarter}. */
    public Quarter q;
    public int t;
    public final RandomStreams random;
    /** The scenario's quarters and names worked out once (shared by every game of the scenario). */
    public final ScenarioIndex ix;
    public List<GameEvent> events = new ArrayList<>(16); // a quarter has a dozen or so: one array, no regrowth

    public GameStatus status;
    public dev.capex.engine.model.EndReason endReason;
    public int nextId;
    /** The ledger, shares, other assets, stakes and figures, open for writing. */
    public final WorkingBooks books;
    public Policy policy;
    /** Debt, bonds being arranged, leases, the rating, and what this quarter raised so far. */
    public final WorkingFinancing financing;
    /** GPU cohorts, orders and cloud contracts. */
    public final WorkingFleet fleet;
    /** Sites, construction projects and parcels. */
    public final WorkingEstate estate;
    /** Stars, talent, the models' progress and the frictions, with this quarter's layoffs and hires. */
    public final WorkingLab lab;
    /** Macro economy, arena, rivals, effects in force and cards fired. */
    public final WorkingWorld world;
    /** The market, open for writing (its record made when the state is built). */
    public final WorkingMarket market;
    /** The effects in force summed by type and target (made again when the effects or the quarter change). */
    private final EffectSums effectSums;
    /** The arena's Elos as arrays, for ranks and the frontier. */

    /** Arrays the steps reuse from quarter to quarter. */
    public final Scratch scratch = new Scratch();
    /**
     * Whether the rivals' news is told: their headlines, capex, reactions' announcements and model releases as
     * events. Off for a batch run, which reads none of it; nothing in the game depends on it.
     */
    public boolean rivalNews = true;
    /** Step 5's figures, written again each quarter (read within the quarter only). */
    public final Compute compute = new Compute();

    /** Decisions applied this quarter (for causes in events and for reactions). */
    public final List<Decision> applied = new ArrayList<>();

    /** The quarter's cut of the workforce goes into the frictions' recent cuts (done once, by {@link #endQuarter}). */
    private boolean ended;

    public Turn(Scenario sc, GameState s) {
        this.sc = sc;
        this.seed = s.seed();
        this.q = s.quarter();
        this.t = s.turn();
        this.random = new RandomStreams(s.seed(), sc.normalDraws());
        this.ix = ScenarioIndex.of(sc);
        this.status = s.status();
        this.endReason = s.endReason();
        this.nextId = s.nextId();
        this.books = new WorkingBooks(s.books());
        this.policy = s.policy();
        this.financing = new WorkingFinancing(s.financing());
        this.fleet = new WorkingFleet(s.fleet());
        this.estate = new WorkingEstate(s.estate());
        this.lab = new WorkingLab(s.lab());
        this.world = new WorkingWorld(s.world(), ix);
        this.effectSums = new EffectSums(world.effects);
        this.market = new WorkingMarket(ix, s.market());
        this.trailing = new TrailingFigures(books.history);
    }

    /**
     * What the end of a quarter does to the working state before the state is closed (the same for a game
     * played on and for one closed into a {@link GameState}): the quarter's workforce cut joins the recent
     * cuts. Idempotent.
     */
    public void endQuarter() {
        if (!ended) {
            lab.endQuarter();
            ended = true;
        }
    }

    /**
     * Moves the working state on to the next quarter, in place, after {@link #endQuarter} and the close: what
     * {@code new Turn(sc, closedState)} would hold, without building the state. The quarter's events list
     * is handed to the caller (a new one is started).
     */
    public void nextQuarter() {
        if (!ended) {
            throw new IllegalStateException("the quarter has not ended");
        }
        q = q.plus(1);
        t++;
        events = rivalNews ? new ArrayList<>(16) : new ArrayList<>(); // without the rivals' news a quarter has a few events, or none: no array until the first
        applied.clear();
        books.nextQuarter();
        financing.nextQuarter();
        lab.nextQuarter();
        ended = false;
    }

    // ---------------------------------------------------------------- ledger

    /**
     * Posts a balanced entry: debit {@code dr}, credit {@code cr}, by {@code amountM} (which may be
     * negative, reversing the sides). A leg on CASH must name its cash flow line.
     */
    public void post(Account dr, Account cr, long amountM, CashLine line) {
        books.post(dr, cr, amountM, line);
    }

    public void post(Account dr, Account cr, long amountM) {
        post(dr, cr, amountM, null);
    }

    /** Natural balance (positive for normal balances). */
    public long balance(Account a) {
        long v = books.ledger[a.ordinal()]; // as Balances.natural, without copying the ledger
        return switch (a.kind()) {
            case ASSET, EXPENSE -> v;
            case LIABILITY, EQUITY, INCOME -> -v;
        };
    }

    public long cash() {
        return books.ledger[Account.CASH.ordinal()];
    }

    public long debt() {
        return -books.ledger[Account.DEBT.ordinal()];
    }

    /** Net income so far this quarter (income minus expenses posted). */
    public long incomeSoFar() {
        return books.netIncomeSoFar(); // the income accounts' postings summed
    }

    public long incomeLine(Account a) {
        long v = books.incomeThisQuarter[a.ordinal()];
        return a.kind() == Account.Kind.INCOME ? -v : v;
    }

    /** EBITDA so far this quarter. */
    public long ebitdaSoFar() {
        return incomeSoFar() + incomeLine(Account.DEPRECIATION) + incomeLine(Account.IMPAIRMENT)
                - incomeLine(Account.GAIN_ON_SALE) + incomeLine(Account.INTEREST_EXPENSE)
                - incomeLine(Account.INTEREST_INCOME) + incomeLine(Account.INCOME_TAX);
    }

    public String id(String prefix) {
        nextId++;
        return prefix + "-" + nextId;
    }

    // ---------------------------------------------------------------- world

    public RandomStream stream(String name) {
        return random.stream(q, name);
    }

    /** Sum of active effects of a type on a target ("" for the world). */
    public double effect(EffectType type, String target) {
        return effectSums.sum(type, target, q);
    }

    public double effect(EffectType type) {
        return effect(type, "");
    }

    /** Whether any effect of this type is in force now, on any target (when not, every {@link #effect} of it is 0). */
    public boolean effectAny(EffectType type) {
        return effectSums.any(type, q);
    }

    public boolean effectActive(EffectType type, String target) {
        return effectSums.active(type, target, q);
    }

    /** The rank a model with this Elo takes in the whole field now (every model above it counts, Meta's too). */
    public int rankInField(double elo) {
        return world.arena.inField(elo);
    }

    /** Meta's rank with this Elo now: 1 + the other labs' models above it. */
    public int metaRank(double elo) {
        return world.arena.ofMeta(elo);
    }

    /** How many quarters ago the other labs' oldest model in the arena was released (0 when none). */
    public int oldestRivalModelAge() {
        int oldest = world.arena.oldestRivalRelease();
        return oldest == Integer.MAX_VALUE ? 0 : q.ordinal() - oldest;
    }

    /** The best Elo of the other labs' models now (0 when none). */
    public double frontier() {
        return world.arena.frontier();
    }

    /** Whether the scenario's card {@code card} has fired in this game (its id among the fired cards). */
    public boolean cardFired(int card) {
        boolean[] f = firedByCard;
        if (f != null && world.firedCards.writes() == firedMadeAtWrite) { // the check apart, small enough to inline
            return f[card];
        }
        return cardFiredAgain(card);
    }

    private boolean cardFiredAgain(int card) {
        WorkingList<String> fired = world.firedCards;
        if (firedByCard == null || fired.writes() != firedMadeAtWrite) { // made again only when a card fires
            List<Scenario.EventCard> cards = sc.events();
            if (firedByCard == null) {
                firedByCard = new boolean[cards.size()];
            }
            for (int i = 0; i < cards.size(); i++) {
                firedByCard[i] = fired.contains(cards.get(i).id());
            }
            firedMadeAtWrite = fired.writes();
        }
        return firedByCard[card];
    }

    /**
     * Adds card {@code card}'s id to the fired cards ({@code world.firedCards.add}), keeping the table of fired
     * cards up to date when it was before: each card whose id equals the fired one's is marked, as the table made
     * again would mark it ({@code contains}: {@code Objects.equals} of the card's id and an element), and nothing
     * else changes.
     */
    public void addFiredCard(int card) {
        WorkingList<String> fired = world.firedCards;
        boolean[] f = firedByCard;
        boolean current = f != null && fired.writes() == firedMadeAtWrite;
        List<Scenario.EventCard> cards = sc.events();
        String id = cards.get(card).id();
        fired.add(id);
        if (current) {
            for (int i = 0; i < cards.size(); i++) {
                if (!f[i] && java.util.Objects.equals(cards.get(i).id(), id)) {
                    f[i] = true;
                }
            }
            firedMadeAtWrite = fired.writes();
        }
    }

    private boolean[] firedByCard;
    private int firedMadeAtWrite;

    /** The base rate in force this quarter, with any event shock. */
    public double baseRate() {
        return Math.max(sc.macro().baseRateFloor(), world.macro.baseRate() + effect(EffectType.baseRate) / 10000.0);
    }

    public Scenario.RatingNotch rating() {
        return sc.finance().ratings().get(financing.credit.ratingIndex());
    }

    /** Spread over the base rate the market asks of Meta now, in basis points. */
    public int marketSpreadBp() {
        return (int) StrictMath.round(rating().spreadBp() + world.macro.spreadShockBp() + effect(EffectType.creditSpread));
    }

    /** The price of one GPU of a generation this quarter: list price falling with age, plus the shortage premium. */
    public double gpuPrice(Scenario.GpuGeneration g) {
        // StrictMath.pow(1 - decline, quarters on sale), from a table
        double p = g.priceUsd() * ix.priceDeclineAt(g, q.ordinal());
        p *= 1 + sc.macro().gpuPremiumPerShortage() * shortage();
        p *= 1 + effect(EffectType.gpuPrice);
        return p;
    }

    public double shortage() {
        return clamp(world.macro.gpuShortage() + effect(EffectType.gpuShortage), 0, 1);
    }

    public static double clamp(double v, double lo, double hi) {
        return v < lo ? lo : (v > hi ? hi : v);
    }

    public static long round(double v) {
        return StrictMath.round(v);
    }

    public double gwOnlineNow() {
        return estate.gwOnline();
    }

    public SiteState site(String id) {
        return estate.site(id);
    }

    public void replaceSite(SiteState s) {
        estate.replaceSite(s);
    }

    /**
     * Where competitor {@code i} of the scenario keeps its state in the world's competitors: the position
     * {@link #competitor(String)} and {@link #replaceCompetitor} would find, without the search when the
     * state sits at the scenario's position (as {@link Engine#start} puts it), or -1 when there is none.
     */
    public int competitorSlot(int i, String id) {
        if (world.positional()) {
            return i;
        }
        int n = world.competitorCount();
        if (ix.competitorIdsDistinct() && i < n && world.competitorId(i).equals(id)) {
            return i;
        }
        for (int k = 0; k < n; k++) {
            if (Ids.same(world.competitorId(k), id)) {
                return k;
            }
        }
        return -1;
    }

    public CompetitorState competitor(String id) {
        return world.competitor(id);
    }

    public void replaceCompetitor(CompetitorState c) {
        world.replaceCompetitor(c);
    }

    public StakeHolding stake(String targetId) {
        for (int kS = 0; kS < books.stakes.size(); kS++) { // indexed: no iterator
            StakeHolding s = books.stakes.get(kS);
            if (Ids.same(s.targetId(), targetId) && !s.divested()) {
                return s;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- credit metrics

    /** Remaining lease and cloud obligations counted as debt by the rating agencies. */
    public long leaseAdjustmentM() {
        long rents = 0;
        long guarantees = 0;
        for (int kL = 0; kL < financing.leases.size(); kL++) { // indexed: no iterator
            Lease l = financing.leases.get(kL);
            // Extension options Meta has not yet exercised are not obligations: agencies count the initial term.
            if (l.kind() != LeaseKind.JV_EXTENSION) {
                rents += l.remainingRent(q);
            }
            guarantees += l.guaranteeM();
        }
        for (int kC = 0; kC < fleet.cloud.size(); kC++) { // indexed: no iterator
            CloudContract c = fleet.cloud.get(kC);
            if (!q.isAfter(c.ends())) {
                Quarter from = q.isAfter(c.starts()) ? q : c.starts();
                rents += (long) (c.ends().minus(from) + 1) * c.rentPerQuarterM();
            }
        }
        return round(rents * sc.finance().leaseAdjustmentFactor() + guarantees * sc.finance().guaranteeAdjustmentFactor());
    }

    /** EBITDA of the last three quarters plus {@code current} ({@link Trailing}'s sum, read from {@link #trailing}). */
    public long ttmEbitda(long current) {
        return trailing.ebitdaWithCurrentM(current);
    }

    /** Interest booked in the last three quarters plus {@code current} ({@link Trailing}'s sum, from {@link #trailing}). */
    public long ttmInterest(long current) {
        return trailing.interestWithCurrentM(current);
    }

    /** Trailing EBITDA using the last four reported quarters (for previews and lenders). */
    public long lastTtmEbitda() {
        return trailing.ebitdaLastFourM();
    }

    /** Annual interest run-rate of the debt now on the books and bonds being arranged ({@link Interest}). */
    public long interestPerYearM() {
        return Interest.runRatePerYearM(financing.debts, financing.pendingBonds, baseRate(), rating().spreadBp());
    }

    public static double ratio(double num, double den) {
        if (den <= 0) {
            return num <= 0 ? 0.0 : 99.0;
        }
        return clamp(num / den, -99.0, 99.0);
    }

    public static double cover(double ebitda, double interest) {
        if (interest <= 0) {
            return 999.0;
        }
        return clamp(ebitda / interest, -999.0, 999.0);
    }

    public GameEvent event(GameEvent e) {
        events.add(e);
        return e;
    }

    // ---------------------------------------------------------------- close9d: trailing figures and credit metrics

    /** The last four quarters' figures of the history as arrays, for the trailing sums (moved on by {@link #addFigures}). */
    public final TrailingFigures trailing;

    /** This quarter's credit metrics, measured once at the covenants ({@link CreditMeasures}). */
    public final CreditMeasures creditNow = new CreditMeasures();

    /** Adds the quarter's figures to the history, and to the trailing arrays: the one way the history grows. */
    public void addFigures(QuarterFigures f) {
        books.history.add(f);
        trailing.push(f);
    }
}
