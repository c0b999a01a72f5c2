package dev.capex.engine.turn;

import dev.capex.engine.model.CreditState;
import dev.capex.engine.model.DebtInstrument;
import dev.capex.engine.model.Financing;
import dev.capex.engine.model.Lease;
import dev.capex.engine.model.PendingBond;
import java.util.List;

/**
 * The financing while a quarter is resolved ({@link Financing}, open for writing), with what this
 * quarter has raised, launched and restructured so far (for the limits that count per quarter).
 */
public final class WorkingFinancing {
    public final WorkingList<DebtInstrument> debts;
    public final WorkingList<PendingBond> pendingBonds;
    public final WorkingList<Lease> leases;
    public CreditState credit;
    public long debtRaisedThisQuarterM;
    public long bondsLaunchedThisQuarterM;
    public boolean restructuredThisQuarter;

    private final Financing before;

    WorkingFinancing(Financing f) {
        this.before = f;
        this.debts = new WorkingList<>(f.debts());
        this.pendingBonds = new WorkingList<>(f.pendingBonds());
        this.leases = new WorkingList<>(f.leases());
        this.credit = f.credit();
    }

    /** The next quarter, in place: nothing raised, launched or restructured yet. */
    void nextQuarter() {
        debtRaisedThisQuarterM = 0;
        bondsLaunchedThisQuarterM = 0;
        restructuredThisQuarter = false;
    }

    public Financing close() {
        if (credit == before.credit() && WorkingList.unchanged(debts) && WorkingList.unchanged(pendingBonds)
                && WorkingList.unchanged(leases)) {
            return before; // nothing written this quarter: the same part
        }
        return new Financing(WorkingList.closed(debts), WorkingList.closed(pendingBonds), WorkingList.closed(leases), credit);
    }
}
