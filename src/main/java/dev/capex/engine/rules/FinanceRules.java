package dev.capex.engine.rules;

import dev.capex.engine.turn.CreditMeasures;
import dev.capex.engine.turn.Turn;
import dev.capex.engine.turn.WorkingFinancing;
import dev.capex.engine.turn.WorkingList;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.*;
import dev.capex.engine.model.Scenario.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Steps 9 and 10: cash flow and balance sheet. Maintenance capex, maturities and amortisation,
 * dividends and buybacks; covenants tested on trailing figures; the rating set from net leverage and
 * interest cover; the market's valuation; then the end checks: the emergency facility when cash
 * would fall below the operating minimum, and default.
 */
public final class FinanceRules {
    private FinanceRules() {
    }

    public static void closeBonds(Turn w) {
        List<PendingBond> closing = new ArrayList<>();
        for (int kB = 0; kB < w.financing.pendingBonds.size(); kB++) { // indexed: no iterator
            PendingBond b = w.financing.pendingBonds.get(kB);
            if (!w.q.isBefore(b.closes())) {
                closing.add(b);
            }
        }
        for (PendingBond b : closing) {
            w.financing.pendingBonds.remove(b);
            Quarter maturity = w.q.plus(b.tenorYears() * 4);
            w.financing.debts.add(new DebtInstrument(b.id(), DebtKind.BOND, "public bond", b.amountM(), b.amountM(), false, 0,
                    b.couponRate(), w.q, maturity, maturity, 0, 0, 0, w.rating().spreadBp()));
            w.post(Account.CASH, Account.DEBT, b.amountM(), CashLine.DEBT_RAISED);
            long fee = Turn.round(b.amountM() * w.sc.finance().bondFeeShare());
            w.post(Account.INTEREST_EXPENSE, Account.CASH, fee, CashLine.FINANCING_FEES);
            w.financing.debtRaisedThisQuarterM += b.amountM();
            w.event(new GameEvent.BondClosed(b.id(), b.amountM(), b.couponRate(), b.tenorYears()));
        }
    }

    public static void repay(Turn w, DebtInstrument d, long amount, GameEvent.DebtRepaid.Why why) {
        w.post(Account.DEBT, Account.CASH, amount, CashLine.DEBT_REPAID);
        for (int i = 0; i < w.financing.debts.size(); i++) {
            if (w.financing.debts.get(i).id().equals(d.id())) {
                DebtInstrument n = w.financing.debts.get(i).withPrincipal(w.financing.debts.get(i).principalM() - amount);
                if (n.principalM() == 0) {
                    w.financing.debts.remove(i);
                } else {
                    w.financing.debts.set(i, n);
                }
                break;
            }
        }
        if (d.kind() == DebtKind.EMERGENCY) {
            CreditState c = w.financing.credit;
            w.financing.credit = c.withEmergencyDrawn(Math.max(0, c.emergencyDrawnM() - amount));
        }
        w.event(new GameEvent.DebtRepaid(d.id(), d.lender(), amount, why));
    }

    /**
     * Capital expenditure outside the player's orders and builds: servers, network and offices. A share of it
     * buys GPU servers of the newest generation on sale at its list price (Meta's fleet grows with its
     * everyday capex, not only with big orders), delivered at once; the rest is other equipment.
     */
    public static void maintenanceCapex(Turn w) {
        long m = w.sc.costs().maintenanceCapexPerQuarterM();
        long servers = Turn.round(m * w.sc.accounting().maintenanceCapexServerShare());
        Scenario.GpuGeneration newest = w.ix.newestGeneration(w.q); // the most H100e on sale now, found once a quarter
        long units = 0;
        if (servers > 0 && newest != null) {
            units = (long) StrictMath.floor(servers * 1e6 / w.gpuPrice(newest));
        }
        if (units <= 0) {
            servers = 0;
        } else {
            w.post(Account.SERVERS, Account.CASH, servers, CashLine.CAPEX_MAINTENANCE);
            w.fleet.cohorts.add(new GpuCohort(w.ix.maintenanceGpusId(w.q), newest.id(), units, servers, servers,
                    Turn.round(servers / (double) w.sc.costs().gpuLifeQuarters()), w.q));
        }
        long other = m - servers;
        w.post(Account.SERVERS, Account.CASH, other, CashLine.CAPEX_MAINTENANCE);
        if (other > 0) {
            // "CAPEX-" + q, SERVERS, other, round(other / life): one record for every game of the scenario
            w.books.otherAssets.add(w.ix.maintenanceAsset(w.q, other));
        }
    }

    public static void scheduledRepayments(Turn w) {
        if (!w.financing.anyDue(w.q)) { // found from the debts once after they change
            return; // nothing falls due: no snapshot of the debts
        }
        List<DebtInstrument> debts = WorkingList.snapshot(w.financing.debts); // as they stand: repaying removes
        for (int i = 0; i < debts.size(); i++) {
            DebtInstrument d = debts.get(i);
            if (!scheduled(d)) {
                continue;
            }
            if (!w.q.isBefore(d.maturity())) {
                repay(w, d, d.principalM(), GameEvent.DebtRepaid.Why.MATURITY);
            } else if (!w.q.isBefore(d.amortizationStart()) && d.amortizationPerQuarterM() > 0) {
                repay(w, d, Math.min(d.principalM(), d.amortizationPerQuarterM()), GameEvent.DebtRepaid.Why.SCHEDULED);
            }
        }
    }

    private static boolean scheduled(DebtInstrument d) {
        return WorkingFinancing.repaidOnSchedule(d);
    }

    public static void shareholders(Turn w) {
        long dividends = Turn.round(w.books.shares * w.policy.dividendPerShare() / 1e6);
        w.post(Account.RETAINED_EARNINGS, Account.CASH, dividends, CashLine.DIVIDENDS);
        long min = w.sc.company().minimumCashM();
        long buyback = Math.min(w.policy.buybackPerQuarterM(), Math.max(0, w.cash() - min));
        if (buyback > 0) {
            double price = w.market.sharePrice() * (1 + w.sc.finance().buybackPremium());
            long retired = Turn.round(buyback * 1e6 / price);
            w.books.shares -= retired;
            w.post(Account.RETAINED_EARNINGS, Account.CASH, buyback, CashLine.BUYBACKS);
        }
        if (buyback < w.policy.buybackPerQuarterM()) {
            w.event(GameEvent.Milestone.buybacksCut(buyback, w.policy.buybackPerQuarterM()));
        }
        w.market.addDividends(w.policy.dividendPerShare()); // dividendsPerShare + this quarter's
    }

    /**
     * Measures net leverage and interest cover on trailing twelve months, with lease obligations counted as
     * debt, and keeps them in the turn for the rest of the quarter ({@link CreditMeasures}): the covenants
     * measure, the rating, step 10 and the close read.
     */
    public static CreditMeasures measureCredit(Turn w) {
        long ebitda = w.ttmEbitda(w.ebitdaSoFar());
        long interest = w.ttmInterest(w.incomeLine(Account.INTEREST_EXPENSE));
        long netDebt = w.debt() + w.leaseAdjustmentM() - w.cash();
        CreditMeasures m = w.creditNow;
        m.set(w, Turn.ratio(netDebt, ebitda), Turn.cover(ebitda, interest), ebitda, interest, netDebt);
        return m;
    }

    /** This quarter's credit metrics: as the covenants measured them (measured now if they were not). */
    public static CreditMeasures creditMetrics(Turn w) {
        CreditMeasures m = w.creditNow;
        return m.current(w) ? m : measureCredit(w);
    }

    public static void covenants(Turn w) {
        CreditMeasures cm = measureCredit(w);
        boolean breach = false;
        // none that could fail (the lowest limit and the highest minimum, kept with the debts): no scan
        int debts = w.financing.anyCovenantFails(cm.netLeverage(), cm.cover()) ? w.financing.debts.size() : 0;
        for (int kD = 0; kD < debts; kD++) { // indexed: no iterator
            DebtInstrument d = w.financing.debts.get(kD);
            if (!d.hasCovenants()) {
                continue;
            }
            if (d.maxNetLeverage() > 0 && cm.netLeverage() > d.maxNetLeverage()) {
                breach = true;
                w.event(new GameEvent.CovenantBreached(d.id(), d.lender(), "net leverage", cm.netLeverage(), d.maxNetLeverage(),
                        w.financing.credit.breachStreak() + 1));
            } else if (d.minInterestCover() > 0 && cm.cover() < d.minInterestCover()) {
                breach = true;
                w.event(new GameEvent.CovenantBreached(d.id(), d.lender(), "interest cover", cm.cover(),
                        d.minInterestCover(), w.financing.credit.breachStreak() + 1));
            }
        }
        CreditState c = w.financing.credit;
        int streak = breach ? c.breachStreak() + 1 : 0;
        w.financing.credit = c.withBreachStreak(streak);
        if (streak >= w.sc.finance().covenantBreachesToDefault()) {
            end(w, EndReason.covenants(streak, cm.netLeverage(), cm.cover()));
        }
    }

    /** The best notch whose limits the metrics meet. */
    public static int impliedNotch(Finance f, double netLeverage, double cover) {
        List<RatingNotch> ladder = f.ratings();
        for (int i = 0; i < ladder.size(); i++) {
            RatingNotch n = ladder.get(i);
            if (netLeverage <= n.maxNetLeverage() && cover >= n.minInterestCover()) {
                return i;
            }
        }
        return ladder.size() - 1;
    }

    public static void rating(Turn w) {
        Finance f = w.sc.finance();
        CreditMeasures cm = creditMetrics(w);
        int implied = impliedNotch(f, cm.netLeverage(), cm.cover());
        CreditState c = w.financing.credit;
        int idx = c.ratingIndex();
        int upStreak = c.upgradeStreak();
        int downgrades = c.downgrades();
        String from = f.ratings().get(idx).name();
        if (implied > idx) {
            idx = Math.min(implied, idx + f.maxDowngradeNotchesPerQuarter());
            upStreak = 0;
            downgrades++;
            w.event(new GameEvent.RatingChanged(from, f.ratings().get(idx).name(), true, cm.netLeverage(), cm.cover(), cause(w)));
        } else if (implied < idx) {
            upStreak++;
            if (upStreak >= f.upgradeAfterQuarters()) {
                idx--;
                upStreak = 0;
                w.event(new GameEvent.RatingChanged(from, f.ratings().get(idx).name(), false, cm.netLeverage(), cm.cover(),
                        GameEvent.RatingChanged.Cause.heldBetter(f.upgradeAfterQuarters())));
            }
        } else {
            upStreak = 0;
        }
        int worst = Math.max(c.worstRatingIndex(), idx);
        if (idx != c.ratingIndex() || upStreak != c.upgradeStreak() || downgrades != c.downgrades()
                || worst != c.worstRatingIndex()) { // else the same record
            w.financing.credit = new CreditState(idx, upStreak, c.breachStreak(), c.emergencyDrawnM(), downgrades, worst);
        }
    }

    /** What drove the quarter's credit metrics, in a player's words. */
    /** What weighed on the metrics this quarter (the shell writes "after $2.0B of new debt, ... this quarter"). */
    private static GameEvent.RatingChanged.Cause cause(Turn w) {
        long ebitda = w.ebitdaSoFar();
        long lastEbitda = w.books.history.get(w.books.history.size() - 1).ebitdaM();
        return new GameEvent.RatingChanged.Cause(GameEvent.RatingChanged.Cause.Why.PRESSURE, 0,
                w.financing.debtRaisedThisQuarterM, -w.books.cashThisQuarter(CashLine.CAPEX_GPUS),
                -w.books.cashThisQuarter(CashLine.CAPEX_CONSTRUCTION), w.financing.credit.emergencyDrawnM() > 0,
                ebitda < lastEbitda * 0.9, ebitda);
    }

    /** Step 10: the emergency facility, at a punitive rate, when cash would fall below the operating minimum. */
    public static void liquidity(Turn w) {
        Finance f = w.sc.finance();
        long min = w.sc.company().minimumCashM();
        CreditState c = w.financing.credit;
        if (w.cash() < min) {
            LiquidityRules.draw(w, min - w.cash());
        }
        if (w.cash() < min) {
            long need = min - w.cash();
            // While its credit holds (investment grade), banks bridge a shortfall beyond the facility's limit.
            long available = LiquidityRules.investmentGrade(w) ? Math.max(need, f.emergencyLimitM() - c.emergencyDrawnM())
                    : f.emergencyLimitM() - c.emergencyDrawnM();
            long draw = Math.min(need, Math.max(0, available));
            if (draw > 0) {
                DebtInstrument e = null;
                for (int kD = 0; kD < w.financing.debts.size(); kD++) { // indexed: no iterator
                    DebtInstrument d = w.financing.debts.get(kD);
                    if (d.kind() == DebtKind.EMERGENCY) {
                        e = d;
                    }
                }
                int spread = f.emergencySpreadBp();
                if (e == null) {
                    e = new DebtInstrument("EMERGENCY", DebtKind.EMERGENCY, "emergency facility", 0, 0, true, spread, 0, w.q,
                            w.sc.end().plus(8), w.sc.end().plus(8), 0, 0, 0, w.rating().spreadBp());
                    w.financing.debts.add(e);
                }
                for (int i = 0; i < w.financing.debts.size(); i++) {
                    if (w.financing.debts.get(i).kind() == DebtKind.EMERGENCY) {
                        w.financing.debts.set(i, w.financing.debts.get(i).withPrincipal(w.financing.debts.get(i).principalM() + draw));
                    }
                }
                w.post(Account.CASH, Account.DEBT, draw, CashLine.EMERGENCY_FACILITY);
                boolean first = c.emergencyDrawnM() == 0;
                int idx = c.ratingIndex();
                int downgrades = c.downgrades();
                if (first) {
                    String from = w.rating().name();
                    idx = Math.min(f.ratings().size() - 1, idx + f.emergencyDowngradeNotches());
                    downgrades++;
                    CreditMeasures cm = creditMetrics(w);
                    w.event(new GameEvent.RatingChanged(from, f.ratings().get(idx).name(), true, cm.netLeverage(), cm.cover(),
                            GameEvent.RatingChanged.Cause.emergencyDrawn()));
                }
                w.financing.credit = new CreditState(idx, 0, c.breachStreak(), c.emergencyDrawnM() + draw, downgrades,
                        Math.max(c.worstRatingIndex(), idx));
                w.event(new GameEvent.EmergencyFacilityDrawn(draw, w.baseRate() + spread / 10000.0,
                        c.emergencyDrawnM() + draw));
            }
            if (draw < need) {
                end(w, EndReason.cash(w.cash(), min));
            }
        } else if (c.emergencyDrawnM() > 0 && w.cash() > f.sweepAboveMinimumMultiple() * min) {
            // Cash sweep: an emergency facility is repaid first from cash above a multiple of the minimum.
            long sweep = Math.min(c.emergencyDrawnM(), w.cash() - Turn.round(f.sweepAboveMinimumMultiple() * min));
            List<DebtInstrument> debts = WorkingList.snapshot(w.financing.debts); // as they stand: repaying removes
            for (int i = 0; i < debts.size(); i++) {
                DebtInstrument d = debts.get(i);
                if (d.kind() == DebtKind.EMERGENCY) {
                    repay(w, d, sweep, GameEvent.DebtRepaid.Why.SWEEP);
                }
            }
        }
        if (w.cash() > f.sweepAboveMinimumMultiple() * min) {
            LiquidityRules.repay(w, Turn.round(f.sweepAboveMinimumMultiple() * min));
        }
    }

    public static void end(Turn w, EndReason reason) {
        if (w.status != GameStatus.PLAYING) {
            return;
        }
        w.status = reason.defaulted() ? GameStatus.DEFAULTED : GameStatus.FINISHED;
        w.endReason = reason;
        w.event(new GameEvent.GameEnded(reason));
    }
}
