package dev.capex.engine.turn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.capex.engine.model.ActiveEffect;
import dev.capex.engine.model.EffectType;
import dev.capex.engine.model.Quarter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The effects' sums answer as a scan of the list does, bit for bit, whatever the quarter asked and however
 * the list changed since they were made: in particular when quarters pass with no write while effects run out
 * (in a game the close removes an effect the quarter it runs out, so only this test sees sums kept too long).
 */
class EffectSumsTest {
    private static final EffectType[] TYPES = EffectType.values();
    private static final String[] TARGETS = {"", "openai", "google", "xai"};

    @Test
    void theSumsAreTheScansAsQuartersPassWithoutWrites() {
        SplittableRandom rnd = new SplittableRandom(9);
        for (int round = 0; round < 200; round++) {
            WorkingList<ActiveEffect> effects = new WorkingList<>(List.of());
            EffectSums sums = new EffectSums(effects);
            int start = Quarter.of(2025, 1).ordinal();
            int q = start;
            for (int step = 0; step < 30; step++) {
                if (rnd.nextInt(4) == 0) { // a write now and then, most quarters none
                    int n = 1 + rnd.nextInt(3);
                    for (int k = 0; k < n; k++) {
                        effects.add(new ActiveEffect("card", TARGETS[rnd.nextInt(TARGETS.length)],
                                TYPES[rnd.nextInt(TYPES.length)], rnd.nextDouble() * 2 - 0.5,
                                Quarter.ofOrdinal(q + rnd.nextInt(6))));
                    }
                }
                q += rnd.nextInt(3); // the same quarter again, the next, or one later
                Quarter at = Quarter.ofOrdinal(q);
                for (EffectType type : TYPES) {
                    boolean anyTarget = false;
                    for (ActiveEffect e : effects) {
                        anyTarget |= e.type() == type && at.isBefore(e.until());
                    }
                    assertEquals(anyTarget, sums.any(type, at), "round " + round + ", " + at + ", any " + type);
                    for (String target : TARGETS) {
                        double scan = 0;
                        boolean any = false;
                        for (ActiveEffect e : effects) {
                            if (e.type() == type && e.target().equals(target) && at.isBefore(e.until())) {
                                scan += e.magnitude();
                                any = true;
                            }
                        }
                        String where = "round " + round + ", " + at + ", " + type + " on '" + target + "'";
                        assertEquals(Double.doubleToRawLongBits(scan), Double.doubleToRawLongBits(sums.sum(type, target, at)), where);
                        assertEquals(any, sums.active(type, target, at), where);
                    }
                }
            }
        }
    }

    @Test
    void anEarlierQuarterIsSummedAgain() {
        WorkingList<ActiveEffect> effects = new WorkingList<>(new ArrayList<>(List.of(
                new ActiveEffect("card", "", EffectType.values()[0], 1.5, Quarter.of(2025, 3)))));
        EffectSums sums = new EffectSums(effects);
        assertEquals(0.0, sums.sum(EffectType.values()[0], "", Quarter.of(2025, 3)));
        assertEquals(1.5, sums.sum(EffectType.values()[0], "", Quarter.of(2025, 2)));
    }
}
