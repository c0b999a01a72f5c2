package dev.capex.report.levers;

import dev.capex.engine.decision.SaleMode;
import static dev.capex.report.levers.Field.choice;
import static dev.capex.report.levers.Field.number;
import static dev.capex.report.levers.Values.amount;
import static dev.capex.report.levers.Values.money;

import dev.capex.engine.event.GameEvent;
import dev.capex.engine.levers.AssetSaleRule;
import dev.capex.engine.decision.Decision.AssetSale;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Sell land, a site or a share of a build. */
public final class AssetSaleForm extends LeverForm<AssetSale> {
    public AssetSaleForm() {
        super(AssetSale.class, "Asset sale", "Assets and stakes",
                "Sell land, a site or a share of a build: outright, sale-leaseback or co-development.",
                List.of("Sale-leaseback", "Co-development", "Residual value guarantee"),
                new Usage("sell", "ASSET outright|saleLeaseback|coDevelopment", "sell land, a site or a share of a build"));
    }

    @Override
    public List<Field> fields(Choices c) {
        List<Option> modes = List.of(
                new Option(SaleMode.outright.name(), "outright", "Outright: cash now, the asset (and its capacity) is gone."),
                new Option(SaleMode.saleLeaseback.name(), "sale-leaseback", "Sale-leaseback: cash now, rent every quarter for the term."),
                new Option(SaleMode.coDevelopment.name(), "co-development (JV)", "Co-development: a partner funds a share of the build."));
        return List.of(choice("asset", "Asset", c.assets(), null), choice("mode", "How", modes, null));
    }

    @Override
    public AssetSale build(Map<String, String> v) {
        return new AssetSale(v.get("asset"), SaleMode.parse(v.get("mode")));
    }

    @Override
    protected Map<String, String> values(AssetSale x) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("asset", x.asset());
        v.put("mode", x.mode() == null ? null : x.mode().name());
        return v;
    }

    @Override
    public AssetSale parse(String[] w) throws BadCommand {
        need(w, 3);
        SaleMode mode = SaleMode.parse(w[2]);
        if (mode == null) {
            throw new BadCommand("how to sell: " + SaleMode.spellings() + ", not '" + w[2] + "'");
        }
        return new AssetSale(w[1], mode);
    }

    @Override
    public String outcome(GameEvent.Outcome o) {
        if (o instanceof AssetSaleRule.ParcelSold x) {
            return String.format(Locale.ROOT, "%s sold for %s (book %s, %s %s)", x.parcel(), money(x.priceM()),
                    money(x.bookM()), x.priceM() >= x.bookM() ? "gain" : "loss", money(Math.abs(x.priceM() - x.bookM())));
        } else if (o instanceof AssetSaleRule.ParcelContributed x) {
            return String.format(Locale.ROOT, "%s contributed to a co-development JV at book value (%s, no loss) "
                    + "plus a %s distribution; the partner will fund %.0f%% of what is built at %s, leased back",
                    x.parcel(), money(x.bookM()), money(x.distributionM()), x.partnerShare() * 100, x.site());
        } else if (o instanceof AssetSaleRule.SiteSold x) {
            return String.format(Locale.ROOT, "%s sold for %s: %.2f GW of capacity lost", x.site(), money(x.priceM()),
                    x.gwLost());
        } else if (o instanceof AssetSaleRule.SiteLeasedBack x) {
            return String.format(Locale.ROOT, "%s: %s sold for %s and leased back at %s a quarter until %s "
                    + "(%s a year, the capacity stays)", x.id(), x.site(), money(x.priceM()), money(x.rentM()), x.ends(),
                    Values.rate(x.yield()));
        }
        AssetSaleRule.SiteCoDeveloped x = (AssetSaleRule.SiteCoDeveloped) o;
        return String.format(Locale.ROOT, "co-development JV at %s: the partner pays %.0f%% of what is built there "
                + "(%s now for work done), Meta leases that share back when it is online", x.site(),
                x.partnerShare() * 100, money(x.receivedM()));
    }
}
