package dev.capex.engine.turn;

import dev.capex.engine.model.CreditState;
import dev.capex.engine.model.DebtInstrument;
import dev.capex.engine.model.Financing;
import dev.capex.engine.model.Lease;
import dev.capex.engine.model.PendingBond;
import java.util.ArrayList;
import java.util.List;

/**
 * The financing while a quarter is resolved ({@link Financing}, open for writing), with what this
 * quarter has raised, launched and restructured so far (for the limits that count per quarter).
 */
public final class WorkingFinancing {
    public final List<DebtInstrument> debts;
    public final List<PendingBond> pendingBonds;
    public final List<Lease> leases;
    public CreditState credit;
    public long debtRaisedThisQuarterM;
    public long bondsLaunchedThisQuarterM;
    public boolean restructuredThisQuarter;

    WorkingFinancing(Financing f) {
        this.debts = new ArrayList<>(f.debts());
        this.pendingBonds = new ArrayList<>(f.pendingBonds());
        this.leases = new ArrayList<>(f.leases());
        this.credit = f.credit();
    }

    public Financing close() {
        return new Financing(debts, pendingBonds, leases, credit);
    }
}
