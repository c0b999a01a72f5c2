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
