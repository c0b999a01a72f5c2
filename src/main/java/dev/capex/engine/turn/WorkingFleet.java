package dev.capex.engine.turn;

import dev.capex.engine.model.CloudContract;
import dev.capex.engine.model.Fleet;
import dev.capex.engine.model.GpuCohort;
import dev.capex.engine.model.GpuOrder;
import java.util.List;

/** The compute while a quarter is resolved ({@link Fleet}, open for writing). */
public final class WorkingFleet {
    public final WorkingList<GpuCohort> cohorts;
    public final WorkingList<GpuOrder> orders;
    public final WorkingList<CloudContract> cloud;

    private final Fleet before;

    WorkingFleet(Fleet f) {
        this.before = f;
        this.cohorts = new WorkingList<>(f.cohorts());
        this.orders = new WorkingList<>(f.orders());
        this.cloud = new WorkingList<>(f.cloud());
    }

    /** The cohorts' book values and charges as arrays, depreciation's books not yet in the records. */
    private final PendingBooks<GpuCohort> books = new PendingBooks<>() {
        @Override
        long bookOf(GpuCohort c) {
            return c.bookValueM();
        }

        @Override
        long chargeOf(GpuCohort c) {
            return c.depreciationPerQuarterM();
        }

        @Override
        GpuCohort withBook(GpuCohort c, long bookM) {
            return c.withBook(bookM);
        }
    };

    /** The cohorts' book values now, summed. */
    public long cohortsBook() {
        return books.bookSum(cohorts);
    }

    /** Writes cohort {@code i}'s book value (its record is made when the records are next read). */
    public void setCohortBook(int i, long bookM) {
        books.set(cohorts, i, bookM);
    }

    /**
     * A quarter's depreciation of every cohort: each book falls by its charge, to zero at most (a fully
     * depreciated cohort stays as it is: it still computes); the sum of the charges.
     */
    public long depreciate() {
        return books.depreciate(cohorts);
    }

    /** Puts the pending book values into the cohorts' records: before they are read, closed or reordered. */
    public void flushBooks() {
        books.flushInto(cohorts);
    }

    public Fleet close() {
        flushBooks();
        if (WorkingList.unchanged(cohorts) && WorkingList.unchanged(orders) && WorkingList.unchanged(cloud)) {
            return before; // nothing written this quarter: the same part
        }
        return new Fleet(WorkingList.closed(cohorts), WorkingList.closed(orders), WorkingList.closed(cloud));
    }
}
