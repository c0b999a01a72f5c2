package dev.capex.engine.model;

import java.util.List;

/** The sites (capacity online, owned or leased), the construction projects and the parcels held for sale. */
public record Estate(List<SiteState> sites, List<ConstructionProject> projects, List<Parcel> parcels) {
    public Estate {
        sites = FrozenList.copyOf(sites);
        projects = FrozenList.copyOf(projects);
        parcels = FrozenList.copyOf(parcels);
    }
}
