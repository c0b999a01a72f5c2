package dev.capex.engine.turn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.capex.engine.model.GpuCohort;
import dev.capex.engine.model.Quarter;
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
        s.cohorts[0] = cohort("A", "H100");
        s.cohorts[1] = cohort("B", "B200");
        assertEquals(0, s.orderHoldsFor(2), "nothing ordered yet");
        s.orderMade(0, 2);
        assertEquals(2, s.orderHoldsFor(2), "the same cohorts");
        s.cohorts[0] = new GpuCohort("A", "H100", 10, 100, 90, 5, Quarter.of(2025, 1)).withBook(80); // a new record, same strings
        s.cohorts[2] = cohort("C", "H200");
        assertEquals(2, s.orderHoldsFor(3), "one appended: the first two still ordered");
        s.orderMade(2, 3);
        assertEquals(3, s.orderHoldsFor(3));
        assertEquals(0, s.orderHoldsFor(2), "fewer cohorts than ordered: ordered again");
        s.cohorts[1] = cohort(new String("B"), "B200"); // another cohort in that place (not the same string)
        assertEquals(0, s.orderHoldsFor(3), "a cohort changed in its place: ordered again from the first");
    }

    @Test
    void theOrderMadeSoFarOutlivesRoomMadeForMoreCohorts() {
        Scratch s = new Scratch();
        s.cohorts(2);
        s.cohorts[0] = cohort("A", "H100");
        s.cohorts[1] = cohort("B", "B200");
        s.order[0] = 1;
        s.order[1] = 0;
        s.orderMade(0, 2);
        GpuCohort a = s.cohorts[0];
        GpuCohort b = s.cohorts[1];
        s.cohorts(s.cohorts.length + 1); // grown: the arrays are new, the cohorts are put back by step 5
        s.cohorts[0] = a;
        s.cohorts[1] = b;
        s.cohorts[2] = cohort("C", "H200");
        assertEquals(2, s.orderHoldsFor(3), "the first two still ordered after growing");
        assertEquals(1, s.order[0]);
        assertEquals(0, s.order[1]);
    }
}
