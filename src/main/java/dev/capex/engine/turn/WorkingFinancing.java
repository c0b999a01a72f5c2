package dev.capex.engine.turn;

import dev.capex.engine.model.CreditState;
import dev.capex.engine.model.DebtInstrument;
import dev.capex.engine.model.DebtKind;
import dev.capex.engine.model.Interest;
import dev.capex.engine.model.Quarter;
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

    // ---------------------------------------------------------------- books9e: the debts summed once after a write

    /** The debts' write count the summary below was made at (-1: none made). */
    private int summaryAt = -1;
    private long revolverDrawnM;
    private long paperDrawnM;
    private boolean anyRevolver;
    private boolean anyPaper;
    private boolean anyCovenants;
    /** The lowest net leverage limit and the highest interest cover minimum of the debts' covenants (none: ±infinity). */
    private double lowestLeverageLimit;
    private double highestCoverMinimum;
    private boolean anyFloating;
    /** The sum of the fixed-rate debts' quarterly charges ({@link Interest#chargeForQuarterM}'s terms). */
    private long fixedChargeM;
    /** The first quarter (ordinal) in which a debt repaid on schedule matures or amortises. */
    private int firstDueOrdinal;

    /**
     * What the steps ask of the debts every quarter, worked out in one pass over them and again only after
     * the list is written to (a record is immutable: the list's write count tells every change). Each figure is
     * the one a scan gives: sums of longs (the same in any order) and whether any debt has a property.
     */
    private void summarise() {
        int at = debts.writes();
        if (at == summaryAt) {
            return;
        }
        long revolver = 0;
        long paper = 0;
        boolean anyRev = false;
        boolean anyPap = false;
        boolean covenants = false;
        double leverageLimit = Double.POSITIVE_INFINITY;
        double coverMinimum = Double.NEGATIVE_INFINITY;
        boolean floating = false;
        long fixed = 0;
        int due = Integer.MAX_VALUE;
        for (int i = 0, n = debts.size(); i < n; i++) {
            DebtInstrument d = debts.get(i);
            DebtKind k = d.kind();
            if (k == DebtKind.REVOLVER) {
                revolver += d.principalM();
                anyRev = true;
            } else if (k == DebtKind.PAPER) {
                paper += d.principalM();
                anyPap = true;
            }
            covenants |= d.hasCovenants();
            if (d.maxNetLeverage() > 0) {
                leverageLimit = Math.min(leverageLimit, d.maxNetLeverage());
            }
            if (d.minInterestCover() > 0) {
                coverMinimum = Math.max(coverMinimum, d.minInterestCover());
            }
            if (d.floating()) {
                floating = true;
            } else {
                fixed += Interest.quarterChargeM(d, 0, 0); // a fixed rate reads neither
            }
            if (repaidOnSchedule(d)) {
                due = Math.min(due, d.maturity().ordinal());
                if (d.amortizationPerQuarterM() > 0) {
                    due = Math.min(due, d.amortizationStart().ordinal());
                }
            }
        }
        revolverDrawnM = revolver;
        paperDrawnM = paper;
        anyRevolver = anyRev;
        anyPaper = anyPap;
        anyCovenants = covenants;
        lowestLeverageLimit = leverageLimit;
        highestCoverMinimum = coverMinimum;
        anyFloating = floating;
        fixedChargeM = fixed;
        firstDueOrdinal = due;
        summaryAt = at;
    }

    /** Whether a debt is repaid on its schedule (not a facility: emergency, revolver, commercial paper). */
    public static boolean repaidOnSchedule(DebtInstrument d) {
        DebtKind k = d.kind();
        return !(k == DebtKind.EMERGENCY || k == DebtKind.REVOLVER || k == DebtKind.PAPER);
    }

    /** The principal drawn on debts of {@code kind} (the sum over the debts of that kind). */
    public long drawnM(DebtKind kind) {
        if (kind == DebtKind.REVOLVER) {
            summarise();
            return revolverDrawnM;
        }
        if (kind == DebtKind.PAPER) {
            summarise();
            return paperDrawnM;
        }
        long s = 0;
        for (int kD = 0; kD < debts.size(); kD++) { // indexed: no iterator
            DebtInstrument d = debts.get(kD);
            if (d.kind() == kind) {
                s += d.principalM();
            }
        }
        return s;
    }

    /** Whether any debt is of {@code kind}. */
    public boolean any(DebtKind kind) {
        if (kind == DebtKind.REVOLVER) {
            summarise();
            return anyRevolver;
        }
        if (kind == DebtKind.PAPER) {
            summarise();
            return anyPaper;
        }
        for (int i = 0; i < debts.size(); i++) {
            if (debts.get(i).kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some debt's covenant could be breached at these metrics: a net leverage above a debt's limit
     * ({@code maxNetLeverage > 0 && netLeverage > maxNetLeverage}) or an interest cover below a debt's minimum
     * ({@code minInterestCover > 0 && cover < minInterestCover}); false when no debt's test fails.
     */
    public boolean anyCovenantFails(double netLeverage, double cover) {
        summarise();
        return netLeverage > lowestLeverageLimit || cover < highestCoverMinimum;
    }

    /** Whether any debt has a covenant. */
    public boolean anyCovenants() {
        summarise();
        return anyCovenants;
    }

    /**
     * Whether a debt repaid on schedule matures ({@code !q.isBefore(maturity)}) or amortises
     * ({@code !q.isBefore(amortizationStart)} with an amortisation) in quarter {@code q}.
     */
    public boolean anyDue(Quarter q) {
        summarise();
        return q.ordinal() >= firstDueOrdinal;
    }

    /**
     * The quarter's interest charge on the debts ({@link Interest#chargeForQuarterM}): the fixed-rate debts'
     * charges summed once after a write, when no debt floats.
     */
    public long interestChargeM(double baseRate, int ratingSpreadBp) {
        summarise();
        if (!anyFloating) {
            return fixedChargeM;
        }
        return Interest.chargeForQuarterM(debts, baseRate, ratingSpreadBp);
    }

    public Financing close() {
        if (credit == before.credit() && WorkingList.unchanged(debts) && WorkingList.unchanged(pendingBonds)
                && WorkingList.unchanged(leases)) {
            return before; // nothing written this quarter: the same part
        }
        return new Financing(WorkingList.closed(debts), WorkingList.closed(pendingBonds), WorkingList.closed(leases), credit);
    }
}
