package dev.capex.engine.levers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.Engine;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario;
import dev.capex.scenario.ScenarioLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A site's partner may fund another build there; another lender may not. (The check is written out without a
 * lambda; a negation lost in that rewrite let the same partner be refused and passed every other test.)
 */
class ProjectCreditPartnerTest {
    private static boolean refusedForPartner(List<GameEvent> events) {
        return events.stream().anyMatch(e -> e instanceof GameEvent.DecisionRefused r
                && r.reason().toString().contains("HAS_PARTNER"));
    }

    @Test
    void theSitesPartnerFundsASecondBuildAndAnotherLenderIsRefused() throws Exception {
        Scenario sc = ScenarioLoader.resolve("meta-2025");
        GameState s = Engine.start(sc, 5);
        s = Engine.resolve(sc, s, List.of(new Decision.Build("hyperion", 1.0),
                new Decision.PrivateCredit("blueowl", 12000, "project", "hyperion", 0.1))).state();
        assertTrue(s.site("hyperion").hasPartner(), "the first project loan makes the lender the site's partner");
        List<GameEvent> again = Engine.resolve(sc, s, List.of(new Decision.Build("hyperion", 1.0),
                new Decision.PrivateCredit("blueowl", 12000, "project", "hyperion", 0.1))).events();
        assertFalse(refusedForPartner(again), "the partner itself funds the next build: " + again);
        String other = sc.lenders().stream().map(Scenario.Lender::id)
                .filter(id -> !id.equalsIgnoreCase("blueowl")).findFirst().orElseThrow();
        List<GameEvent> otherLender = Engine.resolve(sc, s, List.of(new Decision.Build("hyperion", 1.0),
                new Decision.PrivateCredit(other, 12000, "project", "hyperion", 0.1))).events();
        assertTrue(refusedForPartner(otherLender), "another lender on a partnered site: " + otherLender);
    }
}
