package dev.capex.engine.model;

import java.util.List;

/** The compute: GPU cohorts installed, GPU orders outstanding, cloud capacity rented. */
public record Fleet(List<GpuCohort> cohorts, List<GpuOrder> orders, List<CloudContract> cloud) {
    public Fleet {
        cohorts = FrozenList.copyOf(cohorts);
        orders = FrozenList.copyOf(orders);
        cloud = FrozenList.copyOf(cloud);
    }
}
