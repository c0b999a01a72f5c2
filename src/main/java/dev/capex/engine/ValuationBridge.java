package dev.capex.engine;

import dev.capex.engine.model.ValuationParts;
import java.util.ArrayList;
import java.util.List;

/**
 * Why the share price moved from one quarter to the next, driver by driver, in cents that add up
 * exactly to the change in the price (rounded to the cent).
 *
 * <p>The enterprise value per share is a product of factors ({@link ValuationParts}); its change is
 * split among them with the logarithmic mean Divisia index (Ang, "The LMDI approach to decomposition
 * analysis", Energy Policy 2005): driver i gets L(before, after) x ln(factor_i after / factor_i before),
 * where L(a, b) = (a - b) / (ln a - ln b). The shares of the logs add up to the whole change with no
 * residual and no dependence on the order of the factors. What lies between the enterprise value per
 * share and the price — net debt, and the floor under market cap — is its own line. The cents are
 * rounded by largest remainder so that they sum to the price change exactly.
 */
public record ValuationBridge(double priceBefore, double priceAfter, List<Step> steps) {

    /** What moves the price, in the order a player reads them. */
    public enum Driver {
        /** Trailing EBITDA: the earnings the multiple is applied to. */
        EARNINGS,
        /** Revenue growth against the market's reference. */
        GROWTH,
        /** Interest rates (the discount rate). */
        RATES,
        /** The AI narrative: arena rank and compute online. */
        AI_NARRATIVE,
        /** Net leverage and notches lost from the starting rating. */
        LEVERAGE_RATING,
        /** Capex that outruns revenue. */
        CAPITAL_INTENSITY,
        /** The market's mood and the cards that move it. */
        MARKET_MOOD,
        /** The multiple's floor or cap. */
        MULTIPLE_LIMITS,
        /** Net debt (cash spent or raised, debt taken or repaid) between enterprise value and the shares. */
        NET_DEBT,
        /** Shares bought back or issued. */
        SHARE_COUNT,
        /** The market's calibration and base multiple (constant within a game unless a scenario changes them). */
        BASE
    }

    /** One driver's part of the change, in cents a share. */
    public record Step(Driver driver, long cents) {
        public double dollars() {
            return cents / 100.0;
        }
    }

    public ValuationBridge {
        steps = List.copyOf(steps);
    }

    /** The change in the share price, in cents (after - before, each rounded to the cent). */
    public long totalCents() {
        return cents(priceAfter) - cents(priceBefore);
    }

    public long cents(Driver d) {
        for (Step s : steps) {
            if (s.driver() == d) {
                return s.cents();
            }
        }
        return 0;
    }

    static long cents(double price) {
        return Math.round(price * 100);
    }

    /**
     * The bridge from one quarter's valuation to the next's: {@link Engine#openingValuation} then each
     * {@link QuarterResult#valuation()}.
     */
    public static ValuationBridge between(ValuationParts a, ValuationParts b) {
        Driver[] drivers = Driver.values();
        double[] exact = new double[drivers.length];
        double evA = a.enterpriseValueM() * 1e6 / a.shares();
        double evB = b.enterpriseValueM() * 1e6 / b.shares();
        double l = logMean(evA, evB);
        exact[Driver.EARNINGS.ordinal()] = l * ln(b.earningsM(), a.earningsM());
        exact[Driver.GROWTH.ordinal()] = l * ln(b.growth(), a.growth());
        exact[Driver.RATES.ordinal()] = l * ln(b.rates(), a.rates());
        exact[Driver.AI_NARRATIVE.ordinal()] = l * ln(b.narrative(), a.narrative());
        exact[Driver.LEVERAGE_RATING.ordinal()] = l * ln(b.leverageRating(), a.leverageRating());
        exact[Driver.CAPITAL_INTENSITY.ordinal()] = l * ln(b.capitalIntensity(), a.capitalIntensity());
        exact[Driver.MARKET_MOOD.ordinal()] = l * ln(b.mood(), a.mood());
        exact[Driver.MULTIPLE_LIMITS.ordinal()] = l * ln(b.limits(), a.limits());
        exact[Driver.SHARE_COUNT.ordinal()] = l * ln(a.shares(), b.shares());
        exact[Driver.BASE.ordinal()] = l * (ln(b.calibration(), a.calibration()) + ln(b.baseMultiple(), a.baseMultiple()));
        // Between enterprise value per share and the price: net debt per share (and the floor when it binds).
        exact[Driver.NET_DEBT.ordinal()] = -((evB - b.sharePrice()) - (evA - a.sharePrice()));
        long total = cents(b.sharePrice()) - cents(a.sharePrice());
        long[] rounded = largestRemainder(exact, total);
        List<Step> steps = new ArrayList<>();
        for (Driver d : drivers) {
            steps.add(new Step(d, rounded[d.ordinal()]));
        }
        return new ValuationBridge(a.sharePrice(), b.sharePrice(), steps);
    }

    private static double ln(double after, double before) {
        return StrictMath.log(after / before);
    }

    /** The logarithmic mean of two positive numbers (their common value when equal). */
    static double logMean(double a, double b) {
        if (Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b))) {
            return a;
        }
        return (a - b) / StrictMath.log(a / b);
    }

    /**
     * Rounds dollars to cents so that they add up to {@code total} cents: each is floored, then the cents
     * still missing (or in excess) go to the largest remainders first.
     */
    static long[] largestRemainder(double[] dollars, long total) {
        int n = dollars.length;
        long[] out = new long[n];
        double[] rest = new double[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            double c = dollars[i] * 100;
            out[i] = (long) Math.floor(c);
            rest[i] = c - out[i];
            sum += out[i];
        }
        long missing = total - sum;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // More cents to give: the largest remainders first; cents to take back: the smallest first.
        java.util.Arrays.sort(order, (x, y) -> missing >= 0 ? Double.compare(rest[y], rest[x])
                : Double.compare(rest[x], rest[y]));
        for (int k = 0; missing != 0 && k < Math.abs(missing); k++) {
            out[order[k % n]] += missing > 0 ? 1 : -1;
        }
        return out;
    }
}
