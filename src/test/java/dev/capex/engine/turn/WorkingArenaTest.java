package dev.capex.engine.turn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.capex.engine.model.ArenaModel;
import dev.capex.engine.model.ArenaRank;
import dev.capex.engine.model.Quarter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The working arena answers as the list it stands for, through appends, Meta's replacements and retirements
 * (tombstones) and the compactions when its arrays fill: the same models in the same order, ranks, frontier; a
 * rival's release added by its position in the scenario ({@code addRelease}) reads back with the index's names.
 */
class WorkingArenaTest {
    @Test
    void theArenaAnswersAsItsListThroughRetirementsAndCompactions() {
        playAgainstTheList(7, false, null);
    }

    /**
     * The second arena opened on the same list is copied from the template the first left on the scenario's
     * index: it answers as the list too, and what the first game wrote never reaches it.
     */
    @Test
    void anArenaCopiedFromTheTemplateAnswersAsItsList() throws Exception {
        ScenarioIndex shelf = ScenarioIndex.of(dev.capex.scenario.ScenarioLoader.resolve("meta-2025")); // a new scenario: a new index, no template yet
        for (int seed = 1; seed <= 30; seed++) {
            playAgainstTheList(seed, seed % 2 == 0, shelf); // the first leaves the template; the other odd seeds are copied from it
        }
    }

    /**
     * An arena copied from the template, whose records are made only when its models are first asked: a slot the ring
     * has given to another model with the same Elo, quarter and kind as the template's model there, but another lab or
     * another name, does not take the template's record.
     */
    @Test
    void aReusedSlotWithTheTemplatesFiguresButOtherNamesGetsItsOwnRecord() throws Exception {
        ScenarioIndex shelf = ScenarioIndex.of(dev.capex.scenario.ScenarioLoader.resolve("meta-2025")); // no template yet
        List<ArenaModel> opening = List.of(new ArenaModel("L0", "m0", 1300, Quarter.ofOrdinal(8090), false),
                new ArenaModel("L1", "m1", 1310, Quarter.ofOrdinal(8091), false));
        new WorkingArena(opening, shelf); // leaves the template on the shelf
        WorkingArena a = new WorkingArena(opening, shelf); // copied from it: no records yet
        a.retireOthersReleasedBefore(8092); // both retired: the list starts at slot 2, empty
        List<ArenaModel> list = new ArrayList<>();
        for (int k = 0; k < WorkingArena.capacityFor(2) - 2; k++) { // slots 2 to the ring's end
            list.add(new ArenaModel("X", "x" + k, 1200 + k, Quarter.ofOrdinal(8100), false));
        }
        list.add(new ArenaModel("L0", "another", 1300, Quarter.ofOrdinal(8090), false)); // slot 0: the same lab, another name
        list.add(new ArenaModel("L9", "m1", 1310, Quarter.ofOrdinal(8091), false)); // slot 1: another lab, the same name
        for (ArenaModel m : list) {
            a.add(m.lab(), m.name(), m.elo(), m.released(), false);
        }
        assertEquals(list, a.models());
    }

    /** Models listed out of release order, releases dated in past quarters, two Meta models at the start. */
    @Test
    void theArenaAnswersAsItsListWhateverTheOrderOfReleases() {
        for (int seed = 1; seed <= 20; seed++) {
            playAgainstTheList(seed, true, null);
        }
    }

    /** The opening lists, one per kind (a shelf keeps a template for the list it first saw). */
    private static final java.util.Map<Boolean, List<ArenaModel>> OPENINGS = new java.util.HashMap<>();

    private static void playAgainstTheList(long seed, boolean disorder, ScenarioIndex shelf) {
        SplittableRandom r = new SplittableRandom(shelf == null ? seed : 3);
        List<ArenaModel> list = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int released = disorder ? 8090 + r.nextInt(10) : 8090 + i;
            list.add(new ArenaModel("L" + (i % 4), "m" + i, 1200 + r.nextInt(200), Quarter.ofOrdinal(released), false));
        }
        list.add(new ArenaModel("Meta", "llama", 1250, Quarter.ofOrdinal(8099), true));
        if (disorder) {
            list.add(3, new ArenaModel("Meta", "llama-old", 1240, Quarter.ofOrdinal(8095), true));
        }
        List<ArenaModel> opening = shelf == null ? List.copyOf(list) : OPENINGS.computeIfAbsent(disorder, k -> List.copyOf(list));
        WorkingArena a = new WorkingArena(opening, shelf);
        r = new SplittableRandom(seed); // the play differs from game to game
        double best = 1300; // Meta asks its rank with its best Elo, the same for quarters on end: the count kept up to date
        for (int q = 8100; q < 8400; q++) {
            Quarter quarter = Quarter.ofOrdinal(q);
            int releases = r.nextInt(40) == 0 ? 30 : r.nextInt(4); // now and then a burst: the ring grows
            for (int k = 0; k < releases; k++) {
                Quarter released = disorder && r.nextInt(4) == 0 ? Quarter.ofOrdinal(q - 1 - r.nextInt(8)) : quarter;
                if (shelf != null && r.nextBoolean()) { // a scenario rival's release, its names the index's
                    int rival = r.nextInt(shelf.sc.competitors().size());
                    double elo = 1200 + r.nextInt(400);
                    list.add(new ArenaModel(shelf.sc.competitors().get(rival).name(), shelf.modelName(rival, released), elo,
                            released, false));
                    a.addRelease(rival, elo, released);
                    continue;
                }
                ArenaModel m = new ArenaModel("L" + r.nextInt(4), "m" + q + "-" + k, 1200 + r.nextInt(400), released, false);
                list.add(m);
                a.add(m.lab(), m.name(), m.elo(), m.released(), false);
            }
            if (r.nextInt(5) == 0) {
                double elo = 1300 + r.nextInt(300);
                list.removeIf(ArenaModel::meta);
                list.add(new ArenaModel("Meta", "llama" + q, elo, quarter, true));
                a.removeMeta();
                a.add("Meta", "llama" + q, elo, quarter, true);
            }
            int before = q - 6;
            list.removeIf(m -> !m.meta() && m.released().ordinal() < before);
            a.retireOthersReleasedBefore(before);
            double e = 1250 + r.nextInt(300);
            assertEquals(ArenaRank.inField(list, e), a.inField(e), "quarter " + q);
            if (r.nextInt(4) == 0) {
                best = 1250 + r.nextInt(300);
            }
            assertEquals(ArenaRank.ofMeta(list, best), a.ofMeta(best), "quarter " + q + ", Meta's best");
            if (r.nextInt(3) == 0) { // now and then another Elo (a release's): the next ask with the best counts again
                assertEquals(ArenaRank.ofMeta(list, e), a.ofMeta(e), "quarter " + q);
            }
            if (r.nextInt(3) == 0) {
                continue; // frontier and oldest not asked: kept (or not) through the next quarter's changes
            }
            double f = 0;
            int oldest = Integer.MAX_VALUE;
            for (ArenaModel m : list) {
                if (!m.meta()) {
                    f = Math.max(f, m.elo());
                    oldest = Math.min(oldest, m.released().ordinal());
                }
            }
            assertEquals(f, a.frontier(), "quarter " + q);
            assertEquals(oldest, a.oldestRivalRelease(), "quarter " + q);
            assertEquals(list.size(), a.size(), "quarter " + q);
            // An arena copied from the template makes its records when its models are first asked: in some games only
            // after many releases, retirements, compactions and growths of its ring.
            boolean late = shelf != null && seed % 3 == 0;
            if (q % 3 == 0 && !(late && q < 8100 + seed * 37 % 200)) {
                assertEquals(list, a.models(), "quarter " + q);
            }
        }
        assertEquals(list, a.models());
    }
}
