package dev.capex.engine.model;

/** Settings that stay as they are until the player changes them. */
public record Policy(double trainingShare, double resaleShare, long realityLabsBudgetM, double dividendPerShare,
        long buybackPerQuarterM, double workforceFactor) {
}
