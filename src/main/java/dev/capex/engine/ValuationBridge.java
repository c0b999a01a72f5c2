package dev.capex.engine;

import dev.capex.engine.model.MarketState;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.rules.ValuationRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Why the share price moved from one quarter to the next, driver by driver, in cents that add up exactly
 * to the change in the price (each price rounded to the cent). The split itself is the valuation's own
 * ({@link ValuationRules#bridge}: sequential substitution of each factor group's inputs, owned by the
 * valuation); this record names its steps for the screens and rounds them by largest remainder so that
 * the cents a player reads always add up.
 */
public record ValuationBridge(double priceBefore, double priceAfter, List<Step> steps) {

    /** What moves the price, in the order of {@link ValuationRules#BRIDGE_FACTORS}. */
    public enum Driver {
        /** Trailing EBITDA: the earnings the multiple is applied to. */
        EARNINGS,
        /** Revenue growth the market believes in. */
        GROWTH,
        /** Interest rates (the discount rate). */
        RATES,
        /** The AI narrative: arena rank and compute online. */
        AI_NARRATIVE,
        /** Net leverage and notches lost from the starting rating. */
        LEVERAGE_RATING,
        /** Return on capital, idle capital and capex that outruns revenue. */
        CAPITAL_INTENSITY,
        /** Net debt and the share count between enterprise value and the price. */
        NET_DEBT,
        /** The market's mood and the cards that move it. */
        MARKET_MOOD
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

    /** The bridge between two consecutive market states of one game. */
    public static ValuationBridge between(Scenario sc, MarketState before, MarketState after) {
        List<ValuationRules.BridgeStep> raw = ValuationRules.bridge(sc, before, after);
        Driver[] drivers = Driver.values();
        if (raw.size() != drivers.length) {
            throw new IllegalStateException("the valuation's bridge has " + raw.size() + " factors, the screens name "
                    + drivers.length + ": update ValuationBridge.Driver with ValuationRules.BRIDGE_FACTORS");
        }
        double[] dollars = new double[raw.size()];
        for (int i = 0; i < raw.size(); i++) {
            dollars[i] = raw.get(i).dollarsPerShare();
        }
        long[] rounded = largestRemainder(dollars, cents(after.sharePrice()) - cents(before.sharePrice()));
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < drivers.length; i++) {
            steps.add(new Step(drivers[i], rounded[i]));
        }
        return new ValuationBridge(before.sharePrice(), after.sharePrice(), steps);
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
