package dev.capex.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.Account;
import dev.capex.engine.model.ConstructionProject;
import dev.capex.engine.model.DebtInstrument;
import dev.capex.engine.model.DepreciatingAsset;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.GpuCohort;
import dev.capex.engine.model.GpuOrder;
import dev.capex.engine.model.Parcel;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.model.StakeHolding;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.random.RandomStreams;
import dev.capex.scenario.ScenarioLoader;
import dev.capex.strategy.RandomDecisions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/**
 * Every balance-sheet account that has a sub-ledger equals it, after every quarter of random games on
 * EVERY shipped scenario: debt is the sum of the instruments' principals, construction in progress what
 * Meta has spent on its projects, held for sale the parcels' book values, investments the stakes'
 * carrying values, GPU deposits the deposits not yet applied, and the fixed assets (servers, buildings,
 * data centers) the book values of the GPU cohorts and of the depreciating assets booked to them.
 * (Other assets has no sub-ledger: it is the opening balance carried as it is.) Properties, not
 * figures: they hold whatever the calibration.
 */
class SubLedgerTiesTest {
    static final int PATHS_PER_SCENARIO = 40;

    /** Each tied account and how its sub-ledger adds up in a state. */
    static Map<Account, ToLongFunction<GameState>> subLedgers() {
        Map<Account, ToLongFunction<GameState>> m = new LinkedHashMap<>();
        m.put(Account.DEBT, s -> s.financing().debts().stream().mapToLong(DebtInstrument::principalM).sum());
        m.put(Account.CONSTRUCTION_IN_PROGRESS, s -> s.estate().projects().stream().mapToLong(ConstructionProject::metaSpentM).sum());
        m.put(Account.HELD_FOR_SALE, s -> s.estate().parcels().stream().mapToLong(Parcel::bookValueM).sum());
        m.put(Account.INVESTMENTS, s -> s.books().stakes().stream().filter(h -> !h.divested())
                .mapToLong(StakeHolding::carryingM).sum());
        m.put(Account.GPU_DEPOSITS, s -> s.fleet().orders().stream().mapToLong(o -> o.depositM() - o.depositAppliedM()).sum());
        m.put(Account.SERVERS, s -> s.fleet().cohorts().stream().mapToLong(GpuCohort::bookValueM).sum() + booked(s, Account.SERVERS));
        m.put(Account.BUILDINGS, s -> booked(s, Account.BUILDINGS));
        return m;
    }

    static long booked(GameState s, Account a) {
        return s.books().otherAssets().stream().filter(d -> d.account() == a).mapToLong(DepreciatingAsset::bookValueM).sum();
    }

    @Test
    void everySubLedgerTiesToItsAccountOnRandomPathsOfEveryScenario() throws Exception {
        Map<Account, ToLongFunction<GameState>> ties = subLedgers();
        List<String> untied = new ArrayList<>();
        int quarters = 0;
        Map<Account, Integer> nonZero = new LinkedHashMap<>();
        for (String name : ScenarioLoader.BUILT_IN) {
            Scenario sc = ScenarioLoader.resolve(name);
            for (long seed = 1; seed <= PATHS_PER_SCENARIO; seed++) {
                RandomStreams mine = new RandomStreams(seed * 7919 + name.hashCode());
                GameState s = Engine.start(sc, seed);
                check(ties, s, name + " seed " + seed + " opening", untied, nonZero);
                while (!s.isOver()) {
                    RandomStream r = mine.stream(s.quarter(), "test.sub-ledgers");
                    List<Decision> ds = new ArrayList<>();
                    int n = 2 + r.nextInt(4);
                    for (int i = 0; i < n; i++) {
                        ds.add(RandomDecisions.any(sc, s, r));
                    }
                    String where = name + " seed " + seed + " " + s.quarter();
                    s = Engine.resolve(sc, s, ds).state();
                    check(ties, s, where, untied, nonZero);
                    quarters++;
                }
            }
        }
        // The first untied balance of each account: where a rule books one side and forgets the other.
        Map<String, String> first = new LinkedHashMap<>();
        for (String u : untied) {
            first.putIfAbsent(u.replaceAll(".*: (\\w+) .*", "$1"), u);
        }
        assertEquals(List.of(), List.copyOf(first.values()), untied.size() + " untied balances");
        assertTrue(quarters > 3000, "quarters played: " + quarters);
        for (Account a : ties.keySet()) {
            assertTrue(nonZero.getOrDefault(a, 0) > 0, a + " was never used on the random paths: the tie tests nothing");
        }
    }

    private static void check(Map<Account, ToLongFunction<GameState>> ties, GameState s, String where,
            List<String> untied, Map<Account, Integer> nonZero) {
        for (Map.Entry<Account, ToLongFunction<GameState>> t : ties.entrySet()) {
            long account = s.books().ledger().natural(t.getKey());
            long sub = t.getValue().applyAsLong(s);
            if (account != sub) {
                untied.add(where + ": " + t.getKey() + " " + account + " in the ledger, " + sub + " in its sub-ledger");
            }
            if (account != 0) {
                nonZero.merge(t.getKey(), 1, Integer::sum);
            }
        }
    }
}
