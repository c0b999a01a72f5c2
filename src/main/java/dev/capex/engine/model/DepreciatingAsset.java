package dev.capex.engine.model;

/**
 * Property other than GPU cohorts (legacy servers, buildings, maintenance capex): a book value that
 * falls by a fixed amount a quarter. kind is SERVERS or BUILDINGS, the ledger account it sits in.
 */
public record DepreciatingAsset(String id, String label, Account account, long bookValueM,
        long depreciationPerQuarterM) {
    /** The id of the buildings a site's project (or "START" for those at the start) adds. */
    public static String siteBuildingsId(String siteId, String project) {
        return SITE + siteId + ":" + project;
    }

    private static final String SITE = "SITE:";

    /** Whether this is a site's buildings (kept at zero book value: a sale takes them off). */
    public boolean isSiteBuildings() {
        return id.startsWith(SITE);
    }

    /** Whether this is buildings at this site. */
    public boolean isBuildingsAt(String siteId) {
        return id.startsWith(SITE) && id.startsWith(siteId + ":", SITE.length());
    }

    public DepreciatingAsset withBook(long book) {
        return new DepreciatingAsset(id, label, account, book, depreciationPerQuarterM);
    }
}
