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

    /** Depreciation's book values not yet in the cohorts' records. */
    private final PendingBooks books = new PendingBooks();

    /** Cohort {@code i}'s book value now (the record's may lag: see {@link #flushBooks}). */
    public long cohortBook(int i) {
        return books.book(i, cohorts.get(i).bookValueM());
    }

    /** {@link #cohortBook(int)} given the record at {@code i} (read once by the caller). */
    public long cohortBook(int i, GpuCohort record) {
        return books.book(i, record.bookValueM());
    }

    /** Writes cohort {@code i}'s book value (its record is made when the records are next read). */
    public void setCohortBook(int i, long bookM) {
        books.set(i, bookM, cohorts.size());
    }

    /** Puts the pending book values into the cohorts' records: before they are read, closed or reordered. */
    public void flushBooks() {
        books.flushInto(cohorts, GpuCohort::withBook);
    }

    public Fleet close() {
        flushBooks();
        if (WorkingList.unchanged(cohorts) && WorkingList.unchanged(orders) && WorkingList.unchanged(cloud)) {
            return before; // nothing written this quarter: the same part
        }
        return new Fleet(WorkingList.closed(cohorts), WorkingList.closed(orders), WorkingList.closed(cloud));
    }
}
