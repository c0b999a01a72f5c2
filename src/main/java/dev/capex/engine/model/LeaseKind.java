package dev.capex.engine.model;

/** What a lease is. Its text (toString) is what statements, saves and digests have always shown. */
public enum LeaseKind {
    SALE_LEASEBACK("sale-leaseback"),
    PROJECT_SPV("project SPV"),
    CO_DEVELOPMENT_JV("co-development JV");

    private final String label;

    LeaseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
