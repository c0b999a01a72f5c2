package dev.capex.engine.model;

import java.util.List;

/**
 * The equity market's view: market cap, share price and what shareholders have received; the calibration
 * constant fixed at the start, the EV/EBITDA multiple of the quarter, the smoothed core growth the market
 * believes in, the last four quarters' compute resale revenue, the return on capital at the start, and the
 * inputs of the quarter's valuation (for the valuation bridge).
 */
public record MarketState(long marketCapM, double sharePrice, double startSharePrice, double dividendsPerShare,
        double calibration, double multiple, double smoothedGrowth, List<Long> resaleRevenues,
        double startCapitalReturn, double startIdleShare, ValuationInputs inputs) {
    public MarketState {
        resaleRevenues = List.copyOf(resaleRevenues);
    }

    public MarketState withDividends(double dividendsPerShare) {
        return new MarketState(marketCapM, sharePrice, startSharePrice, dividendsPerShare, calibration, multiple,
                smoothedGrowth, resaleRevenues, startCapitalReturn, startIdleShare, inputs);
    }
}
