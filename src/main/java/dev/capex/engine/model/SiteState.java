package dev.capex.engine.model;

/**
 * A data-center site: capacity Meta owns, capacity it leases there (from an SPV, a JV partner or a
 * sale-leaseback buyer), and the partner, if any, who pays partnerShare of what is built there.
 * The book value of what Meta owns is in the depreciating assets whose id starts with "SITE:id:".
 */
public record SiteState(String id, double ownedGw, double leasedGw, String partner, double partnerShare) {
    public SiteState with(double owned, double leased) {
        return new SiteState(id, owned, leased, partner, partnerShare);
    }

    /** What {@link #partner} says of a co-development JV's partner (an SPV's partner is its lender's name). */
    private static final String CO_DEVELOPMENT_PARTNER = "co-development partner";

    /** A co-development JV: the partner pays {@code share} of every build at the site. */
    public SiteState withCoDevelopmentPartner(double share) {
        return withPartner(CO_DEVELOPMENT_PARTNER, share);
    }

    /** Whether the site's partner is a co-development JV's (who pays its share of every build there). */
    public boolean coDeveloped() {
        return CO_DEVELOPMENT_PARTNER.equals(partner);
    }

    public SiteState withPartner(String p, double share) {
        return new SiteState(id, ownedGw, leasedGw, p, share);
    }

    public double onlineGw() {
        return ownedGw + leasedGw;
    }

    public boolean hasPartner() {
        return partner != null && !partner.isEmpty();
    }
}
