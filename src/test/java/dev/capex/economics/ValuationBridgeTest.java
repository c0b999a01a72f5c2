package dev.capex.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.Engine;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.random.RandomStreams;
import dev.capex.engine.rules.ValuationRules;
import dev.capex.engine.rules.ValuationRules.BridgeStep;
import dev.capex.scenario.ScenarioLoader;
import dev.capex.strategy.RandomDecisions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The valuation bridge splits each quarter's share price change into named factors that add up to it. */
class ValuationBridgeTest {
    @Test
    void theFactorsSumExactlyToThePriceChangeOnRandomPaths() throws Exception {
        for (String name : List.of("meta-2025", "rate-shock", "power-crunch")) {
            Scenario sc = ScenarioLoader.resolve(name);
            for (long seed = 1; seed <= 6; seed++) {
                GameState s = Engine.start(sc, seed);
                RandomStream r = new RandomStreams(seed * 31).stream(sc.start(), "bridge-test");
                while (!s.isOver()) {
                    List<Decision> ds = new ArrayList<>();
                    int n = r.nextInt(4);
                    for (int i = 0; i < n; i++) {
                        ds.add(RandomDecisions.any(sc, s, r));
                    }
                    GameState next = Engine.resolve(sc, s, ds).state();
                    List<BridgeStep> steps = ValuationRules.bridge(sc, s.market(), next.market());
                    assertEquals(ValuationRules.BRIDGE_FACTORS, steps.stream().map(BridgeStep::factor).toList());
                    double sum = 0;
                    for (BridgeStep st : steps) {
                        assertTrue(Double.isFinite(st.dollarsPerShare()), st.toString());
                        sum += st.dollarsPerShare();
                    }
                    double change = next.market().sharePrice() - s.market().sharePrice();
                    assertEquals(change, sum, 1e-9 * Math.max(1, Math.abs(s.market().sharePrice())),
                            name + " seed " + seed + " " + s.quarter() + ": " + steps);
                    s = next;
                }
            }
        }
    }

    @Test
    void aRateRiseShowsUnderRatesAndNothingElse() throws Exception {
        Scenario sc = ScenarioLoader.resolve("meta-2025");
        GameState s = Engine.start(sc, 1);
        var before = s.market();
        var in = before.inputs();
        var higher = new dev.capex.engine.model.ValuationInputs(in.growth(), in.rank(), in.h100e(), in.netLeverage(),
                in.ratingIndex(), in.capexToRevenue(), in.capitalReturn(), in.idleCapitalShare(), in.baseRate() + 0.01,
                in.impatience(), in.marketEffect(), in.noise(), in.ebitdaM(), in.resaleRevenueM(), in.netDebtM(),
                in.shares());
        double price = ValuationRules.price(sc, before, higher);
        var after = new dev.capex.engine.model.MarketState(0, price, before.startSharePrice(), 0, before.calibration(),
                0, in.growth(), List.of(), before.startCapitalReturn(), before.startIdleShare(), higher);
        var pinned = new dev.capex.engine.model.MarketState(0, ValuationRules.price(sc, before, in),
                before.startSharePrice(), 0, before.calibration(), 0, in.growth(), List.of(), before.startCapitalReturn(),
                before.startIdleShare(), in);
        List<BridgeStep> steps = ValuationRules.bridge(sc, pinned, after);
        for (BridgeStep st : steps) {
            if (st.factor().equals("rates")) {
                assertTrue(st.dollarsPerShare() < 0, "a higher discount rate lowers the price: " + steps);
            } else {
                assertEquals(0, st.dollarsPerShare(), 1e-9, st.factor() + ": " + steps);
            }
        }
    }
}
