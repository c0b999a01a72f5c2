package dev.capex.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.ValuationBridge.Driver;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.random.RandomStreams;
import dev.capex.strategy.RandomDecisions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The valuation bridge the screens show explains every quarter's share price change: its drivers add up
 * to the change to the cent on random paths (random decisions in random worlds), each driver stays within
 * a cent of the valuation's own step, and buybacks show up where they should.
 */
class ValuationBridgeTest {
    static final Scenario SC = TestWorld.baseline();

    @Test
    void theDriversSumExactlyToThePriceChangeEveryQuarterOnRandomPaths() {
        int quarters = 0;
        int moved = 0;
        for (long seed = 1; seed <= 60; seed++) {
            RandomStreams mine = new RandomStreams(seed * 7919);
            GameState s = Engine.start(SC, seed);
            while (!s.isOver()) {
                RandomStream r = mine.stream(s.quarter(), "test.bridge");
                List<Decision> ds = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) {
                    ds.add(RandomDecisions.any(SC, s, r));
                }
                GameState next = Engine.resolve(SC, s, ds).state();
                ValuationBridge b = ValuationBridge.between(SC, s.market(), next.market());
                long sum = b.steps().stream().mapToLong(ValuationBridge.Step::cents).sum();
                String where = "seed " + seed + ", " + next.latest().quarter() + ": " + b;
                assertEquals(Math.round(next.market().sharePrice() * 100) - Math.round(s.market().sharePrice() * 100),
                        sum, where);
                assertEquals(b.totalCents(), sum, where);
                assertEquals(Driver.values().length, b.steps().size(), "every driver has its line");
                var raw = dev.capex.engine.rules.ValuationRules.bridge(SC, s.market(), next.market());
                for (int i = 0; i < raw.size(); i++) {
                    assertTrue(Math.abs(b.steps().get(i).cents() - raw.get(i).dollarsPerShare() * 100) < 2.01,
                            where + ": each line within a cent or two of the valuation's own step");
                }
                if (b.totalCents() != 0) {
                    moved++;
                }
                quarters++;
                s = next;
            }
        }
        assertTrue(quarters > 500 && moved > quarters / 2, quarters + " quarters, " + moved + " with a price change");
    }

    @Test
    void roundingToCentsKeepsTheTotalWhateverTheRemainders() {
        RandomStream r = new RandomStreams(5).stream("test.cents");
        for (int i = 0; i < 10_000; i++) {
            double[] d = new double[1 + r.nextInt(11)];
            double sum = 0;
            for (int k = 0; k < d.length; k++) {
                d[k] = (r.nextDouble() - 0.5) * 200;
                sum += d[k];
            }
            long total = Math.round(sum * 100) + r.nextInt(3) - 1;
            long[] c = ValuationBridge.largestRemainder(d, total);
            long got = 0;
            for (int k = 0; k < c.length; k++) {
                got += c[k];
                assertTrue(Math.abs(c[k] - d[k] * 100) < 2.01, "each part stays within a cent or two of its value");
            }
            assertEquals(total, got);
        }
    }

    @Test
    void buybacksMoveThePriceThroughNetDebtAndTheShareCount() {
        GameState s = Engine.start(SC, 3);
        GameState more = Engine.resolve(SC, s, List.of(new Decision.Buyback(s.policy().buybackPerQuarterM() + 20_000)))
                .state();
        GameState same = Engine.resolve(SC, s, List.of()).state();
        long a = ValuationBridge.between(SC, s.market(), more.market()).cents(Driver.NET_DEBT);
        long b = ValuationBridge.between(SC, s.market(), same.market()).cents(Driver.NET_DEBT);
        assertTrue(a != b, "a bigger buyback shows in the net debt and share count line: " + a + " vs " + b);
    }
}
