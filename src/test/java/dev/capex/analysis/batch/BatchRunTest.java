package dev.capex.analysis.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.model.Scenario;
import dev.capex.scenario.ScenarioLoader;
import dev.capex.strategy.Bots;
import dev.capex.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BatchRunTest {
    static Scenario baseline;

    @BeforeAll
    static void load() throws Exception {
        baseline = ScenarioLoader.resolve("meta-2025");
    }

    @Test
    void aRunOnFourThreadsReportsExactlyWhatOneThreadReports() {
        Strategy random = Bots.named("random");
        Summary one = new BatchRun(baseline, random, 500, 150).threads(1).run();
        Summary four = new BatchRun(baseline, random, 500, 150).threads(4).run();
        assertEquals(150, four.worlds());
        for (Metric m : Metric.values()) {
            assertArrayEquals(one.percentiles(m), four.percentiles(m), m.label());
        }
        assertEquals(one.downgraded(), four.downgraded());
        assertEquals(one.defaulted(), four.defaulted());
        assertEquals(one.refusedDecisions(), four.refusedDecisions());
    }

    @Test
    void percentilesAreTheNearestRankPercentilesOfTheWorldsPlayedOneByOne() {
        Strategy leverage = Bots.named("leverage");
        int n = 40;
        Summary s = new BatchRun(baseline, leverage, 7, n).threads(2).run();
        List<WorldOutcome> direct = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            direct.add(World.play(baseline, leverage, 7 + i));
        }
        Percentile nearestRank = new Percentile().withEstimationType(EstimationType.R_1);
        for (Metric m : Metric.values()) {
            double[] values = direct.stream().mapToDouble(o -> o.value(m)).toArray();
            for (double p : Summary.PERCENTILES) {
                double expected = nearestRank.evaluate(values, p);
                double got = s.percentile(m, p);
                assertEquals(expected, got, m.resolution() / 2 + 1e-12, m.label() + " p" + p);
            }
        }
        long downgraded = direct.stream().filter(WorldOutcome::downgraded).count();
        long defaulted = direct.stream().filter(WorldOutcome::defaulted).count();
        assertEquals(downgraded, s.downgraded());
        assertEquals(defaulted, s.defaulted());
        assertEquals((double) defaulted / n, s.defaultShare(), 1e-12);
    }

    @Test
    void worldIOfARunIsTheGameSeededFirstSeedPlusI() {
        Strategy bot = Bots.named("conservative");
        Summary s = new BatchRun(baseline, bot, 42, 1).run();
        WorldOutcome alone = World.play(baseline, bot, 42);
        assertEquals(alone.tsr(), s.percentile(Metric.TSR, 50), Metric.TSR.resolution() / 2);
        assertEquals(alone.finalRank(), (int) s.percentile(Metric.FINAL_RANK, 95));
    }

    @Test
    void histogramsKeepOneBinPerDistinctRoundedValueNotOnePerWorld() {
        Histogram h = new Histogram(Metric.FINAL_RANK);
        for (int i = 0; i < 100_000; i++) {
            h.add(1 + i % 10);
        }
        assertEquals(10, h.bins());
        assertEquals(100_000, h.total());
        assertEquals(1, h.percentile(5));
        assertEquals(5, h.percentile(50));
        assertEquals(10, h.percentile(95));
    }

    @Test
    void nearestRankOnOneToOneHundred() {
        Histogram h = new Histogram(Metric.SCORE);
        for (int i = 100; i >= 1; i--) {
            h.add(i);
        }
        assertArrayEquals(new double[] {5, 25, 50, 75, 95}, h.percentiles(Summary.PERCENTILES), 1e-9);
    }

    @Test
    void aRoundedPercentileIsWithinHalfAStepOfTheRawOne() {
        Histogram h = new Histogram(Metric.TSR);
        double[] raw = new double[1000];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = Math.sin(i * 12.9898) * 0.7531;
            h.add(raw[i]);
        }
        Percentile nearestRank = new Percentile().withEstimationType(EstimationType.R_1);
        for (double p : Summary.PERCENTILES) {
            double exact = nearestRank.evaluate(raw, p);
            assertTrue(Math.abs(exact - h.percentile(p)) <= Metric.TSR.resolution() / 2 + 1e-12, "p" + p);
        }
    }
}
