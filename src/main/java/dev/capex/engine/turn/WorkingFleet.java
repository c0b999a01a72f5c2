package dev.capex.engine.turn;

import dev.capex.engine.model.CloudContract;
import dev.capex.engine.model.Fleet;
import dev.capex.engine.model.GpuCohort;
import dev.capex.engine.model.GpuOrder;
import java.util.ArrayList;
import java.util.List;

/** The compute while a quarter is resolved ({@link Fleet}, open for writing). */
public final class WorkingFleet {
    public final List<GpuCohort> cohorts;
    public final List<GpuOrder> orders;
    public final List<CloudContract> cloud;

    WorkingFleet(Fleet f) {
        this.cohorts = new ArrayList<>(f.cohorts());
        this.orders = new ArrayList<>(f.orders());
        this.cloud = new ArrayList<>(f.cloud());
    }

    public Fleet close() {
        return new Fleet(cohorts, orders, cloud);
    }
}
