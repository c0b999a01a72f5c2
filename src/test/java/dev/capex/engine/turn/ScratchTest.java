package dev.capex.engine.turn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.capex.engine.model.GpuCohort;
import dev.capex.engine.model.Quarter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Step 5's order is kept for the cohorts still in their places; appended ones are only inserted. */
class ScratchTest {
    private static GpuCohort cohort(String id, String gen) {
        return new GpuCohort(id, gen, 10, 100, 100, 5, Quarter.of(2025, 1));
    }

    @Test
    void theOrderHoldsForTheCohortsStillInTheirPlacesAndNoneOnceOneChanged() {
        Scratch s = new Scratch();
        s.cohorts(3);
        List<GpuCohort> cohorts = new ArrayList<>(List.of(cohort("A", "H100"), cohort("B", "B200")));
        assertEquals(0, s.orderHoldsFor(cohorts, 2), "nothing ordered yet");
        s.orderMade(cohorts, 0, 2);
        assertEquals(2, s.orderHoldsFor(cohorts, 2), "the same cohorts");
        cohorts.set(0, new GpuCohort("A", "H100", 10, 100, 90, 5, Quarter.of(2025, 1)).withBook(80)); // a new record, same strings
        cohorts.add(cohort("C", "H200"));
        assertEquals(2, s.orderHoldsFor(cohorts, 3), "one appended: the first two still ordered");
        s.orderMade(cohorts, 2, 3);
        assertEquals(3, s.orderHoldsFor(cohorts, 3));
        assertEquals(0, s.orderHoldsFor(cohorts, 2), "fewer cohorts than ordered: ordered again");
        cohorts.set(1, cohort(new String("B"), "B200")); // another cohort in that place (not the same string)
        assertEquals(0, s.orderHoldsFor(cohorts, 3), "a cohort changed in its place: ordered again from the first");
    }

    @Test
    void theOrderMadeSoFarOutlivesRoomMadeForMoreCohorts() {
        Scratch s = new Scratch();
        s.cohorts(2);
        List<GpuCohort> cohorts = new ArrayList<>(List.of(cohort("A", "H100"), cohort("B", "B200")));
        s.order[0] = 1;
        s.order[1] = 0;
        s.orderMade(cohorts, 0, 2);
        s.cohorts(s.order.length + 1); // grown: the arrays are new, the order made so far copied
        cohorts.add(cohort("C", "H200"));
        assertEquals(2, s.orderHoldsFor(cohorts, 3), "the first two still ordered after growing");
        assertEquals(1, s.order[0]);
        assertEquals(0, s.order[1]);
    }
}
