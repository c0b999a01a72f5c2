package dev.capex.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.model.ArenaModel;
import dev.capex.engine.model.ArenaRank;
import dev.capex.engine.model.DebtInstrument;
import dev.capex.engine.model.DebtKind;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Interest;
import dev.capex.engine.model.PendingBond;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.QuarterFigures;
import dev.capex.engine.model.Trailing;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The one place each for interest, arena rank and trailing-twelve-month figures: their relations. */
class InterestRankTrailingTest {
    private static final Quarter Q = Quarter.parse("2025Q2");

    private static DebtInstrument debt(long principalM, boolean floating, int spreadBp, double coupon) {
        return new DebtInstrument("D", DebtKind.BOND, "x", principalM, principalM, floating, spreadBp, coupon, Q, Q.plus(20),
                Q.plus(20), 0, 0, 0, 0);
    }

    @Test
    void theQuartersChargeIsAQuarterOfTheRunRateUpToOneRoundingPerInstrument() {
        SplittableRandom r = new SplittableRandom(9);
        for (int n = 0; n < 200; n++) {
            List<DebtInstrument> debts = new ArrayList<>();
            int k = 1 + r.nextInt(8);
            for (int i = 0; i < k; i++) {
                debts.add(debt(1 + r.nextInt(40_000), r.nextBoolean(), r.nextInt(600), r.nextDouble() * 0.08));
            }
            double base = r.nextDouble() * 0.08;
            int spread = r.nextInt(500);
            long year = Interest.runRatePerYearM(debts, List.of(), base, spread);
            long quarter = Interest.chargeForQuarterM(debts, base, spread);
            // Each instrument's quarter is rounded on its own (at most half a million off each), the year once.
            assertTrue(Math.abs(4 * quarter - year) <= 2 * k + 1, "quarter " + quarter + " x4 against year " + year);
            long withBond = Interest.runRatePerYearM(debts, List.of(new PendingBond("B", 10_000, 0.05, 10, Q.plus(1))),
                    base, spread);
            assertTrue(Math.abs(withBond - year - 500) <= 1, "a bond being arranged adds its coupon to the run-rate");
        }
        assertEquals(0, Interest.chargeForQuarterM(List.of(), 0.05, 100));
    }

    @Test
    void metasRankCountsOnlyOtherLabsAndTheFieldsRankCountsEveryModelAbove() {
        List<ArenaModel> arena = List.of(new ArenaModel("A", "a", 1300, Q, false), new ArenaModel("B", "b", 1250, Q, false),
                new ArenaModel("Meta", "m", 1280, Q, true));
        assertEquals(2, ArenaRank.ofMeta(arena, 1280));
        assertEquals(1, ArenaRank.ofMeta(arena, 1300), "a tie is not above");
        assertEquals(3, ArenaRank.inField(arena, 1260), "Meta's model above counts in the field");
        assertEquals(3, ArenaRank.ofMeta(arena, 1200));
    }

    @Test
    void trailingFiguresAreTheLastFourQuartersOrTheLastThreeAndTheCurrent() {
        GameState s = Engine.start(TestWorld.baseline(), 1);
        List<QuarterFigures> h = s.books().history();
        long lastFour = 0;
        for (QuarterFigures f : h.subList(h.size() - 4, h.size())) {
            lastFour += f.ebitdaM();
        }
        assertEquals(lastFour, Trailing.lastFourM(h, QuarterFigures::ebitdaM));
        long oldest = h.get(h.size() - 4).ebitdaM();
        assertEquals(lastFour - oldest + 123, Trailing.withCurrentM(h, QuarterFigures::ebitdaM, 123));
    }
}
