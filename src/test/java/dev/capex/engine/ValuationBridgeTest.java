package dev.capex.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.ValuationBridge.Driver;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.model.ValuationParts;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.random.RandomStreams;
import dev.capex.strategy.RandomDecisions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The valuation bridge explains every quarter's share price change: its drivers add up to the change to
 * the cent on random paths (random decisions in random worlds), and each driver moves the way its
 * cause moved.
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
            ValuationParts last = Engine.openingValuation(SC);
            assertEquals(s.market().sharePrice(), last.sharePrice(), 1e-9, "the opening parts price the opening");
            assertEquals(s.market().marketCapM() * 1e6 / s.sharesOutstanding(), last.sharePrice(), 0.01);
            while (!s.isOver()) {
                RandomStream r = mine.stream(s.quarter(), "test.bridge");
                List<Decision> ds = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) {
                    ds.add(RandomDecisions.any(SC, s, r));
                }
                QuarterResult res = Engine.resolve(SC, s, ds);
                GameState next = res.state();
                if (res.valuation() == null) {
                    break; // the game ended before the market valued it
                }
                ValuationBridge b = ValuationBridge.between(last, res.valuation());
                long sum = b.steps().stream().mapToLong(ValuationBridge.Step::cents).sum();
                String where = "seed " + seed + ", " + next.latest().quarter() + ": " + b;
                assertEquals(Math.round(next.market().sharePrice() * 100) - Math.round(s.market().sharePrice() * 100),
                        sum, where);
                assertEquals(b.totalCents(), sum, where);
                assertEquals(Driver.values().length, b.steps().size(), "every driver has its line");
                // The parts are the price's own reasons: their enterprise value less net debt is the price.
                ValuationParts p = res.valuation();
                assertEquals(next.market().sharePrice(), p.sharePrice(), 1e-9, where);
                // Each driver moves with its cause (LMDI shares carry the sign of the factor's log change).
                ValuationParts a = last;
                sign(where + " earnings", b.cents(Driver.EARNINGS), p.earningsM() - a.earningsM());
                sign(where + " growth", b.cents(Driver.GROWTH), p.growth() - a.growth());
                sign(where + " AI narrative", b.cents(Driver.AI_NARRATIVE), p.narrative() - a.narrative());
                sign(where + " shares", b.cents(Driver.SHARE_COUNT), a.shares() - p.shares());
                sign(where + " leverage", b.cents(Driver.LEVERAGE_RATING), p.leverageRating() - a.leverageRating());
                if (Math.abs(b.totalCents()) > 0) {
                    moved++;
                }
                quarters++;
                s = next;
                last = p;
            }
        }
        assertTrue(quarters > 500 && moved > quarters / 2, quarters + " quarters, " + moved + " with a price change");
    }

    /** A driver's cents never point against its cause (a cent of rounding either way is allowed). */
    private static void sign(String where, long cents, double cause) {
        if (cause > 1e-12) {
            assertTrue(cents >= -1, where + ": " + cents + " cents while its cause rose");
        } else if (cause < -1e-12) {
            assertTrue(cents <= 1, where + ": " + cents + " cents while its cause fell");
        } else {
            assertTrue(Math.abs(cents) <= 1, where + ": " + cents + " cents with no change in its cause");
        }
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
    void buybacksAloneRaiseThePriceThroughTheShareCount() {
        GameState s = Engine.start(SC, 3);
        ValuationParts open = Engine.openingValuation(SC);
        ValuationParts next = Engine.resolve(SC, s, List.of(new Decision.Buyback(s.policy().buybackPerQuarterM()
                + 20_000))).valuation();
        ValuationParts same = Engine.resolve(SC, s, List.of()).valuation();
        long more = ValuationBridge.between(open, next).cents(Driver.SHARE_COUNT);
        long base = ValuationBridge.between(open, same).cents(Driver.SHARE_COUNT);
        assertTrue(more > base, "retiring more shares adds more to the price: " + more + " vs " + base);
        assertTrue(ValuationBridge.between(open, next).cents(Driver.NET_DEBT)
                < ValuationBridge.between(open, same).cents(Driver.NET_DEBT), "and the cash paid out adds to net debt");
    }
}
