package dev.capex.engine.model;

/**
 * The headline figures of one quarter, kept for trailing-twelve-month ratios, trends and reports.
 * Quarters before the game carry only the financial figures (the rest are zero).
 */
public record QuarterFigures(Quarter quarter, boolean played, long revenueM, long ebitdaM, long netIncomeM,
        long interestM, long capexM, long operatingCashFlowM, long freeCashFlowM, long cashM, long debtM,
        double netLeverage, double interestCover, String rating, double elo, int rank, double frontierElo,
        long gpusOnline, long gpusIdle, double gwOnline, int stars, double sharePrice, long marketCapM,
        double tsr) {
}
