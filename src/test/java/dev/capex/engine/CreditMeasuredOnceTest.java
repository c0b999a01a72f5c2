package dev.capex.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.levers.LeverRules;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.GameStatus;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.random.RandomStreams;
import dev.capex.engine.rules.FinanceRules;
import dev.capex.engine.turn.Compute;
import dev.capex.engine.turn.CreditMeasures;
import dev.capex.engine.turn.Turn;
import dev.capex.scenario.ScenarioLoader;
import dev.capex.strategy.Bots;
import dev.capex.strategy.RandomDecisions;
import dev.capex.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quarter's credit metrics are measured once, at the covenants, and read again by the rating, step 10
 * and the close ({@link CreditMeasures}): that holds only while nothing between the covenants and the close
 * changes what they are made of. Measured afresh just before the close, they are the same, bit for bit, on
 * every built-in scenario, for the leverage bot and for random decisions (emergency draws, paper, the
 * revolver and sweeps in step 10 among them).
 */
class CreditMeasuredOnceTest {

    @Test
    void theMetricsTheCovenantsMeasuredStandUntilTheClose() throws Exception {
        int quarters = 0;
        int stepTenMoved = 0;
        for (String name : ScenarioLoader.BUILT_IN) {
            Scenario sc = ScenarioLoader.resolve(name);
            Strategy leverage = Bots.named("leverage");
            for (long seed = 1; seed <= 4; seed++) {
                for (boolean random : new boolean[] {false, true}) {
                    Turn w = new Turn(sc, Engine.start(sc, seed));
                    while (w.status == GameStatus.PLAYING) {
                        GameState s = Engine.state(w, false);
                        List<Decision> d;
                        if (random) {
                            RandomStream r = new RandomStreams(seed * 31 + 7).stream(s.quarter(), "test.credit");
                            d = new ArrayList<>();
                            int n = 1 + r.nextInt(8);
                            for (int i = 0; i < n; i++) {
                                d.add(RandomDecisions.any(sc, s, r));
                            }
                        } else {
                            d = leverage.decide(sc, s);
                        }
                        for (Decision x : d) {
                            LeverRules.apply(w, x);
                        }
                        Compute compute = Engine.steps(w);
                        String at = name + " seed " + seed + (random ? " random " : " leverage ") + w.q;
                        CreditMeasures m = w.creditNow;
                        assertTrue(m.current(w), at + ": not measured this quarter");
                        double lev = m.netLeverage();
                        double cover = m.cover();
                        long ebitda = m.ttmEbitdaM();
                        long interest = m.ttmInterestM();
                        long netDebt = m.netDebtM();
                        CreditMeasures now = FinanceRules.measureCredit(w);
                        assertEquals(ebitda, now.ttmEbitdaM(), at + ": trailing EBITDA");
                        assertEquals(interest, now.ttmInterestM(), at + ": trailing interest");
                        assertEquals(netDebt, now.netDebtM(), at + ": net debt");
                        assertEquals(lev, now.netLeverage(), 0.0, at + ": net leverage");
                        assertEquals(cover, now.cover(), 0.0, at + ": interest cover");
                        for (GameEvent e : w.events) {
                            if (e instanceof GameEvent.EmergencyFacilityDrawn
                                    || (e instanceof GameEvent.Milestone ms && ms.what() == GameEvent.Milestone.What.PAPER)
                                    || (e instanceof GameEvent.DebtRepaid r && r.why() == GameEvent.DebtRepaid.Why.SWEEP)) {
                                stepTenMoved++;
                                break;
                            }
                        }
                        Engine.close(w, compute);
                        w.nextQuarter();
                        quarters++;
                    }
                }
            }
        }
        assertTrue(quarters > 200, quarters + " quarters: too few");
        assertTrue(stepTenMoved >= 5, stepTenMoved + " quarters where step 10 drew or repaid: too few to test");
    }
}
