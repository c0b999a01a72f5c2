package dev.capex.engine.turn;

import dev.capex.engine.model.CloudContract;
import dev.capex.engine.model.Fleet;
import dev.capex.engine.model.GpuCohort;
import dev.capex.engine.model.GpuOrder;
import java.util.List;

/** The compute while a quarter is resolved ({@link Fleet}, open for writing). */
public final class WorkingFleet {
    public final List<GpuCohort> cohorts;
    public final List<GpuOrder> orders;
    public final List<CloudContract> cloud;

    private final Fleet before;

    WorkingFleet(Fleet f) {
        this.before = f;
        this.cohorts = new WorkingList<>(f.cohorts());
        this.orders = new WorkingList<>(f.orders());
        this.cloud = new WorkingList<>(f.cloud());
    }

    public Fleet close() {
        if (WorkingList.unchanged(cohorts) && WorkingList.unchanged(orders) && WorkingList.unchanged(cloud)) {
            return before; // nothing written this quarter: the same part
        }
        return new Fleet(WorkingList.closed(cohorts), WorkingList.closed(orders), WorkingList.closed(cloud));
    }
}
