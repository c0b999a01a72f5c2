package dev.capex.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.decision.Decision.Build;
import dev.capex.engine.decision.Decision.OrderGpus;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.event.Reason;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario;
import org.junit.jupiter.api.Test;

/**
 * A site's grid and a GPU generation open in their first quarter ({@code availableFrom}), not before: the
 * engine reads those quarters from tables made once a scenario (ScenarioIndex), so each site and generation
 * is asked in the quarter before its own first quarter and in it.
 */
class FirstQuartersTest {
    static final Scenario SC = TestWorld.baseline();

    /** The kind of the refusal of {@code d} last quarter, or null when it was applied. */
    static Reason.Kind refusedKind(Game g, Decision d) {
        for (GameEvent e : g.last.events()) {
            if (e instanceof GameEvent.DecisionRefused r && r.decision().equals(d)) {
                return r.reason().kind();
            }
            if (e instanceof GameEvent.DecisionApplied a && a.decision().equals(d)) {
                return null;
            }
        }
        throw new AssertionError("no outcome for " + d);
    }

    @Test
    void aSiteOpensInItsFirstQuarter() {
        int checked = 0;
        for (Scenario.SiteSpec s : SC.sites()) {
            Quarter from = Quarter.parse(s.availableFrom());
            if (!from.isAfter(SC.start())) {
                continue;
            }
            Game g = Game.start(SC, 11).playTo(from.plus(-1).toString());
            Build before = new Build(s.id(), 0.25);
            g.play(before);
            assertEquals(Reason.Kind.NO_GRID, refusedKind(g, before), s.id() + " before " + from);
            Build on = new Build(s.id(), 0.25);
            g.play(on);
            assertTrue(refusedKind(g, on) != Reason.Kind.NO_GRID, s.id() + " in " + from);
            checked++;
        }
        assertTrue(checked > 0, "the baseline has a site that opens after the start");
    }

    @Test
    void aGenerationOpensInItsFirstQuarter() {
        int checked = 0;
        for (Scenario.GpuGeneration gen : SC.gpuGenerations()) {
            Quarter from = Quarter.parse(gen.availableFrom());
            if (!from.isAfter(SC.start()) || from.isAfter(SC.end())) {
                continue;
            }
            Game g = Game.start(SC, 11).playTo(from.plus(-1).toString());
            OrderGpus before = new OrderGpus(gen.id(), 1000);
            g.play(before);
            assertEquals(Reason.Kind.NOT_AVAILABLE, refusedKind(g, before), gen.id() + " before " + from);
            OrderGpus on = new OrderGpus(gen.id(), 1000);
            g.play(on);
            assertTrue(refusedKind(g, on) != Reason.Kind.NOT_AVAILABLE, gen.id() + " in " + from);
            checked++;
        }
        assertTrue(checked > 0, "the baseline has a generation that opens after the start");
    }
}
