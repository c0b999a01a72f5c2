package dev.capex.engine.model;

/**
 * The equity market's view: market cap, share price and what shareholders have received, and the
 * valuation's reasons for the price ({@link ValuationParts}).
 */
public record MarketState(long marketCapM, double sharePrice, double startSharePrice, double dividendsPerShare,
        double peCalibration, double pe, ValuationParts parts) {

    /**
     * The record's text without {@code parts}: the parts only explain the price (they are worked out from
     * the rest of the state), and a state's digest — which every save records — hashes this text, so that
     * saves written before the parts existed still replay.
     */
    @Override
    public String toString() {
        return "MarketState[marketCapM=" + marketCapM + ", sharePrice=" + sharePrice + ", startSharePrice="
                + startSharePrice + ", dividendsPerShare=" + dividendsPerShare + ", peCalibration=" + peCalibration
                + ", pe=" + pe + "]";
    }
}
