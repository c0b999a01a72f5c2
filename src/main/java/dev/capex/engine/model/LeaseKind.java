package dev.capex.engine.model;

/** What a lease is. Its text (toString) is what statements, saves and digests have always shown. */
public enum LeaseKind {
    SALE_LEASEBACK("sale-leaseback"),
    PROJECT_SPV("project SPV"),
    CO_DEVELOPMENT_JV("co-development JV"),
    /** A joint venture's lease for its initial term (the Hyperion structure). */
    JV("JV lease"),
    /** The extension options that follow a JV lease's initial term: not counted by the rating until used. */
    JV_EXTENSION("JV lease extension");

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
