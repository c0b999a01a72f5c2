package dev.capex.engine.model;

/** A public bond being arranged: priced when launched, cash arrives when it closes. */
public record PendingBond(String id, long amountM, double couponRate, int tenorYears, Quarter closes) {
}
