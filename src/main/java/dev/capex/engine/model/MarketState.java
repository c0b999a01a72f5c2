package dev.capex.engine.model;

/** The equity market's view: market cap, share price and what shareholders have received. */
public record MarketState(long marketCapM, double sharePrice, double startSharePrice, double dividendsPerShare,
        double peCalibration, double pe) {
}
