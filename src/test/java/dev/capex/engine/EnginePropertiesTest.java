package dev.capex.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.Account;
import dev.capex.engine.model.Balances;
import dev.capex.engine.model.CashLine;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.MacroState;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.model.Statements;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.random.RandomStreams;
import dev.capex.strategy.RandomDecisions;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Properties that hold over a thousand seeded random games of the baseline scenario. Each game draws
 * 2 to 5 random decisions a quarter (many of them refused, which is fine: refusals are part of play)
 * from a test stream of our own RandomStreams, and plays until the game ends (15 quarters, or fewer
 * when it defaults). Every quarter is checked as it is played; the games are then replayed, and played
 * again without decisions, to check determinism and common random numbers.
 */
class EnginePropertiesTest {
    static final int PATHS = 1000;
    static final Scenario SC = TestWorld.baseline();

    /** The exogenous world of one quarter: what no decision of the player's may change. */
    record World(Quarter quarter, List<String> cards, List<String> headlines, List<String> releases, double baseRate,
            double spreadShockBp, double gpuShortage, double assetIndex, double techniqueIndex, double marketNoise,
            double growthShock) {
    }

    /** A random game, kept compactly for the replay and common-random-number checks. */
    record PlayedPath(long seed, List<List<Decision>> decisions, List<World> world, GameState end, String digest) {
    }

    static final List<PlayedPath> PLAYED = new ArrayList<>();
    static final List<String> UNBALANCED = new ArrayList<>();
    static final List<String> UNRECONCILED = new ArrayList<>();
    static final List<String> RETAINED = new ArrayList<>();
    static final List<String> NOT_FINITE = new ArrayList<>();
    static final List<String> UNTIED = new ArrayList<>();
    static int quarters;
    static int decisions;
    static int refusals;
    static int defaults;

    @BeforeAll
    static void playAThousandRandomGames() {
        long t0 = System.nanoTime();
        for (long seed = 1; seed <= PATHS; seed++) {
            PLAYED.add(playRandomly(seed));
        }
        System.out.printf(Locale.ROOT, "EnginePropertiesTest: %d random games, %d quarters, %d decisions (%d refused), "
                + "%d defaults, played and checked in %.1f s%n", PATHS, quarters, decisions, refusals, defaults,
                (System.nanoTime() - t0) / 1e9);
    }

    static PlayedPath playRandomly(long seed) {
        RandomStreams mine = new RandomStreams(seed);
        GameState s = Engine.start(SC, seed);
        List<List<Decision>> ds = new ArrayList<>();
        List<World> world = new ArrayList<>();
        while (!s.isOver()) {
            RandomStream r = mine.stream(s.quarter(), "test.random-path");
            List<Decision> quarter = new ArrayList<>();
            int n = 2 + r.nextInt(4);
            for (int i = 0; i < n; i++) {
                quarter.add(RandomDecisions.any(SC, s, r));
            }
            QuarterResult res = resolve(seed, s, quarter);
            check(seed, s, res);
            ds.add(quarter);
            world.add(world(s.quarter(), res));
            quarters++;
            decisions += n;
            refusals += Game.events(res, GameEvent.DecisionRefused.class).size();
            s = res.state();
        }
        if (s.status() == dev.capex.engine.model.GameStatus.DEFAULTED) {
            defaults++;
        }
        return new PlayedPath(seed, ds, world, s, Engine.digest(s));
    }

    static QuarterResult resolve(long seed, GameState s, List<Decision> ds) {
        try {
            return Engine.resolve(SC, s, ds);
        } catch (RuntimeException e) {
            throw new AssertionError("seed " + seed + ", " + s.quarter() + ": the engine threw " + e + " on " + ds, e);
        }
    }

    /** Every check of one quarter's books; a violation is recorded with its seed and quarter. */
    static void check(long seed, GameState before, QuarterResult r) {
        String where = "seed " + seed + " " + before.quarter() + ": ";
        Statements st = r.statements();
        Balances b = st.closing();
        if (b.totalAssets() != b.totalLiabilities() + b.totalEquity() || b.trialBalance() != 0) {
            UNBALANCED.add(where + String.format(Locale.ROOT, "assets %,d, liabilities %,d + equity %,d, trial balance %,d",
                    b.totalAssets(), b.totalLiabilities(), b.totalEquity(), b.trialBalance()));
        }
        if (st.openingCashM() != before.cashM() || st.netCashFlow() != st.closingCashM() - st.openingCashM()) {
            UNRECONCILED.add(where + String.format(Locale.ROOT, "opening cash %,d (state had %,d), net cash flow %,d, "
                    + "closing cash %,d", st.openingCashM(), before.cashM(), st.netCashFlow(), st.closingCashM()));
        }
        long reBefore = before.books().ledger().natural(Account.RETAINED_EARNINGS);
        long reAfter = b.natural(Account.RETAINED_EARNINGS);
        long expected = reBefore + st.netIncome() + st.cash(CashLine.DIVIDENDS) + st.cash(CashLine.BUYBACKS);
        if (reAfter != expected) {
            RETAINED.add(where + String.format(Locale.ROOT, "retained earnings %,d -> %,d, but net income %,d, dividends "
                    + "%,d and buybacks %,d make %,d", reBefore, reAfter, st.netIncome(), st.cash(CashLine.DIVIDENDS),
                    st.cash(CashLine.BUYBACKS), expected));
        }
        GameState after = r.state();
        if (!after.books().ledger().equals(b) || after.latest().netIncomeM() != st.netIncome()
                || after.latest().revenueM() != st.revenue() || after.latest().cashM() != st.closingCashM()) {
            UNTIED.add(where + "the statements differ from the state's ledger or headline figures");
        }
        List<String> bad = new ArrayList<>();
        walk(after, "state", bad);
        walk(r.events(), "events", bad);
        for (String x : bad) {
            NOT_FINITE.add(where + x);
        }
    }

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    /** Every double in a value: records recursively, through lists and maps. */
    static void walk(Object o, String path, List<String> bad) {
        if (o == null) {
            return;
        }
        if (o instanceof Double d) {
            if (!Double.isFinite(d)) {
                bad.add(path + " = " + d);
            }
        } else if (o instanceof Float f) {
            if (!Float.isFinite(f)) {
                bad.add(path + " = " + f);
            }
        } else if (o instanceof Record rec) {
            for (RecordComponent rc : COMPONENTS.get(rec.getClass())) {
                Class<?> t = rc.getType();
                if (t.isPrimitive() && t != double.class && t != float.class || t == String.class || t.isEnum()) {
                    continue;
                }
                try {
                    walk(rc.getAccessor().invoke(rec), path + "." + rc.getName(), bad);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object x : c) {
                walk(x, path + "[" + i++ + "]", bad);
            }
        } else if (o instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                walk(e.getValue(), path + "[" + e.getKey() + "]", bad);
            }
        }
    }

    static final Set<String> HEADLINES = new HashSet<>();
    static final Set<String> UNCONDITIONAL_CARDS = new HashSet<>();

    static {
        for (Scenario.Competitor c : SC.competitors()) {
            for (Scenario.Headline h : c.headlines()) {
                HEADLINES.add(h.text());
            }
        }
        for (Scenario.EventCard c : SC.events()) {
            if (c.kind() == dev.capex.engine.model.CardKind.scheduled || c.conditions() == null || c.conditions().isEmpty()) {
                UNCONDITIONAL_CARDS.add(c.id());
            }
        }
    }

    /**
     * The exogenous part of a quarter: scheduled and unconditional cards, scripted headlines, the
     * timing of rivals' releases, and the macro variables. Reactive news (counter-offers, acceleration,
     * price wars), conditional cards and the Elo of rivals' releases (poaching slows them) legitimately
     * differ between paths and are left out.
     */
    static World world(Quarter q, QuarterResult r) {
        List<String> cards = new ArrayList<>();
        List<String> headlines = new ArrayList<>();
        List<String> releases = new ArrayList<>();
        for (GameEvent e : r.events()) {
            if (e instanceof GameEvent.CardDrawn c && UNCONDITIONAL_CARDS.contains(c.id())) {
                cards.add(c.id());
            } else if (e instanceof GameEvent.CompetitorNews n && HEADLINES.contains(n.text())) {
                headlines.add(n.competitor() + ": " + n.text());
            } else if (e instanceof GameEvent.ModelReleased m && !m.meta()) {
                releases.add(m.lab() + " " + m.model());
            }
        }
        MacroState m = r.state().world().macro();
        return new World(q, cards, headlines, releases, m.baseRate(), m.spreadShockBp(), m.gpuShortage(),
                m.assetIndex(), m.techniqueIndex(), m.marketNoise(), m.growthShock());
    }

    static void assertNone(List<String> violations, String what) {
        assertTrue(violations.isEmpty(), violations.size() + " quarters where " + what + "; the first: "
                + violations.subList(0, Math.min(5, violations.size())));
    }

    // ------------------------------------------------------------------ the properties

    @Test
    void everyQuarterTheBalanceSheetBalances() {
        assertTrue(quarters >= PATHS * 10, "the random games were long enough to mean something: " + quarters);
        assertNone(UNBALANCED, "assets differ from liabilities plus equity");
    }

    @Test
    void everyQuarterTheCashFlowStatementReconcilesToTheChangeInCash() {
        assertNone(UNRECONCILED, "the cash flow statement does not reconcile to the million");
    }

    @Test
    void everyQuarterNetIncomeLessDividendsAndBuybacksIsTheChangeInRetainedEarnings() {
        assertNone(RETAINED, "retained earnings do not follow net income, dividends and buybacks");
    }

    @Test
    void theStatementsAreTheStateTheyDescribe() {
        assertNone(UNTIED, "the statements and the state disagree");
    }

    @Test
    void noNumberInAnyStateOrEventIsNaNOrInfinite() {
        assertNone(NOT_FINITE, "a double is NaN or infinite");
    }

    @Test
    void theFiniteCheckItselfFindsANaNDeepInTheState() {
        GameState s = Engine.start(SC, 1);
        GameState broken = TestWorld.with(s, "world", TestWorld.with(s.world(), "macro",
                TestWorld.with(s.world().macro(), "gpuShortage", Double.NaN)));
        List<String> bad = new ArrayList<>();
        walk(broken, "state", bad);
        assertEquals(List.of("state.world.macro.gpuShortage = NaN"), bad);
    }

    @Test
    void manyRandomDecisionsAreRefusedAndManyApplied() {
        assertTrue(refusals > decisions / 10, "refused " + refusals + " of " + decisions);
        assertTrue(refusals < decisions * 9 / 10, "refused " + refusals + " of " + decisions);
    }

    @Test
    void theSameScenarioSeedAndDecisionsGiveTheSameStateBitForBit() {
        for (PlayedPath p : PLAYED) {
            GameState s = Engine.start(SC, p.seed());
            for (List<Decision> quarter : p.decisions()) {
                s = Engine.resolve(SC, s, quarter).state();
            }
            // The final state holds every quarter's figures, so equal ends mean equal games.
            assertEquals(p.end(), s, "seed " + p.seed());
            assertEquals(p.digest(), Engine.digest(s), "seed " + p.seed());
        }
    }

    @Test
    void twoDecisionPathsWithTheSameSeedFaceTheSameExogenousWorld() {
        int cardsSeen = 0;
        int compared = 0;
        int differentEnds = 0;
        for (PlayedPath p : PLAYED) {
            GameState s = Engine.start(SC, p.seed());
            for (int i = 0; i < p.world().size() && !s.isOver(); i++) {
                Quarter q = s.quarter();
                QuarterResult r = Engine.resolve(SC, s, List.of());
                World idle = world(q, r);
                assertEquals(idle, p.world().get(i), "seed " + p.seed() + ", " + q
                        + ": doing nothing and playing randomly must see the same world");
                assertEquals(scheduledHeadlines(q), idle.headlines(), "seed " + p.seed() + ", " + q);
                cardsSeen += idle.cards().size();
                compared++;
                s = r.state();
            }
            if (!s.equals(p.end())) {
                differentEnds++;
            }
        }
        assertTrue(compared >= PATHS * 10, "quarters compared: " + compared);
        assertTrue(cardsSeen > PATHS, "cards drawn in the do-nothing games: " + cardsSeen);
        assertTrue(differentEnds > PATHS * 9 / 10, "the random paths did change Meta's own game: " + differentEnds);
    }

    static List<String> scheduledHeadlines(Quarter q) {
        List<String> out = new ArrayList<>();
        for (Scenario.Competitor c : SC.competitors()) {
            for (Scenario.Headline h : c.headlines()) {
                if (Quarter.parse(h.quarter()).equals(q)) {
                    out.add(c.name() + ": " + h.text());
                }
            }
        }
        return out;
    }

    @Test
    void randomGamesEndOnlyByDefaultOrAtTheEndOfTheScenario() {
        for (PlayedPath p : PLAYED) {
            GameState e = p.end();
            assertTrue(e.isOver());
            assertTrue(e.endReason() != null, "seed " + p.seed());
            assertEquals(e.status() == dev.capex.engine.model.GameStatus.DEFAULTED, e.endReason().defaulted(),
                    "seed " + p.seed());
            if (e.status() != dev.capex.engine.model.GameStatus.DEFAULTED) {
                assertEquals(SC.turns(), e.turn(), "seed " + p.seed() + " ended early without a default");
            }
        }
    }
}
