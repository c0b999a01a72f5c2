package dev.capex.engine.model;

/** What a debt instrument is. Its text (toString) is what statements, saves and digests have always shown. */
public enum DebtKind {
    BOND("bond"),
    PRIVATE_CREDIT("private credit"),
    /** The facility drawn automatically when cash falls below the operating minimum. */
    EMERGENCY("emergency"),
    /** The committed revolving credit facility (economics.liquidity), drawn before the emergency facility. */
    REVOLVER("revolver"),
    /** Commercial paper (economics.liquidity), issued before the revolver is drawn. */
    PAPER("paper");

    private final String label;

    DebtKind(String label) {
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
