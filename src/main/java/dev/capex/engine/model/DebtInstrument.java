package dev.capex.engine.model;

/**
 * A loan or bond on the balance sheet. Floating instruments pay the base rate plus spreadBp; fixed
 * ones pay couponRate. Amortisation repays amortizationPerQuarterM from amortizationStart; the rest
 * falls due at maturity. Covenants of zero mean none.
 */
public record DebtInstrument(String id, DebtKind kind, String lender, long principalM, long originalM,
        boolean floating, int spreadBp, double couponRate, Quarter issued, Quarter maturity,
        Quarter amortizationStart, long amortizationPerQuarterM, double maxNetLeverage,
        double minInterestCover, int ratingSpreadAtIssueBp) {
    public DebtInstrument withPrincipal(long p) {
        return new DebtInstrument(id, kind, lender, p, originalM, floating, spreadBp, couponRate, issued,
                maturity, amortizationStart, amortizationPerQuarterM, maxNetLeverage, minInterestCover,
                ratingSpreadAtIssueBp);
    }

    /**
     * Annual rate given the base rate and the issuer's current rating spread. Floating loans carry a
     * margin ratchet, as private credit does: a downgrade since issue adds its spread step.
     */
    public double rate(double baseRate, int currentRatingSpreadBp) {
        if (!floating) {
            return couponRate;
        }
        int ratchet = Math.max(0, currentRatingSpreadBp - ratingSpreadAtIssueBp);
        return baseRate + (spreadBp + ratchet) / 10000.0;
    }

    public boolean hasCovenants() {
        return maxNetLeverage > 0 || minInterestCover > 0;
    }
}
