package dev.capex.engine.model;

/**
 * Property other than GPU cohorts (legacy servers, buildings, maintenance capex): a book value that
 * falls by a fixed amount a quarter. kind is SERVERS or BUILDINGS, the ledger account it sits in.
 */
public record DepreciatingAsset(String id, String label, Account account, long bookValueM,
        long depreciationPerQuarterM) {
    public DepreciatingAsset withBook(long book) {
        return new DepreciatingAsset(id, label, account, book, depreciationPerQuarterM);
    }
}
