package dev.capex.engine.model;

/**
 * The accounts of the double-entry ledger. Balances are stored debit-positive: assets and expenses
 * carry positive balances, liabilities, equity and income negative ones, so that every posting sums
 * to zero and the trial balance is zero at every instant.
 */
public enum Account {
    CASH(Kind.ASSET, "Cash and marketable securities"),
    GPU_DEPOSITS(Kind.ASSET, "Deposits on GPU orders"),
    CONSTRUCTION_IN_PROGRESS(Kind.ASSET, "Construction in progress"),
    SERVERS(Kind.ASSET, "Servers and GPUs, net"),
    BUILDINGS(Kind.ASSET, "Data centers and buildings, net"),
    HELD_FOR_SALE(Kind.ASSET, "Land and construction held for sale"),
    INVESTMENTS(Kind.ASSET, "Stakes in other companies"),
    OTHER_ASSETS(Kind.ASSET, "Other assets"),
    DEFERRED_TAX(Kind.ASSET, "Deferred tax assets"),

    DEBT(Kind.LIABILITY, "Debt"),
    OTHER_LIABILITIES(Kind.LIABILITY, "Other liabilities"),
    TAX_PAYABLE(Kind.LIABILITY, "Income tax payable"),

    PAID_IN_CAPITAL(Kind.EQUITY, "Paid-in capital"),
    RETAINED_EARNINGS(Kind.EQUITY, "Retained earnings"),

    AD_REVENUE(Kind.INCOME, "Advertising revenue"),
    REALITY_LABS_REVENUE(Kind.INCOME, "Reality Labs revenue"),
    COMPUTE_RESALE_REVENUE(Kind.INCOME, "Compute resale revenue"),
    CORE_OPEX(Kind.EXPENSE, "Core operating costs"),
    STOCK_COMPENSATION(Kind.EXPENSE, "Stock-based compensation (core staff)"),
    FLEET_OPEX(Kind.EXPENSE, "Data-center and network operations"),
    REALITY_LABS_COSTS(Kind.EXPENSE, "Reality Labs costs"),
    TALENT_COMPENSATION(Kind.EXPENSE, "Star researcher packages"),
    POWER(Kind.EXPENSE, "Power"),
    CLOUD_RENT(Kind.EXPENSE, "Rented cloud capacity"),
    LEASE_RENT(Kind.EXPENSE, "Lease rent (leasebacks, SPVs, JVs)"),
    RESTRUCTURING(Kind.EXPENSE, "Restructuring"),
    LEGAL(Kind.EXPENSE, "Antitrust and legal costs"),
    DEPRECIATION(Kind.EXPENSE, "Depreciation"),
    IMPAIRMENT(Kind.EXPENSE, "Impairment of stakes (below operating income)"),
    GAIN_ON_SALE(Kind.INCOME, "Gain (loss) on asset sales"),
    INTEREST_EXPENSE(Kind.EXPENSE, "Interest expense"),
    INTEREST_INCOME(Kind.INCOME, "Interest income"),
    INCOME_TAX(Kind.EXPENSE, "Income tax");

    public enum Kind { ASSET, LIABILITY, EQUITY, INCOME, EXPENSE }

    private final Kind kind;
    private final String label;

    Account(Kind kind, String label) {
        this.kind = kind;
        this.label = label;
    }

    public Kind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    /**
     * Accounts added after save format 2 (issue 11's cash bridge). State digests write them only when
     * their balance is not zero, so that a save of a scenario that never uses them keeps its digests.
     */
    public boolean addedAfterFormat2() {
        return this == DEFERRED_TAX || this == TAX_PAYABLE || this == STOCK_COMPENSATION || this == FLEET_OPEX;
    }

    public boolean isTemporary() {
        return kind == Kind.INCOME || kind == Kind.EXPENSE;
    }

    /** The ordinals of the temporary (income and expense) accounts, ascending: a new array for each caller to keep. */
    public static int[] temporaryOrdinals() {
        Account[] all = values();
        int n = 0;
        for (Account a : all) {
            n += a.isTemporary() ? 1 : 0;
        }
        int[] t = new int[n];
        n = 0;
        for (Account a : all) {
            if (a.isTemporary()) {
                t[n++] = a.ordinal();
            }
        }
        return t;
    }
}
