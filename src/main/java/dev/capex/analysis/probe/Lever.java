package dev.capex.analysis.probe;

import dev.capex.engine.decision.Decision;
import java.util.List;

/**
 * The levers a scenario designer asks about: each groups the decision types that pull it. The balance
 * probe reports which levers a plan leans on by counting its decisions per lever and by ablation (the
 * plan played again without that lever's decisions).
 */
public enum Lever {
    GPU_ORDERS("GPU orders", "orderGpus"),
    BUILDS("builds", "build"),
    CLOUD("cloud rental", "rentCloud"),
    HIRES("hires and hiring freezes", "hire", "hiringFreeze"),
    STAKES("stakes", "stake"),
    TRAINING("training share and model releases", "trainingShare", "modelRelease"),
    RESALE("compute resale", "computeResale"),
    LAYOFFS("layoffs", "restructure"),
    REALITY_LABS("Reality Labs budget", "realityLabs"),
    BUYBACKS("buybacks", "buyback"),
    DIVIDENDS("dividends", "dividend"),
    DEBT("debt (private credit, bonds, repayments)", "privateCredit", "bond", "bondDeal", "repay"),
    EQUITY("equity raises", "equityRaise"),
    ASSET_SALES("asset sales and JVs", "assetSale", "jointVenture");

    private final String label;
    private final List<String> types;

    Lever(String label, String... types) {
        this.label = label;
        this.types = List.of(types);
    }

    public String label() {
        return label;
    }

    /** The decision types ({@link Decision#type()}) that pull this lever. */
    public List<String> types() {
        return types;
    }

    /** The lever a decision pulls. */
    public static Lever of(Decision d) {
        return of(d.type());
    }

    public static Lever of(String decisionType) {
        for (Lever l : values()) {
            if (l.types.contains(decisionType)) {
                return l;
            }
        }
        throw new IllegalArgumentException("no lever for decision type " + decisionType);
    }
}
