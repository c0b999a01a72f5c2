package dev.capex.engine.model;

import java.util.List;

/**
 * The company's books between two quarters: the ledger, the shares outstanding, the assets depreciated
 * outside the GPU fleet (legacy servers and buildings, site buildings), the stakes held in other labs,
 * and the figures of every quarter so far (the pre-game history first).
 */
public record Books(Balances ledger, long sharesOutstanding, List<DepreciatingAsset> otherAssets,
        List<StakeHolding> stakes, List<QuarterFigures> history) {
    public Books {
        otherAssets = FrozenList.copyOf(otherAssets);
        stakes = FrozenList.copyOf(stakes);
        history = FrozenList.copyOf(history);
    }
}
