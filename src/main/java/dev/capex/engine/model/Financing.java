package dev.capex.engine.model;

import java.util.List;

/** How the company is financed beyond its equity: debt, bonds being arranged, leases and the rating. */
public record Financing(List<DebtInstrument> debts, List<PendingBond> pendingBonds, List<Lease> leases,
        CreditState credit) {
    public Financing {
        debts = FrozenList.copyOf(debts);
        pendingBonds = FrozenList.copyOf(pendingBonds);
        leases = FrozenList.copyOf(leases);
    }
}
