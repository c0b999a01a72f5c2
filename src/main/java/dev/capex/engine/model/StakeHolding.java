package dev.capex.engine.model;

/** A stake Meta holds: its cost, its carrying value, and what it brings and risks. */
public record StakeHolding(String targetId, double share, boolean control, long costM, long carryingM,
        double targetValueM, Quarter bought, Quarter integrated, boolean probe, boolean divested) {
    public StakeHolding with(long carrying, double value, boolean probe, boolean divested) {
        return new StakeHolding(targetId, share, control, costM, carrying, value, bought, integrated, probe,
                divested);
    }
}
