package dev.capex.engine.model;

/** The lines of the (direct-method) cash flow statement; every movement of cash names one. */
public enum CashLine {
    RECEIPTS_FROM_CUSTOMERS(Section.OPERATING, "Receipts from customers"),
    OPERATING_PAYMENTS(Section.OPERATING, "Operating costs paid"),
    TALENT_PAID(Section.OPERATING, "Star packages paid in cash"),
    RENT_PAID(Section.OPERATING, "Leases and cloud rent paid"),
    INTEREST_PAID(Section.OPERATING, "Interest paid"),
    INTEREST_RECEIVED(Section.OPERATING, "Interest received"),
    TAX_PAID(Section.OPERATING, "Income tax paid"),

    CAPEX_GPUS(Section.INVESTING, "GPUs: deposits and deliveries"),
    CAPEX_CONSTRUCTION(Section.INVESTING, "Data-center construction"),
    CAPEX_MAINTENANCE(Section.INVESTING, "Other capital expenditure"),
    ASSET_SALES(Section.INVESTING, "Asset sales"),
    STAKES(Section.INVESTING, "Stakes bought and sold"),

    DEBT_RAISED(Section.FINANCING, "Debt raised"),
    DEBT_REPAID(Section.FINANCING, "Debt repaid"),
    EQUITY_ISSUED(Section.FINANCING, "Shares issued"),
    DIVIDENDS(Section.FINANCING, "Dividends"),
    BUYBACKS(Section.FINANCING, "Share buybacks"),
    RSU_TAXES(Section.FINANCING, "Taxes paid on net share settlement of RSUs"),
    EMERGENCY_FACILITY(Section.FINANCING, "Emergency facility drawn"),
    FINANCING_FEES(Section.FINANCING, "Financing fees");

    public enum Section { OPERATING, INVESTING, FINANCING }

    private final Section section;
    private final String label;

    CashLine(Section section, String label) {
        this.section = section;
        this.label = label;
    }

    public Section section() {
        return section;
    }

    public String label() {
        return label;
    }

    public boolean isCapex() {
        return this == CAPEX_GPUS || this == CAPEX_CONSTRUCTION || this == CAPEX_MAINTENANCE;
    }
}
