package dev.capex.engine.model;

import java.util.List;

/**
 * Interest on the company's debt, worked out here and nowhere else. Every instrument pays
 * {@link DebtInstrument#rate} (its coupon, or the base rate plus its spread when floating). Two figures,
 * with two roundings that are both part of the game's results and are kept apart by name:
 * <ul>
 * <li>{@link #runRatePerYearM}: the annual run-rate, summed unrounded over the instruments and the bonds
 * being arranged, rounded once (what lenders, previews and interest cover read);</li>
 * <li>{@link #chargeForQuarterM}: the quarter's charge the ledger books, a quarter of each instrument's
 * year rounded on its own (bonds being arranged pay nothing yet).</li>
 * </ul>
 * Interest over the trailing twelve months is the booked charges: {@link Trailing}.
 */
public final class Interest {
    private Interest() {
    }

    /** The annual interest run-rate ($M) of the debt on the books and the bonds being arranged. */
    public static long runRatePerYearM(List<DebtInstrument> debts, List<PendingBond> pendingBonds, double baseRate,
            int ratingSpreadBp) {
        double r = 0;
        for (int kD = 0; kD < debts.size(); kD++) { // indexed: no iterator
            DebtInstrument d = debts.get(kD);
            r += d.principalM() * d.rate(baseRate, ratingSpreadBp);
        }
        for (int kB = 0; kB < pendingBonds.size(); kB++) { // indexed: no iterator
            PendingBond b = pendingBonds.get(kB);
            r += b.amountM() * b.couponRate();
        }
        return StrictMath.round(r);
    }

    /** The quarter's interest charge ($M): each instrument's quarter of a year, rounded per instrument. */
    public static long chargeForQuarterM(List<DebtInstrument> debts, double baseRate, int ratingSpreadBp) {
        long interest = 0;
        for (int kD = 0; kD < debts.size(); kD++) { // indexed: no iterator
            interest += quarterChargeM(debts.get(kD), baseRate, ratingSpreadBp);
        }
        return interest;
    }

    /** One instrument's quarter of a year's interest ($M), rounded on its own. */
    public static long quarterChargeM(DebtInstrument d, double baseRate, int ratingSpreadBp) {
        return StrictMath.round(d.principalM() * d.rate(baseRate, ratingSpreadBp) / 4);
    }

    /** A quarter's interest ($M) on {@code balanceM} at an annual {@code yield} (cash earning, rents at a yield). */
    public static long forQuarterM(double balanceM, double yield) {
        return StrictMath.round(balanceM * yield / 4);
    }
}
