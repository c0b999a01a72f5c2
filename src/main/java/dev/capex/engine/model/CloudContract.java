package dev.capex.engine.model;

/** Rented GPU capacity: take-or-pay from start to end, whether used or not. */
public record CloudContract(String id, String provider, long h100e, long rentPerQuarterM, Quarter starts,
        Quarter ends) {
    public boolean activeIn(Quarter q) {
        return !q.isBefore(starts) && !q.isAfter(ends);
    }
}
