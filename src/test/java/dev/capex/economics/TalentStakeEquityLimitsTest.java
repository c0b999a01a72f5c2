package dev.capex.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.capex.engine.Engine;
import dev.capex.engine.Preview;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.decision.Decision.EquityRaise;
import dev.capex.engine.decision.Decision.Hire;
import dev.capex.engine.decision.Decision.Stake;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.ActiveEffect;
import dev.capex.engine.model.EffectType;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.rules.StakeRules;
import dev.capex.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, session 3: a rival's stars are a finite pool that gets dearer as it drains; a controlling stake
 * brings little more than a 49% non-voting one and waits for a merger review; an equity raise signals. A
 * scenario without these fields (an older save's) keeps the old behaviour.
 */
class TalentStakeEquityLimitsTest {
    private static Scenario baseline() throws Exception {
        return ScenarioLoader.resolve("meta-2025");
    }

    /** meta-2025 as an older save embeds it: without the fields this session added. */
    private static Scenario legacy() throws Exception {
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(Path.of("scenarios/meta-2025.json").toFile());
        ObjectNode e = (ObjectNode) tree.get("economics");
        e.remove("talent");
        e.remove("equity");
        ((ObjectNode) e.get("stakes")).remove(List.of("controlBenefitShare", "controlReviewQuarters"));
        return ScenarioLoader.fromTree("legacy", tree);
    }

    private static Preview preview(Scenario sc, GameState s, Decision... ds) {
        return Engine.preview(sc, s, List.of(ds));
    }

    private static String reason(Preview p) {
        return p.last() instanceof GameEvent.DecisionRefused r ? dev.capex.report.EngineText.english(r.reason()) : "";
    }

    /** The lowest package (in $5M steps) the rival's stars accept now. */
    private static long lowestPackage(Scenario sc, GameState s, String rival) {
        for (long p = 50; p <= sc.talent().maxPackageM(); p += 5) {
            if (!preview(sc, s, new Hire(1, p, rival)).lastRefused()) {
                return p;
            }
        }
        return Long.MAX_VALUE;
    }

    @Test
    void aRivalsPoolOfStarsRunsOutAndGetsDearerAsItDrains() throws Exception {
        Scenario sc = baseline();
        GameState s = Engine.start(sc, 3);
        int pool = sc.economics().talent().pools().stream().filter(p -> p.id().equals("ssi")).findFirst().orElseThrow()
                .stars();
        Preview tooMany = preview(sc, s, new Hire(pool + 1, 300, "ssi"));
        assertTrue(tooMany.lastRefused(), "more stars than the pool holds");
        assertTrue(reason(tooMany).contains("only " + pool), reason(tooMany));
        assertFalse(preview(sc, s, new Hire(pool, 300, "ssi")).lastRefused(), "the whole pool can be hired");

        long freshBefore = lowestPackage(sc, s, "thinkingmachines");
        long drainedBefore = lowestPackage(sc, s, "ssi");
        GameState next = Engine.resolve(sc, s, List.of(new Hire(pool / 2, 300, "ssi"))).state();
        long fresh = lowestPackage(sc, next, "thinkingmachines");
        long drained = lowestPackage(sc, next, "ssi");
        // Half the pool gone: its stars ask more than an untouched lab's, by more than they did before the hires.
        assertTrue(drained > fresh && drained - fresh > drainedBefore - freshBefore,
                "asks before " + drainedBefore + "/" + freshBefore + ", after " + drained + "/" + fresh);
        Preview rest = preview(sc, next, new Hire(pool - pool / 2 + 1, 300, "ssi"));
        assertTrue(rest.lastRefused() && reason(rest).contains("only " + (pool - pool / 2)), reason(rest));

        Scenario old = legacy();
        assertFalse(preview(old, Engine.start(old, 3), new Hire(pool + 10, 300, "ssi")).lastRefused(),
                "an older scenario has no pools");
    }

    @Test
    void controlBringsLittleMoreThanFortyNinePercentAndWaitsForTheReview() throws Exception {
        Scenario sc = baseline();
        double nonVoting = StakeRules.benefitShare(sc, 0.49, false);
        double control = StakeRules.benefitShare(sc, 0.96, true);
        assertTrue(control >= nonVoting && control < 1, "benefit saturates: 49% " + nonVoting + ", 96% " + control);
        // Twice the shares at a control premium for a few points more of the benefit.
        assertTrue((control - nonVoting) / nonVoting < 0.96 * 1.3 / 0.49 - 1);

        GameState s = Engine.start(sc, 5);
        GameState small = Engine.resolve(sc, s, List.of(new Stake("scale", 0.49))).state();
        GameState big = Engine.resolve(sc, s, List.of(new Stake("scale", 0.96))).state();
        assertEquals(sc.economics().stakes().controlReviewQuarters(),
                big.books().stakes().get(0).integrated().minus(small.books().stakes().get(0).integrated()), "merger review");

        Scenario old = legacy();
        assertEquals(1.0, StakeRules.benefitShare(old, 0.96, true));
        GameState o = Engine.start(old, 5);
        assertEquals(Engine.resolve(old, o, List.of(new Stake("scale", 0.49))).state().books().stakes().get(0).integrated(),
                Engine.resolve(old, o, List.of(new Stake("scale", 0.96))).state().books().stakes().get(0).integrated());
    }

    @Test
    void anEquityRaiseSignalsAndTheMarketMarksThePriceDown() throws Exception {
        Scenario sc = baseline();
        GameState s = Engine.start(sc, 7);
        long amount = 20000;
        GameState after = Engine.resolve(sc, s, List.of(new EquityRaise(amount))).state();
        List<ActiveEffect> signal = after.world().effects().stream()
                .filter(e -> e.type() == EffectType.market && e.source().equals("equityRaise")).toList();
        assertEquals(1, signal.size(), after.world().effects().toString());
        double expected = -sc.economics().equity().signalPerShareOfCap() * amount / s.market().marketCapM();
        assertEquals(expected, signal.get(0).magnitude(), 1e-12);
        assertTrue(signal.get(0).magnitude() < 0);
        assertEquals(s.quarter().plus(sc.economics().equity().signalQuarters()), signal.get(0).until());

        Scenario old = legacy();
        GameState o = Engine.resolve(old, Engine.start(old, 7), List.of(new EquityRaise(amount))).state();
        assertTrue(o.world().effects().stream().noneMatch(e -> e.source().equals("equityRaise")), "no signal in older scenarios");
    }
}
