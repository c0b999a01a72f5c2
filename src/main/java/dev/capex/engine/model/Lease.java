package dev.capex.engine.model;

/**
 * Capacity Meta uses but does not own: a sale-leaseback, a project SPV or a co-development JV. Off the
 * balance sheet here (rent is an operating cost), but the rating counts its remaining rent and any
 * residual value guarantee, as the agencies do. Rent starts at rentStarts and ends after endQuarter.
 */
public record Lease(String id, LeaseKind kind, String siteId, String counterparty, long rentPerQuarterM,
        Quarter rentStarts, Quarter ends, long guaranteeM) {
    public long remainingRent(Quarter now) {
        Quarter from = now.isAfter(rentStarts) ? now : rentStarts;
        int n = ends.minus(from) + 1;
        return n <= 0 ? 0 : n * rentPerQuarterM;
    }
}
