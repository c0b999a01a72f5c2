package dev.capex.engine.turn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.capex.engine.Engine;
import dev.capex.engine.model.Account;
import dev.capex.engine.model.CashLine;
import dev.capex.engine.model.QuarterLines;
import dev.capex.engine.model.Scenario;
import dev.capex.scenario.ScenarioLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The working books' quarter lines sum revenue, operating costs and net income over their array directly; each
 * sum is the one {@link QuarterLines}' defaults give line by line, on random postings to every income and
 * expense account, over two quarters.
 */
class QuarterLinesSumsTest {

    /** The defaults: only line() and cash() delegated. */
    private static QuarterLines byDefault(QuarterLines l) {
        return new QuarterLines() {
            @Override
            public long line(Account a) {
                return l.line(a);
            }

            @Override
            public long cash(CashLine c) {
                return l.cash(c);
            }
        };
    }

    @Test
    void theSumsAreTheDefaultsOnRandomPostings() throws Exception {
        Scenario sc = ScenarioLoader.resolve("meta-2025");
        SplittableRandom r = new SplittableRandom(9);
        List<Account> temporary = new ArrayList<>();
        for (Account a : Account.values()) {
            if (a.isTemporary()) {
                temporary.add(a);
            }
        }
        for (int round = 0; round < 200; round++) {
            Turn w = new Turn(sc, Engine.start(sc, round));
            for (int quarter = 0; quarter < 2; quarter++) {
                for (int k = 0; k < 30; k++) {
                    Account a = temporary.get(r.nextInt(temporary.size()));
                    long amount = r.nextInt(10) == 0 ? r.nextLong() : r.nextLong(-1_000_000, 1_000_000);
                    w.books.post(a, Account.RETAINED_EARNINGS, amount);
                }
                QuarterLines now = w.books.thisQuarter();
                assertEquals(byDefault(now).revenue(), now.revenue(), "revenue");
                assertEquals(byDefault(now).operatingCosts(), now.operatingCosts(), "operating costs");
                assertEquals(byDefault(now).netIncome(), now.netIncome(), "net income");
                assertEquals(byDefault(now).ebitda(), now.ebitda(), "EBITDA");
                w.books.nextQuarter();
            }
        }
    }
}
