package dev.capex.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.decision.Decision.Bond;
import dev.capex.engine.decision.Decision.Buyback;
import dev.capex.engine.decision.Decision.Hire;
import dev.capex.engine.decision.Decision.OrderGpus;
import dev.capex.engine.decision.Decision.PrivateCredit;
import dev.capex.engine.decision.Decision.TrainingShare;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.GameStatus;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.QuarterFigures;
import dev.capex.engine.model.Scenario;
import dev.capex.strategy.Bots;
import dev.capex.strategy.Strategy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Is the baseline plausible? Strategies played over the same 200 worlds (seeds 1 to 200), judged on
 * what a reader of CALIBRATION.md expects: doing nothing keeps Meta solvent but lets it fall behind;
 * borrowing to the limit gets it downgraded and sometimes ruined; Meta's actual 2025 moves spend
 * inside its 2025 capex guidance; and no single lever pushed to its limit beats every sensible plan.
 */
class BaselinePlausibilityTest {
    static final int WORLDS = 200;
    static final Scenario SC = TestWorld.baseline();
    static final Map<String, List<GameState>> ENDS = new LinkedHashMap<>();

    /** The final states of a strategy over every world (played once per class, then reused). */
    static synchronized List<GameState> play(Strategy strategy) {
        return ENDS.computeIfAbsent(strategy.name(), n -> {
            long t0 = System.nanoTime();
            List<GameState> ends = new ArrayList<>();
            for (long seed = 1; seed <= WORLDS; seed++) {
                GameState s = Engine.start(SC, seed);
                while (!s.isOver()) {
                    s = Engine.resolve(SC, s, strategy.decide(SC, s)).state();
                }
                ends.add(s);
            }
            System.out.printf(Locale.ROOT, "BaselinePlausibilityTest: %-14s %d worlds in %.1f s, median score %.1f%n",
                    n, WORLDS, (System.nanoTime() - t0) / 1e9, median(scores(ends)));
            return ends;
        });
    }

    static Strategy bot(String name) {
        return Bots.named(name);
    }

    static Strategy lever(String name, BiFunction<Scenario, GameState, List<Decision>> decide) {
        return new Strategy() {
            public String name() {
                return name;
            }

            public String description() {
                return "a single lever pushed to its limit";
            }

            public List<Decision> decide(Scenario sc, GameState s) {
                return decide.apply(sc, s);
            }
        };
    }

    static final Strategy NOTHING = lever("nothing", (sc, s) -> List.of());

    static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    static List<Double> scores(List<GameState> ends) {
        return ends.stream().map(s -> Score.of(SC, s).total()).toList();
    }

    static double yoy(GameState s, Quarter q) {
        QuarterFigures now = null;
        QuarterFigures before = null;
        for (QuarterFigures f : s.books().history()) {
            if (f.quarter().equals(q)) {
                now = f;
            } else if (f.quarter().equals(q.plus(-4))) {
                before = f;
            }
        }
        return now.revenueM() / (double) before.revenueM() - 1;
    }

    // ------------------------------------------------------------------ doing nothing

    @Test
    void doingNothingLeavesMetaSolventInEveryWorld() {
        for (GameState s : play(NOTHING)) {
            assertEquals(GameStatus.FINISHED, s.status(), "seed " + s.seed() + ": " + dev.capex.report.EngineText.english(s.endReason()));
            assertEquals(0, s.financing().credit().emergencyDrawnM(), "seed " + s.seed());
        }
    }

    @Test
    void doingNothingLeavesMetaBehindItsStartingRankByTheEndIn2028() {
        // Everyday capex buys some GPU servers (accounting.maintenanceCapexServerShare), so in a rare world the
        // do-nothing Meta keeps its rank; it must fall behind in nearly all of them.
        int startRank = Engine.start(SC, 1).lab().ai().rank();
        long behind = play(NOTHING).stream().filter(s -> s.lab().ai().rank() > startRank).count();
        assertTrue(behind >= WORLDS * 95 / 100, "behind its starting rank #" + startRank + " in only " + behind + " of "
                + WORLDS + " worlds");
    }

    @Test
    void doingNothingMetasRevenueGrowthSlows() {
        List<GameState> ends = play(NOTHING);
        double early = median(ends.stream().map(s -> yoy(s, new Quarter(2025, 4))).toList());
        double late = median(ends.stream().map(s -> yoy(s, new Quarter(2028, 4))).toList());
        System.out.printf(Locale.ROOT, "BaselinePlausibilityTest: doing nothing, median revenue growth %.1f%% in "
                + "2025Q4, %.1f%% in 2028Q4%n", early * 100, late * 100);
        assertTrue(late < early, "median growth 2025Q4 " + early + ", 2028Q4 " + late);
    }

    // ------------------------------------------------------------------ borrowing to the limit

    @Test
    void borrowingToTheLimitEveryQuarterIsDowngradedInMostWorldsAndDefaults() {
        List<GameState> ends = play(bot("leverage"));
        long downgraded = ends.stream().filter(s -> s.financing().credit().downgrades() > 0).count();
        long defaulted = ends.stream().filter(s -> s.status() == GameStatus.DEFAULTED).count();
        System.out.printf(Locale.ROOT, "BaselinePlausibilityTest: leverage bot downgraded in %d%%, defaulted in %d%% "
                + "of worlds%n", downgraded * 100 / WORLDS, defaulted * 100 / WORLDS);
        assertTrue(downgraded > WORLDS / 2, "downgraded in " + downgraded + " of " + WORLDS);
        assertTrue(defaulted > 0, "defaulted in none of " + WORLDS);
    }

    // ------------------------------------------------------------------ Meta's 2025

    @Test
    void theSeeds2025MovesSpendInsideMetas2025CapexGuidance() throws Exception {
        // Meta's 2025 moves as the status-quo bot plays them, and as the plan file scenarios/plans/seeds-2025.json.
        assertInsideGuidance("status-quo", play(bot("status-quo")));
        assertInsideGuidance("seeds-2025.json", play(Strategy.of(dev.capex.strategy.Plan.load(
                java.nio.file.Path.of("scenarios/plans/seeds-2025.json")))));
    }

    private static void assertInsideGuidance(String who, List<GameState> ends) {
        List<Double> capex = new ArrayList<>();
        for (GameState s : ends) {
            long c = SC.company().capexEarlierThisYearM();
            for (QuarterFigures f : s.played()) {
                if (f.quarter().year() == 2025) {
                    c += f.capexM();
                }
            }
            capex.add(c / 1000.0);
        }
        long inside = capex.stream().filter(c -> c >= 64 && c <= 72).count();
        List<Double> sorted = new ArrayList<>(capex);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "BaselinePlausibilityTest: %s 2025 capex p5 %.1fB, median %.1fB, p95 "
                + "%.1fB; inside 64-72B in %d%% of worlds%n", who, sorted.get(WORLDS / 20), median(capex),
                sorted.get(WORLDS * 19 / 20), inside * 100 / WORLDS);
        assertTrue(median(capex) >= 64 && median(capex) <= 72, who + ": median 2025 capex " + median(capex) + "B");
        assertTrue(inside >= WORLDS * 8 / 10, who + ": inside the guidance in " + inside + " of " + WORLDS + " worlds");
    }

    // ------------------------------------------------------------------ no dominant lever

    static final List<Strategy> SINGLE_LEVERS = List.of(
            lever("max-gpus", (sc, s) -> {
                // The newest generation available, as many as Nvidia allocates, every quarter.
                Scenario.GpuGeneration newest = null;
                for (Scenario.GpuGeneration g : sc.gpuGenerations()) {
                    if (!s.quarter().isBefore(Quarter.parse(g.availableFrom()))) {
                        newest = g;
                    }
                }
                return List.of(new OrderGpus(newest.id(), newest.maxUnitsPerQuarter()));
            }),
            lever("max-hires", (sc, s) -> {
                List<String> rivals = sc.talent().rivals();
                return List.of(new Hire(sc.talent().maxStarsPerQuarter(), sc.talent().maxPackageM(),
                        rivals.get(s.turn() % rivals.size())));
            }),
            lever("max-borrowing", (sc, s) -> {
                // Every lender's largest corporate loan and the largest bond, every quarter; nothing spent.
                List<Decision> d = new ArrayList<>();
                for (Scenario.Lender l : sc.lenders()) {
                    if (l.structures().contains(dev.capex.engine.model.CreditStructure.corporate)) {
                        d.add(new PrivateCredit(l.id(), l.maxM(), "corporate", null, 0));
                    }
                }
                d.add(new Bond(sc.finance().bondMaxPerQuarterM(), 10));
                return d;
            }),
            lever("max-buybacks", (sc, s) -> List.of(new Buyback(50_000))),
            lever("max-training", (sc, s) -> List.of(new TrainingShare(sc.ai().maxTrainingShare()))));

    @Test
    void noSingleLeverPushedToItsLimitDominatesEveryOtherPlan() {
        double statusQuo = median(scores(play(bot("status-quo"))));
        double conservative = median(scores(play(bot("conservative"))));
        List<String> dominant = new ArrayList<>();
        for (Strategy lever : SINGLE_LEVERS) {
            double m = median(scores(play(lever)));
            if (m > statusQuo && m > conservative) {
                dominant.add(String.format(Locale.ROOT, "%s (median score %.1f)", lever.name(), m));
            }
        }
        assertTrue(dominant.isEmpty(), "beats both the status-quo bot (" + statusQuo + ") and the conservative bot ("
                + conservative + "): " + dominant);
    }
}
