package dev.capex.engine.turn;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.*;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.random.RandomStreams;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's scratch pad while it resolves one quarter: a mutable copy of the state that the rules
 * change in a fixed order, then freeze into a new {@link GameState}. It never escapes
 * {@link Engine}; its public fields are for the rule classes of engine.rules only.
 * Every movement of money goes through {@link #post}, a balanced two-leg journal entry.
 */
public final class Turn {
    public final Scenario sc;
    public final GameState before;
    public final Quarter q;
    public final int t;
    public final RandomStreams random;
    /** The scenario's quarters and names worked out once (shared by every game of the scenario). */
    public final ScenarioIndex ix;
    public final List<GameEvent> events = new ArrayList<>();

    public GameStatus status;
    public String endReason;
    public int nextId;
    public final long[] ledger;
    public final long[] incomeThisQuarter = new long[Account.values().length];
    public final Map<CashLine, Long> cashThisQuarter = new EnumMap<>(CashLine.class);
    public final long openingCash;
    public MacroState macro;
    public Policy policy;
    public long shares;
    public final List<DebtInstrument> debts;
    public final List<PendingBond> pendingBonds;
    public final List<Lease> leases;
    public final List<GpuCohort> cohorts;
    public final List<GpuOrder> orders;
    public final List<DepreciatingAsset> otherAssets;
    public final List<SiteState> sites;
    public final List<ConstructionProject> projects;
    public final List<CloudContract> cloud;
    public final List<Parcel> parcels;
    public final List<StakeHolding> stakes;
    public int stars;
    public final List<TalentCohort> talent;
    public AiState ai;
    public final List<ArenaModel> arena;
    public final List<CompetitorState> competitors;
    public final List<ActiveEffect> effects;
    public final List<String> firedCards;
    public CreditState credit;
    public MarketState market;
    public final List<QuarterFigures> history;
    public Frictions frictions;
    /** Percent of the workforce cut this quarter. */
    public double cutThisQuarter;

    /** Decisions applied this quarter (for causes in events and for reactions). */
    public final List<Decision> applied = new ArrayList<>();
    /** Stars hired this quarter per rival. */
    public final Map<String, Integer> hiredFrom = new java.util.TreeMap<>();
    public long debtRaisedThisQuarterM;
    public long bondsLaunchedThisQuarterM;
    public boolean restructuredThisQuarter;

    // Figures computed along the way.
    public double h100eOnline;
    public double inferenceH100e;
    public double resaleH100e;
    public double gwUsed;
    public long powerCostM;
    public int metaRankBefore;

    private static final Account[] ACCOUNTS = Account.values();

    public Turn(Scenario sc, GameState s) {
        this.sc = sc;
        this.before = s;
        this.q = s.quarter();
        this.t = s.turn();
        this.random = new RandomStreams(s.seed());
        this.ix = ScenarioIndex.of(sc);
        this.status = s.status();
        this.endReason = s.endReason();
        this.nextId = s.nextId();
        this.ledger = s.books().ledger().toArray();
        this.openingCash = s.cashM();
        this.macro = s.world().macro();
        this.policy = s.policy();
        this.shares = s.books().sharesOutstanding();
        this.debts = new ArrayList<>(s.financing().debts());
        this.pendingBonds = new ArrayList<>(s.financing().pendingBonds());
        this.leases = new ArrayList<>(s.financing().leases());
        this.cohorts = new ArrayList<>(s.fleet().cohorts());
        this.orders = new ArrayList<>(s.fleet().orders());
        this.otherAssets = new ArrayList<>(s.books().otherAssets());
        this.sites = new ArrayList<>(s.estate().sites());
        this.projects = new ArrayList<>(s.estate().projects());
        this.cloud = new ArrayList<>(s.fleet().cloud());
        this.parcels = new ArrayList<>(s.estate().parcels());
        this.stakes = new ArrayList<>(s.books().stakes());
        this.stars = s.lab().stars();
        this.talent = new ArrayList<>(s.lab().talent());
        this.ai = s.lab().ai();
        this.arena = new ArrayList<>(s.world().arena());
        this.competitors = new ArrayList<>(s.world().competitors());
        this.effects = new ArrayList<>(s.world().effects());
        this.firedCards = new ArrayList<>(s.world().firedCards());
        this.credit = s.financing().credit();
        this.market = s.market();
        this.history = new ArrayList<>(s.books().history());
        this.frictions = s.lab().frictions();
        this.metaRankBefore = s.lab().ai().rank();
    }

    /** The frictions to carry into the next quarter: this quarter's layoffs join the last four quarters'. */
    public Frictions closeFrictions() {
        List<Double> cuts = new ArrayList<>(frictions.recentCuts());
        cuts.add(cutThisQuarter);
        while (cuts.size() > 4) {
            cuts.remove(0);
        }
        return frictions.withRecentCuts(cuts);
    }

    // ---------------------------------------------------------------- ledger

    /**
     * Posts a balanced entry: debit {@code dr}, credit {@code cr}, by {@code amountM} (which may be
     * negative, reversing the sides). A leg on CASH must name its cash flow line.
     */
    public void post(Account dr, Account cr, long amountM, CashLine line) {
        if (amountM == 0) {
            return;
        }
        if ((dr == Account.CASH || cr == Account.CASH) && line == null) {
            throw new IllegalStateException("a cash posting needs a cash flow line");
        }
        ledger[dr.ordinal()] += amountM;
        ledger[cr.ordinal()] -= amountM;
        if (dr.isTemporary()) {
            incomeThisQuarter[dr.ordinal()] += amountM;
        }
        if (cr.isTemporary()) {
            incomeThisQuarter[cr.ordinal()] -= amountM;
        }
        if (dr == Account.CASH) {
            cashThisQuarter.merge(line, amountM, Long::sum);
        } else if (cr == Account.CASH) {
            cashThisQuarter.merge(line, -amountM, Long::sum);
        }
    }

    public void post(Account dr, Account cr, long amountM) {
        post(dr, cr, amountM, null);
    }

    /** Natural balance (positive for normal balances). */
    public long balance(Account a) {
        return new Balances(ledger).natural(a);
    }

    public long cash() {
        return ledger[Account.CASH.ordinal()];
    }

    public long debt() {
        return -ledger[Account.DEBT.ordinal()];
    }

    /** Net income so far this quarter (income minus expenses posted). */
    public long incomeSoFar() {
        long s = 0;
        for (Account a : ACCOUNTS) {
            if (a.isTemporary()) {
                s -= incomeThisQuarter[a.ordinal()];
            }
        }
        return s;
    }

    public long incomeLine(Account a) {
        long v = incomeThisQuarter[a.ordinal()];
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
        double s = 0;
        for (ActiveEffect e : effects) {
            if (e.type() == type && e.target().equals(target) && q.isBefore(e.until())) {
                s += e.magnitude();
            }
        }
        return s;
    }

    public double effect(EffectType type) {
        return effect(type, "");
    }

    public boolean effectActive(EffectType type, String target) {
        for (ActiveEffect e : effects) {
            if (e.type() == type && e.target().equals(target) && q.isBefore(e.until())) {
                return true;
            }
        }
        return false;
    }

    /** The base rate in force this quarter, with any event shock. */
    public double baseRate() {
        return Math.max(0.0, macro.baseRate() + effect(EffectType.baseRate) / 10000.0);
    }

    public Scenario.RatingNotch rating() {
        return sc.finance().ratings().get(credit.ratingIndex());
    }

    /** Spread over the base rate the market asks of Meta now, in basis points. */
    public int marketSpreadBp() {
        return (int) StrictMath.round(rating().spreadBp() + macro.spreadShockBp() + effect(EffectType.creditSpread));
    }

    /** The price of one GPU of a generation this quarter: list price falling with age, plus the shortage premium. */
    public double gpuPrice(Scenario.GpuGeneration g) {
        int age = Math.max(0, q.minus(Quarter.parse(g.availableFrom())));
        double p = g.priceUsd() * StrictMath.pow(1 - g.priceDeclinePerQuarter(), age);
        p *= 1 + sc.macro().gpuPremiumPerShortage() * shortage();
        p *= 1 + effect(EffectType.gpuPrice);
        return p;
    }

    public double shortage() {
        return clamp(macro.gpuShortage() + effect(EffectType.gpuShortage), 0, 1);
    }

    public static double clamp(double v, double lo, double hi) {
        return v < lo ? lo : (v > hi ? hi : v);
    }

    public static long round(double v) {
        return StrictMath.round(v);
    }

    public double gwOnlineNow() {
        double gw = 0;
        for (SiteState s : sites) {
            gw += s.onlineGw();
        }
        return gw;
    }

    public SiteState site(String id) {
        for (SiteState s : sites) {
            if (Ids.same(s.id(), id)) {
                return s;
            }
        }
        return null;
    }

    public void replaceSite(SiteState s) {
        for (int i = 0; i < sites.size(); i++) {
            if (sites.get(i).id().equals(s.id())) {
                sites.set(i, s);
                return;
            }
        }
        sites.add(s);
    }

    /**
     * Where competitor {@code i} of the scenario keeps its state in {@link #competitors}: the position
     * {@link #competitor(String)} and {@link #replaceCompetitor} would find, without the search when the
     * state sits at the scenario's position (as {@link Engine#start} puts it), or -1 when there is none.
     */
    public int competitorSlot(int i, String id) {
        if (ix.competitorIdsDistinct() && i < competitors.size() && competitors.get(i).id().equals(id)) {
            return i;
        }
        for (int k = 0; k < competitors.size(); k++) {
            if (Ids.same(competitors.get(k).id(), id)) {
                return k;
            }
        }
        return -1;
    }

    public CompetitorState competitor(String id) {
        for (CompetitorState c : competitors) {
            if (Ids.same(c.id(), id)) {
                return c;
            }
        }
        return null;
    }

    public void replaceCompetitor(CompetitorState c) {
        for (int i = 0; i < competitors.size(); i++) {
            if (competitors.get(i).id().equals(c.id())) {
                competitors.set(i, c);
                return;
            }
        }
    }

    public StakeHolding stake(String targetId) {
        for (StakeHolding s : stakes) {
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
        for (Lease l : leases) {
            // Extension options Meta has not yet exercised are not obligations: agencies count the initial term.
            if (l.kind() != LeaseKind.JV_EXTENSION) {
                rents += l.remainingRent(q);
            }
            guarantees += l.guaranteeM();
        }
        for (CloudContract c : cloud) {
            if (!q.isAfter(c.ends())) {
                Quarter from = q.isAfter(c.starts()) ? q : c.starts();
                rents += (long) (c.ends().minus(from) + 1) * c.rentPerQuarterM();
            }
        }
        return round(rents * sc.finance().leaseAdjustmentFactor() + guarantees * sc.finance().guaranteeAdjustmentFactor());
    }

    /** EBITDA of the last three quarters plus {@code current}. */
    public long ttmEbitda(long current) {
        long s = current;
        for (int i = history.size() - 3; i < history.size(); i++) {
            s += history.get(i).ebitdaM();
        }
        return s;
    }

    public long ttmInterest(long current) {
        long s = current;
        for (int i = history.size() - 3; i < history.size(); i++) {
            s += history.get(i).interestM();
        }
        return s;
    }

    /** Trailing EBITDA using the last four reported quarters (for previews and lenders). */
    public long lastTtmEbitda() {
        long s = 0;
        for (int i = history.size() - 4; i < history.size(); i++) {
            s += history.get(i).ebitdaM();
        }
        return s;
    }

    /** Annual interest run-rate of the debt now on the books and bonds being arranged. */
    public long interestPerYearM() {
        double r = 0;
        int spread = rating().spreadBp();
        double base = baseRate(); // the same for every instrument: worked out once, not once per instrument
        for (DebtInstrument d : debts) {
            r += d.principalM() * d.rate(base, spread);
        }
        for (PendingBond b : pendingBonds) {
            r += b.amountM() * b.couponRate();
        }
        return round(r);
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
}
