package dev.capex.engine.turn;

import dev.capex.engine.model.ConstructionProject;
import dev.capex.engine.model.Estate;
import dev.capex.engine.model.Ids;
import dev.capex.engine.model.Parcel;
import dev.capex.engine.model.SiteState;
import java.util.List;

/** The sites, projects and parcels while a quarter is resolved ({@link Estate}, open for writing). */
public final class WorkingEstate {
    public final WorkingList<SiteState> sites;
    public final WorkingList<ConstructionProject> projects;
    public final WorkingList<Parcel> parcels;

    private final Estate before;

    WorkingEstate(Estate e) {
        this.before = e;
        this.sites = new WorkingList<>(e.sites());
        this.projects = new WorkingList<>(e.projects());
        this.parcels = new WorkingList<>(e.parcels());
    }

    public Estate close() {
        if (WorkingList.unchanged(sites) && WorkingList.unchanged(projects) && WorkingList.unchanged(parcels)) {
            return before; // nothing written this quarter: the same part
        }
        return new Estate(WorkingList.closed(sites), WorkingList.closed(projects), WorkingList.closed(parcels));
    }

    /** Gigawatts online across the sites now. */
    public double gwOnline() {
        double gw = 0;
        for (int kS = 0; kS < sites.size(); kS++) { // indexed: no iterator
            SiteState s = sites.get(kS);
            gw += s.onlineGw();
        }
        return gw;
    }

    public SiteState site(String id) {
        for (int kS = 0; kS < sites.size(); kS++) { // indexed: no iterator
            SiteState s = sites.get(kS);
            if (Ids.same(s.id(), id)) {
                return s;
            }
        }
        return null;
    }

    /** Puts {@code s} in the place of the site with its id, or adds it. */
    public void replaceSite(SiteState s) {
        for (int i = 0; i < sites.size(); i++) {
            if (sites.get(i).id().equals(s.id())) {
                sites.set(i, s);
                return;
            }
        }
        sites.add(s);
    }
}
