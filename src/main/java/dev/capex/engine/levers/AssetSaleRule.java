package dev.capex.engine.levers;

import static dev.capex.engine.levers.Checks.names;
import static dev.capex.engine.levers.Checks.require;

import dev.capex.engine.decision.Decision.AssetSale;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.decision.SaleMode;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.event.Reason;
import dev.capex.engine.model.Account;
import dev.capex.engine.model.CashLine;
import dev.capex.engine.model.DepreciatingAsset;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Lease;
import dev.capex.engine.model.LeaseKind;
import dev.capex.engine.model.Parcel;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario.Finance;
import dev.capex.engine.model.Scenario.ParcelSpec;
import dev.capex.engine.model.Scenario.SiteSpec;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.model.SiteState;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.turn.Turn;

/**
 * Sell land held for sale (outright, or into a co-development JV) or a site: outright (the capacity goes),
 * as a sale-leaseback (the capacity stays, rent is paid) or a co-development JV on its builds.
 */
public final class AssetSaleRule extends LeverRule<AssetSale, AssetSaleRule.Terms> {
    public AssetSaleRule() {
        super(AssetSale.class);
    }

    /** What is sold and how. */
    public enum Sale {
        PARCEL_OUTRIGHT, PARCEL_CO_DEVELOPMENT, SITE_OUTRIGHT, SITE_SALE_LEASEBACK, SITE_CO_DEVELOPMENT
    }

    /** The sale: the parcel (with its spec) or the site (with its state and the book value of its buildings). */
    public record Terms(Sale sale, Parcel parcel, ParcelSpec parcelSpec, SiteSpec siteSpec, SiteState site, long bookM) {
    }

    /** A parcel sold outright: its price against its book value. */
    public record ParcelSold(String parcel, long priceM, long bookM) implements GameEvent.Outcome {
    }

    /** A parcel contributed to a co-development JV at book value, with a distribution. */
    public record ParcelContributed(String parcel, long bookM, long distributionM, double partnerShare, String site)
            implements GameEvent.Outcome {
    }

    /** A site sold outright: the capacity goes. */
    public record SiteSold(String site, long priceM, double gwLost) implements GameEvent.Outcome {
    }

    /** A site sold and leased back: the capacity stays, rent is paid. */
    public record SiteLeasedBack(String id, String site, long priceM, long rentM, Quarter ends, double yield)
            implements GameEvent.Outcome {
    }

    /** A co-development JV on a site's builds. */
    public record SiteCoDeveloped(String site, double partnerShare, long receivedM) implements GameEvent.Outcome {
    }

    @Override
    public Terms check(Turn w, AssetSale a) throws Refusal {
        require(a.asset() != null, Reason.Kind.NAME_ASSET);
        SaleMode mode = a.mode();
        require(mode != null, Reason.Kind.MODE);
        Parcel parcel = null;
        for (Parcel p : w.estate.parcels) {
            if (p.id().equalsIgnoreCase(a.asset())) {
                parcel = p;
            }
        }
        if (parcel != null) {
            ParcelSpec spec = w.sc.parcel(parcel.id());
            if (mode == SaleMode.outright) {
                return new Terms(Sale.PARCEL_OUTRIGHT, parcel, spec, null, null, 0);
            }
            if (mode == SaleMode.coDevelopment) {
                SiteState site = w.site(spec.linkedSite());
                if (!(site != null)) { // (no lambda made: C1 allocates each through a method handle)
                    throw new Refusal(Reason.Kind.PARCEL_SITE, spec.linkedSite());
                }
                if (site.hasPartner()) { // (no lambda made: C1 allocates each through a method handle)
                    throw new Refusal(Reason.Kind.SITE_HAS_PARTNER, site.partner());
                }
                return new Terms(Sale.PARCEL_CO_DEVELOPMENT, parcel, spec, w.sc.site(site.id()), site, 0);
            }
            throw new Refusal(Reason.Kind.PARCEL_MODES);
        }
        SiteSpec spec = w.sc.site(a.asset());
        if (!(spec != null)) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.NO_ASSET, a.asset(), names(w.estate.parcels, Parcel::id),
                names(w.sc.sites(), SiteSpec::id));
        }
        SiteState site = w.site(spec.id());
        if (mode == SaleMode.outright || mode == SaleMode.saleLeaseback) {
            long book = siteBook(w, spec.id());
            if (!(site.ownedGw() > 0 && book > 0)) { // (no lambda made: C1 allocates each through a method handle)
                throw new Refusal(Reason.Kind.NO_CAPACITY_TO_SELL, spec.name());
            }
            return new Terms(mode == SaleMode.outright ? Sale.SITE_OUTRIGHT : Sale.SITE_SALE_LEASEBACK, null,
                    null, spec, site, book);
        }
        if (site.hasPartner()) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.HAS_PARTNER, spec.name(), site.partner());
        }
        return new Terms(Sale.SITE_CO_DEVELOPMENT, null, null, spec, site, 0); // coDevelopment
    }

    @Override
    public GameEvent.Outcome apply(Turn w, AssetSale a, Terms t) {
        return switch (t.sale()) {
            case PARCEL_OUTRIGHT -> parcelOutright(w, t.parcel(), t.parcelSpec());
            case PARCEL_CO_DEVELOPMENT -> parcelCoDevelopment(w, t);
            case SITE_OUTRIGHT, SITE_SALE_LEASEBACK -> siteSale(w, t);
            case SITE_CO_DEVELOPMENT -> siteCoDevelopment(w, t.siteSpec(), t.site());
        };
    }

    private static GameEvent.Outcome parcelOutright(Turn w, Parcel parcel, ParcelSpec spec) {
        long price = Turn.round(parcel.bookValueM() * spec.outrightPriceFactor() * w.world.macro.assetIndex());
        w.estate.parcels.remove(parcel);
        w.post(Account.CASH, Account.HELD_FOR_SALE, parcel.bookValueM(), CashLine.ASSET_SALES);
        w.post(Account.CASH, Account.GAIN_ON_SALE, price - parcel.bookValueM(), CashLine.ASSET_SALES);
        return new ParcelSold(parcel.name(), price, parcel.bookValueM());
    }

    private static GameEvent.Outcome parcelCoDevelopment(Turn w, Terms t) {
        Parcel parcel = t.parcel();
        ParcelSpec spec = t.parcelSpec();
        long distribution = Turn.round(parcel.bookValueM() * spec.jvDistributionShare());
        w.estate.parcels.remove(parcel);
        w.post(Account.CASH, Account.HELD_FOR_SALE, parcel.bookValueM(), CashLine.ASSET_SALES);
        w.post(Account.CASH, Account.GAIN_ON_SALE, distribution, CashLine.ASSET_SALES);
        w.replaceSite(t.site().withCoDevelopmentPartner(spec.jvPartnerShare()));
        return new ParcelContributed(parcel.name(), parcel.bookValueM(), distribution, spec.jvPartnerShare(),
                t.siteSpec().name());
    }

    private static GameEvent.Outcome siteSale(Turn w, Terms t) {
        SiteSpec spec = t.siteSpec();
        SiteState site = t.site();
        long book = t.bookM();
        w.books.flushBooks(); // positions change: the pending book values into the records first
        w.books.otherAssets.removeIf(d -> d.isBuildingsAt(spec.id()));
        long price = Turn.round(book * w.world.macro.assetIndex());
        w.post(Account.CASH, Account.BUILDINGS, book, CashLine.ASSET_SALES);
        w.post(Account.CASH, Account.GAIN_ON_SALE, price - book, CashLine.ASSET_SALES);
        if (t.sale() == Sale.SITE_OUTRIGHT) {
            w.replaceSite(site.with(0, site.leasedGw()));
            return new SiteSold(spec.name(), price, site.ownedGw());
        }
        Finance f = w.sc.finance();
        double yield = w.baseRate() + f.leaseYieldSpreadBp() / 10000.0;
        long rent = Turn.round(price * yield / 4);
        Quarter ends = w.q.plus(f.leaseTermQuarters() - 1);
        String id = w.id("SLB");
        w.financing.leases.add(new Lease(id, LeaseKind.SALE_LEASEBACK, spec.id(), "buyer", rent, w.q, ends, 0));
        w.replaceSite(site.with(0, site.leasedGw() + site.ownedGw()));
        return new SiteLeasedBack(id, spec.name(), price, rent, ends, yield);
    }

    private static GameEvent.Outcome siteCoDevelopment(Turn w, SiteSpec spec, SiteState site) {
        double share = w.sc.finance().jvPartnerShare();
        long cashIn = Checks.sellShareOfBuilds(w, spec.id(), share);
        w.replaceSite(site.withCoDevelopmentPartner(share));
        return new SiteCoDeveloped(spec.name(), share, cashIn);
    }

    /** Book value of the buildings Meta owns at a site (what a sale would take off the books). */
    static long siteBook(Turn w, String siteId) {
        w.books.flushBooks(); // the records with their book values now
        long book = 0;
        for (DepreciatingAsset d : w.books.otherAssets) {
            if (d.isBuildingsAt(siteId)) {
                book += d.bookValueM();
            }
        }
        return book;
    }

    @Override
    public Decision random(Scenario sc, GameState s, RandomStream r) {
        SaleMode[] modes = SaleMode.values();
        String asset = r.chance(0.3) && !sc.assetsForSale().isEmpty() ? pick(sc.assetsForSale(), r).id()
                : pick(sc.sites(), r).id();
        return new AssetSale(asset, modes[r.nextInt(3)]);
    }
}
