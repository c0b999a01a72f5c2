package dev.capex.engine.model;

import java.util.List;

/** The compute: GPU cohorts installed, GPU orders outstanding, cloud capacity rented. */
public record Fleet(List<GpuCohort> cohorts, List<GpuOrder> orders, List<CloudContract> cloud) {
    public Fleet {
        cohorts = List.copyOf(cohorts);
        orders = List.copyOf(orders);
        cloud = List.copyOf(cloud);
    }
}
