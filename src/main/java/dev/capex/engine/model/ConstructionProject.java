package dev.capex.engine.model;

/**
 * Data-center capacity being built at a site. The cost is spread over the build quarters; a partner
 * (SPV or JV) may pay partnerShare of it, in which case that share of the capacity is leased back.
 */
public record ConstructionProject(String id, String siteId, double gw, long totalCostM, long metaSpentM,
        long partnerSpentM, int quartersLeft, double partnerShare, int delays) {
    public ConstructionProject with(long metaSpent, long partnerSpent, int left, double share, int delays) {
        return new ConstructionProject(id, siteId, gw, totalCostM, metaSpent, partnerSpent, left, share, delays);
    }

    public long remainingCostM() {
        return totalCostM - metaSpentM - partnerSpentM;
    }
}
