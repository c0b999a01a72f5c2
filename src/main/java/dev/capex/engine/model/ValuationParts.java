package dev.capex.engine.model;

/**
 * Why the market priced the shares as it did in one quarter: the factors whose product is the
 * enterprise value (EV = calibration x base multiple x trailing EBITDA x the multiple's factors), the
 * share count, and the share price that resulted. Recorded by the valuation so that
 * {@link dev.capex.engine.ValuationBridge} can explain a price change without recomputing anything.
 * Each factor is a positive multiplier; 1 means "no effect". Whoever changes the valuation keeps this
 * record's product equal to the enterprise value it used.
 *
 * @param earningsM trailing-twelve-month EBITDA as valued (never below the formula's floor)
 * @param growth the multiple's factor for revenue growth
 * @param rates the multiple's factor for interest rates (the discount rate); 1 when rates do not enter it
 * @param narrative the AI narrative: arena rank and compute online
 * @param leverageRating the penalties for net leverage and for notches below the starting rating
 * @param capitalIntensity the penalty for capex that outruns revenue (and idle capital)
 * @param mood the market's mood and the cards that move it
 * @param limits the multiple's floor or cap when it binds (clamped / unclamped)
 * @param shares shares outstanding
 * @param sharePrice the share price that resulted (after net debt and the EV floor)
 */
public record ValuationParts(double calibration, double baseMultiple, double earningsM, double growth, double rates,
        double narrative, double leverageRating, double capitalIntensity, double mood, double limits, double shares,
        double sharePrice) {

    /** Enterprise value in $M: the product of every factor. */
    public double enterpriseValueM() {
        return calibration * baseMultiple * earningsM * growth * rates * narrative * leverageRating * capitalIntensity
                * mood * limits;
    }
}
