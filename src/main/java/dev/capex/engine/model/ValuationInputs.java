package dev.capex.engine.model;

/**
 * Everything the market's valuation of a quarter reads, kept with the state so that the price of any two
 * quarters can be compared factor by factor (the valuation bridge). Money in $M, rates per year.
 *
 * @param growth        smoothed year-on-year growth of core revenue (ads and Reality Labs, not resale)
 * @param rank          Meta's arena rank
 * @param h100e         compute online, H100 equivalents
 * @param netLeverage   net debt (leases included) over trailing EBITDA
 * @param ratingIndex   position on the rating ladder (0 is the best)
 * @param capexToRevenue trailing capex over trailing revenue
 * @param capitalReturn trailing EBITDA after tax over invested capital (servers, buildings, construction, GPU deposits)
 * @param idleCapitalShare the share of invested capital standing idle: GPUs without power, buildings without chips
 * @param baseRate      the base rate in force, event shocks included
 * @param impatience    the market-impatience card effect
 * @param marketEffect  the market card effect
 * @param noise         the market-mood shock (log points)
 * @param ebitdaM       trailing EBITDA
 * @param resaleRevenueM trailing compute resale revenue (valued below ad revenue)
 * @param netDebtM      net debt with lease obligations
 * @param shares        shares outstanding
 */
public record ValuationInputs(double growth, int rank, double h100e, double netLeverage, int ratingIndex,
        double capexToRevenue, double capitalReturn, double idleCapitalShare, double baseRate, double impatience, double marketEffect,
        double noise, long ebitdaM, long resaleRevenueM, double netDebtM, long shares) {
}
