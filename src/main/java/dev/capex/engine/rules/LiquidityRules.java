package dev.capex.engine.rules;

import dev.capex.engine.turn.FinanceTables;
import dev.capex.engine.turn.Turn;
import dev.capex.engine.turn.WorkingList;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.*;
import dev.capex.engine.model.Scenario.Liquidity;
import java.util.List;

/**
 * An investment-grade company's liquidity, drawn in step 10 before the emergency facility when cash would
 * fall below the operating minimum: commercial paper first (cheapest, open while the rating is at or above
 * economics.liquidity.paperMinRating), then the committed revolving credit facility (its size cut by
 * revolverCutPerNotch for each notch below the starting rating, closed below revolverMinRating), which costs
 * a commitment fee on the undrawn part. Both are repaid from cash above the sweep threshold, after the
 * emergency facility. While the rating stays investment grade (at or above revolverMinRating) banks bridge
 * any remaining shortfall through the emergency facility beyond its limit: Meta defaults on cash only once
 * its credit has gone, or when covenants fail (FinanceRules.covenants). A blank revolverMinRating means no
 * investment-grade bridge (the old rule: default once the emergency facility is exhausted).
 */
public final class LiquidityRules {
    private LiquidityRules() {
    }


    /** Whether the rating is at or above the revolver's minimum (investment grade for Meta's scenarios). */
    public static boolean investmentGrade(Turn w) {
        String min = w.sc.economics().liquidity().revolverMinRating();
        if (min == null || min.isBlank()) {
            return false;
        }
        int minIndex = w.ix.financeTables().revolverMinRating(); // the same name's position, found once
        return w.financing.credit.ratingIndex() <= (minIndex >= 0 ? minIndex : ValuationRules.ratingIndex(w.sc, min));
    }

    /** The revolver's size at the current rating ($M); 0 below its minimum rating. */
    public static long revolverLimitM(Turn w, int ratingIndex) {
        Scenario sc = w.sc;
        Liquidity l = sc.economics().liquidity();
        FinanceTables ft = w.ix.financeTables(); // the ladder's positions, found once per scenario
        if (l.revolverLimitM() <= 0 || l.revolverMinRating().isBlank()
                || ratingIndex > (ft.revolverMinRating() >= 0 ? ft.revolverMinRating()
                        : ValuationRules.ratingIndex(sc, l.revolverMinRating()))) {
            return 0;
        }
        int start = ft.startRating() >= 0 ? ft.startRating() : ValuationRules.startRatingIndex(sc);
        int below = Math.max(0, ratingIndex - start);
        return Turn.round(l.revolverLimitM() * Math.max(0, 1 - l.revolverCutPerNotch() * below));
    }

    /** Commercial paper that can be outstanding at the current rating ($M). */
    public static long paperLimitM(Turn w, int ratingIndex) {
        Scenario sc = w.sc;
        Liquidity l = sc.economics().liquidity();
        int min = w.ix.financeTables().paperMinRating();
        if (l.paperLimitM() <= 0 || l.paperMinRating().isBlank()
                || ratingIndex > (min >= 0 ? min : ValuationRules.ratingIndex(sc, l.paperMinRating()))) {
            return 0;
        }
        return l.paperLimitM();
    }

    static long drawn(Turn w, DebtKind kind) {
        return w.financing.drawnM(kind); // summed once after the debts change
    }

    /** Step 8: the commitment fee on the undrawn revolver. */
    public static void commitmentFee(Turn w) {
        Liquidity l = w.sc.economics().liquidity();
        long undrawn = Math.max(0, revolverLimitM(w, w.financing.credit.ratingIndex()) - drawn(w, DebtKind.REVOLVER));
        long fee = Turn.round(undrawn * l.revolverCommitmentFeeBp() / 10000.0 / 4);
        w.post(Account.INTEREST_EXPENSE, Account.CASH, fee, CashLine.INTEREST_PAID);
    }

    /** Draws up to {@code needM} on commercial paper, then the revolver; returns what was drawn. */
    public static long draw(Turn w, long needM) {
        Liquidity l = w.sc.economics().liquidity();
        long got = 0;
        long paper = Math.min(needM, Math.max(0, paperLimitM(w, w.financing.credit.ratingIndex()) - drawn(w, DebtKind.PAPER)));
        if (paper > 0) {
            add(w, DebtKind.PAPER, "commercial paper", paper, l.paperSpreadBp());
            got += paper;
        }
        long rev = Math.min(needM - got, Math.max(0, revolverLimitM(w, w.financing.credit.ratingIndex()) - drawn(w, DebtKind.REVOLVER)));
        if (rev > 0) {
            add(w, DebtKind.REVOLVER, "revolving credit facility", rev, l.revolverSpreadBp());
            got += rev;
        }
        if (got > 0) {
            w.event(GameEvent.Milestone.paper(paper, rev));
        }
        return got;
    }

    private static void add(Turn w, DebtKind kind, String name, long amount, int spreadBp) {
        for (int i = 0; i < w.financing.debts.size(); i++) {
            DebtInstrument d = w.financing.debts.get(i);
            if (d.kind() == kind) {
                w.financing.debts.set(i, d.withPrincipal(d.principalM() + amount));
                w.post(Account.CASH, Account.DEBT, amount, CashLine.DEBT_RAISED);
                return;
            }
        }
        w.financing.debts.add(new DebtInstrument(kind.name(), kind, name, amount, amount, true,
                spreadBp, 0, w.q, w.sc.end().plus(8), w.sc.end().plus(8), 0, 0, 0, w.rating().spreadBp()));
        w.post(Account.CASH, Account.DEBT, amount, CashLine.DEBT_RAISED);
    }

    private static final DebtKind[] SWEPT = {DebtKind.REVOLVER, DebtKind.PAPER};

    /** Repays the revolver, then commercial paper, from cash above {@code keepM}. */
    public static void repay(Turn w, long keepM) {
        for (DebtKind kind : SWEPT) {
            if (w.cash() - keepM <= 0 || !w.financing.any(kind)) {
                continue; // nothing to sweep: no snapshot of the debts
            }
            List<DebtInstrument> debts = WorkingList.snapshot(w.financing.debts); // as they stand: repaying removes
            for (int i = 0; i < debts.size(); i++) {
                DebtInstrument d = debts.get(i);
                long spare = w.cash() - keepM;
                if (d.kind() == kind && spare > 0) {
                    FinanceRules.repay(w, d, Math.min(spare, d.principalM()), GameEvent.DebtRepaid.Why.SWEEP);
                }
            }
        }
    }
}
