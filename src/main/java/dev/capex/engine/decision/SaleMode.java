package dev.capex.engine.decision;

/**
 * How an asset is sold ({@link Decision.AssetSale}), spelled as in plan files, saves and text commands.
 * The order is the random generators' (a draw of 0, 1, 2 picks the constant at that position).
 */
public enum SaleMode {
    /** Cash now; the asset, and its capacity, is gone. */
    outright("outright sale"),
    /** Cash now; rent every quarter for the lease's term, the capacity stays. */
    saleLeaseback("sale-leaseback"),
    /** A partner funds a share of what is built, leased back (a JV). */
    coDevelopment("co-development");

    private final String words;

    SaleMode(String words) {
        this.words = words;
    }

    /** How a player says it: "outright sale", "sale-leaseback", "co-development". */
    public String words() {
        return words;
    }

    /** The mode spelled {@code text} (any case), or null when it is none of them. */
    public static SaleMode parse(String text) {
        if (text != null) {
            for (SaleMode m : values()) {
                if (m.name().equalsIgnoreCase(text)) {
                    return m;
                }
            }
        }
        return null;
    }

    /** The modes as a player may write them: "outright, saleLeaseback or coDevelopment". */
    public static String spellings() {
        return "outright, saleLeaseback or coDevelopment";
    }
}
