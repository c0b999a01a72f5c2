package dev.capex.play.levers;

import static dev.capex.play.levers.Field.choice;
import static dev.capex.play.levers.Field.number;
import static dev.capex.play.levers.Values.amount;

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
                new Option("outright", "outright", "Outright: cash now, the asset (and its capacity) is gone."),
                new Option("saleLeaseback", "sale-leaseback", "Sale-leaseback: cash now, rent every quarter for the term."),
                new Option("coDevelopment", "co-development (JV)", "Co-development: a partner funds a share of the build."));
        return List.of(choice("asset", "Asset", c.assets(), null), choice("mode", "How", modes, null));
    }

    @Override
    public AssetSale build(Map<String, String> v) {
        return new AssetSale(v.get("asset"), v.get("mode"));
    }

    @Override
    protected Map<String, String> values(AssetSale x) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("asset", x.asset());
        v.put("mode", x.mode());
        return v;
    }

    @Override
    public AssetSale parse(String[] w) throws BadCommand {
        need(w, 3);
        return new AssetSale(w[1], w[2]);
    }
}
