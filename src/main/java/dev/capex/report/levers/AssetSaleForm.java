package dev.capex.report.levers;

import dev.capex.engine.decision.SaleMode;
import dev.capex.report.i18n.Msg;

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
        super(AssetSale.class, () -> Msg.t("lever.sale.title"), () -> Msg.t("lever.family.assets"),
                () -> Msg.t("lever.sale.what"),
                List.of("Sale-leaseback", "Co-development", "Residual value guarantee"),
                new Usage("sell", "ASSET outright|saleLeaseback|coDevelopment", () -> Msg.t("lever.sale.usage")));
    }

    @Override
    public List<Field> fields(Choices c) {
        List<Option> modes = List.of(
                new Option(SaleMode.outright.name(), Msg.t("lever.sale.outright"), Msg.t("lever.sale.outrightDetail")),
                new Option(SaleMode.saleLeaseback.name(), Msg.t("lever.sale.leaseback"), Msg.t("lever.sale.leasebackDetail")),
                new Option(SaleMode.coDevelopment.name(), Msg.t("lever.sale.codev"), Msg.t("lever.sale.codevDetail")));
        return List.of(choice("asset", Msg.t("lever.sale.asset"), c.assets(), null), choice("mode", Msg.t("lever.sale.mode"), modes, null));
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
            return Msg.t(x.priceM() >= x.bookM() ? "lever.sale.parcelGain" : "lever.sale.parcelLoss", x.parcel(), money(x.priceM()),
                    money(x.bookM()), money(Math.abs(x.priceM() - x.bookM())));
        } else if (o instanceof AssetSaleRule.ParcelContributed x) {
            return Msg.t("lever.sale.contributed",
                    x.parcel(), money(x.bookM()), money(x.distributionM()), x.partnerShare() * 100, x.site());
        } else if (o instanceof AssetSaleRule.SiteSold x) {
            return Msg.t("lever.sale.siteSold", x.site(), money(x.priceM()),
                    x.gwLost());
        } else if (o instanceof AssetSaleRule.SiteLeasedBack x) {
            return Msg.t("lever.sale.leasedBack", x.id(), x.site(), money(x.priceM()), money(x.rentM()), x.ends(),
                    Values.rate(x.yield()));
        }
        AssetSaleRule.SiteCoDeveloped x = (AssetSaleRule.SiteCoDeveloped) o;
        return Msg.t("lever.sale.codeveloped", x.site(),
                x.partnerShare() * 100, money(x.receivedM()));
    }
}
