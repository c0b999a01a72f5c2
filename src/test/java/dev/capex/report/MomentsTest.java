package dev.capex.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.decision.Decision.*;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario;
import dev.capex.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The moments that mattered explain themselves from the events: what happened, its numbers and what led to it. */
class MomentsTest {

    @Test
    void aBorrowerWhoOverreachesHearsWhyItsCovenantsBrokeAndItDefaulted() throws Exception {
        Scenario sc = ScenarioLoader.load(Path.of("scenarios", "meta-2025.json"));
        ReplayedGame g = ReplayedGame.of(TeamGame.bot(sc, 7, "leverage"));
        List<Moment> ms = Moments.of(g);
        Moment breach = ms.stream().filter(m -> m.kind().equals("covenant")).findFirst().orElseThrow(
                () -> new AssertionError("the leverage bot breaches a covenant in seed 7: " + ms));
        assertTrue(breach.text().startsWith("bot leverage breached"), breach.text());
        assertTrue((breach.text().contains("net leverage") || breach.text().contains("interest cover"))
                && breach.text().contains("against"), "the breach names its covenant metric: " + breach.text());
        assertTrue(ms.stream().anyMatch(m -> m.kind().equals("default")), "the default is a moment: " + ms);
        assertTrue(ms.stream().filter(m -> m.kind().equals("covenant")).map(Moment::quarter).distinct().count()
                == ms.stream().filter(m -> m.kind().equals("covenant")).count(), "one covenant moment per quarter");
    }

    @Test
    void aDowngradeNamesItsLeverageAndTheCommitmentBehindIt() throws Exception {
        Scenario sc = ScenarioLoader.load(Path.of("scenarios", "sandbox.json"));
        // The sandbox lends 100B in one deal: spend it all on GPUs and the rating falls.
        Map<Quarter, List<Decision>> plan = Map.of(
                Quarter.parse("2025Q2"), List.of(new PrivateCredit("apollo", 100000, "corporate", null, 0),
                        new PrivateCredit("kkr", 100000, "corporate", null, 0),
                        new OrderGpus("B200", 2000000)),
                Quarter.parse("2025Q3"), List.of(new OrderGpus("B200", 2000000)));
        ReplayedGame g = ReplayedGame.of(new TeamGame("Blue", sc, 3, plan, "test"));
        List<Moment> ms = Moments.of(g);
        Moment down = ms.stream().filter(m -> m.kind().equals("downgrade")).findFirst().orElseThrow(
                () -> new AssertionError("a downgrade: " + ms));
        assertTrue(down.text().matches("Blue's downgrade from \\S+ to \\S+ in 20\\d\\dQ\\d came from net leverage .*"),
                down.text());
        assertTrue(down.text().contains("paid for GPUs"), "it names what the cash went on: " + down.text());
        assertTrue(down.text().contains("the largest commitment behind it: the private credit from apollo, $100.0B in 2025Q2"),
                "and the loan that raised the leverage: " + down.text());
    }
}
