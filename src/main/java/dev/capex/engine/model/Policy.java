package dev.capex.engine.model;

/** Settings that stay as they are until the player changes them. */
public record Policy(double trainingShare, double resaleShare, long realityLabsBudgetM, double dividendPerShare,
        long buybackPerQuarterM, double workforceFactor) {

    public Policy withTrainingShare(double share) {
        return new Policy(share, resaleShare, realityLabsBudgetM, dividendPerShare, buybackPerQuarterM, workforceFactor);
    }

    public Policy withResaleShare(double share) {
        return new Policy(trainingShare, share, realityLabsBudgetM, dividendPerShare, buybackPerQuarterM, workforceFactor);
    }

    public Policy withRealityLabsBudget(long budgetM) {
        return new Policy(trainingShare, resaleShare, budgetM, dividendPerShare, buybackPerQuarterM, workforceFactor);
    }

    public Policy withDividend(double perShare) {
        return new Policy(trainingShare, resaleShare, realityLabsBudgetM, perShare, buybackPerQuarterM, workforceFactor);
    }

    public Policy withBuyback(long perQuarterM) {
        return new Policy(trainingShare, resaleShare, realityLabsBudgetM, dividendPerShare, perQuarterM, workforceFactor);
    }

    public Policy withWorkforceFactor(double factor) {
        return new Policy(trainingShare, resaleShare, realityLabsBudgetM, dividendPerShare, buybackPerQuarterM, factor);
    }
}
