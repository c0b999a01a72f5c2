package dev.capex.engine.model;

import java.util.List;

/**
 * What the economics carry from one quarter to the next besides the books: the compute resale contract
 * book (capacity and price locked until a quarter), the layoffs of the last four quarters (percent of the
 * workforce each) and product velocity (1 = the organisation ships at its normal pace).
 */
public record Frictions(double resaleH100e, double resalePricePerH100eQuarter, Quarter resaleUntil,
        List<Double> recentCuts, double velocity) {
    public Frictions {
        recentCuts = List.copyOf(recentCuts);
    }


    public Frictions withVelocity(double v) {
        return new Frictions(resaleH100e, resalePricePerH100eQuarter, resaleUntil, recentCuts, v);
    }

    public Frictions withRecentCuts(List<Double> cuts) {
        return new Frictions(resaleH100e, resalePricePerH100eQuarter, resaleUntil, cuts, velocity);
    }

    /** The same frictions with another compute resale book: capacity and price locked until a quarter. */
    public Frictions withResaleBook(double h100e, double pricePerH100eQuarter, Quarter until) {
        if (Double.doubleToRawLongBits(h100e) == Double.doubleToRawLongBits(resaleH100e)
                && Double.doubleToRawLongBits(pricePerH100eQuarter) == Double.doubleToRawLongBits(resalePricePerH100eQuarter)
                && java.util.Objects.equals(until, resaleUntil)) {
            return this; // the same book: the same record
        }
        return new Frictions(h100e, pricePerH100eQuarter, until, recentCuts, velocity);
    }
}
