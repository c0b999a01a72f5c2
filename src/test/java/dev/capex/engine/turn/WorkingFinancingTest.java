package dev.capex.engine.turn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.capex.engine.model.CreditState;
import dev.capex.engine.model.DebtInstrument;
import dev.capex.engine.model.DebtKind;
import dev.capex.engine.model.Financing;
import dev.capex.engine.model.Interest;
import dev.capex.engine.model.Quarter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What the working financing answers about its debts from a summary made once after a write is what a scan
 * of the debts as they stand gives, after any mix of debts added, replaced (a repayment) and removed.
 */
class WorkingFinancingTest {
    private static final Quarter START = Quarter.parse("2025Q1");

    private static DebtInstrument random(Random r, int id) {
        DebtKind kind = DebtKind.values()[r.nextInt(DebtKind.values().length)];
        boolean floating = r.nextInt(3) == 0;
        double lev = r.nextInt(3) == 0 ? 1 + r.nextInt(40) / 10.0 : 0;
        double cover = r.nextInt(4) == 0 ? 1 + r.nextInt(60) / 10.0 : 0;
        return new DebtInstrument("D" + id, kind, "lender", 1 + r.nextInt(20_000), 20_000, floating, r.nextInt(300),
                0.01 + r.nextInt(800) / 10_000.0, START, START.plus(r.nextInt(40)), START.plus(r.nextInt(40)),
                r.nextInt(3) == 0 ? 0 : r.nextInt(500), lev, cover, r.nextInt(200));
    }

    @Test
    void theSummaryAnswersAsAScan() {
        for (long seed = 1; seed <= 30; seed++) {
            Random r = new Random(seed);
            List<DebtInstrument> start = new ArrayList<>();
            for (int i = r.nextInt(5); i > 0; i--) {
                start.add(random(r, i));
            }
            WorkingFinancing f = new WorkingFinancing(new Financing(start, List.of(), List.of(),
                    new CreditState(0, 0, 0, 0, 0, 0)));
            int id = 100;
            for (int step = 0; step < 300; step++) {
                List<DebtInstrument> d = f.debts;
                switch (r.nextInt(4)) {
                    case 0 -> d.add(random(r, id++));
                    case 1 -> {
                        if (!d.isEmpty()) {
                            int i = r.nextInt(d.size());
                            d.set(i, d.get(i).withPrincipal(r.nextInt(3) == 0 ? 0 : d.get(i).principalM() / 2));
                        }
                    }
                    case 2 -> {
                        if (!d.isEmpty()) {
                            d.remove(r.nextInt(d.size()));
                        }
                    }
                    default -> {
                    }
                }
                String at = "seed " + seed + " step " + step;
                double base = r.nextInt(600) / 10_000.0;
                int spread = r.nextInt(400);
                assertEquals(Interest.chargeForQuarterM(d, base, spread), f.interestChargeM(base, spread), at);
                for (DebtKind k : DebtKind.values()) {
                    long drawn = 0;
                    boolean any = false;
                    for (DebtInstrument x : d) {
                        if (x.kind() == k) {
                            drawn += x.principalM();
                            any = true;
                        }
                    }
                    assertEquals(drawn, f.drawnM(k), at + " " + k);
                    assertEquals(any, f.any(k), at + " " + k);
                }
                assertEquals(d.stream().anyMatch(DebtInstrument::hasCovenants), f.anyCovenants(), at);
                for (int k = 0; k < 4; k++) {
                    double lev = r.nextInt(60) / 10.0;
                    double cover = r.nextInt(80) / 10.0;
                    boolean fails = false; // FinanceRules.covenants' test, debt by debt
                    for (DebtInstrument x : d) {
                        fails |= x.hasCovenants() && ((x.maxNetLeverage() > 0 && lev > x.maxNetLeverage())
                                || (x.minInterestCover() > 0 && cover < x.minInterestCover()));
                    }
                    assertEquals(fails, f.anyCovenantFails(lev, cover), at + " " + lev + " " + cover);
                }
                for (int k = 0; k < 45; k += 1 + r.nextInt(4)) {
                    Quarter q = START.plus(k);
                    boolean due = false;
                    for (DebtInstrument x : d) {
                        due |= WorkingFinancing.repaidOnSchedule(x) && (!q.isBefore(x.maturity())
                                || (!q.isBefore(x.amortizationStart()) && x.amortizationPerQuarterM() > 0));
                    }
                    assertEquals(due, f.anyDue(q), at + " " + q);
                }
            }
        }
    }
}
