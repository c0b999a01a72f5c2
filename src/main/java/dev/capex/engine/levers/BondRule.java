package dev.capex.engine.levers;

import static dev.capex.engine.levers.Checks.money;
import static dev.capex.engine.levers.Checks.require;

import dev.capex.engine.decision.Decision.Bond;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.event.Reason;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.PendingBond;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario.Finance;
import dev.capex.engine.model.Scenario.RatingNotch;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.rules.FinanceRules;
import dev.capex.engine.turn.Turn;

/**
 * Issue a public bond at Meta's credit spread over the Treasury yield of its tenor (or, in a scenario without a
 * Treasury curve, over the base rate plus a term premium); it closes after the arrangement time.
 */
public final class BondRule extends LeverRule<Bond, BondRule.Terms> {
    public BondRule() {
        super(Bond.class);
    }

    /** The fixed coupon the market prices the bond at. */
    public record Terms(double coupon) {
    }

    /** The bond launched: its coupon, the rating it was priced at, and when the cash arrives (null: now). */
    public record Done(String id, double coupon, String rating, int ratingSpreadBp, Quarter closes)
            implements GameEvent.Outcome {
    }

    @Override
    public Terms check(Turn w, Bond b) throws Refusal {
        Finance f = w.sc.finance();
        if (!(f.bondTenorsYears().contains(b.tenorYears()))) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.TENORS,
                f.bondTenorsYears());
        }
        if (!(b.amountM() >= f.bondMinM())) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.BOND_MIN, money(f.bondMinM()));
        }
        if (!(w.financing.bondsLaunchedThisQuarterM + b.amountM() <= f.bondMaxPerQuarterM())) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(
                Reason.Kind.BOND_MAX, money(f.bondMaxPerQuarterM()), money(w.financing.bondsLaunchedThisQuarterM));
        }
        return new Terms(coupon(w, b.tenorYears()));
    }

    /**
     * The yield of a Treasury of this tenor now: the scenario's starting curve, interpolated linearly between
     * its points (flat beyond its ends), moved in parallel by the base rate's change since the start. Without
     * a curve (older scenarios), the base rate.
     */
    public static double treasuryYield(Turn w, int tenorYears) {
        java.util.List<Scenario.CurvePoint> c = w.sc.finance().treasuryCurve();
        if (c.isEmpty()) {
            return w.baseRate();
        }
        return curveAt(c, tenorYears) + (w.baseRate() - w.sc.macro().baseRate());
    }

    /** The curve's yield at a tenor: linear between points (sorted by tenor), flat beyond the ends. */
    static double curveAt(java.util.List<Scenario.CurvePoint> c, int years) {
        Scenario.CurvePoint lo = c.get(0);
        if (years <= lo.years()) {
            return lo.parYield();
        }
        for (Scenario.CurvePoint hi : c) {
            if (years <= hi.years()) {
                return lo.parYield() + (hi.parYield() - lo.parYield()) * (years - lo.years()) / (hi.years() - lo.years());
            }
            lo = hi;
        }
        return lo.parYield();
    }

    /**
     * Meta's spread over that Treasury, in basis points: the rating's spread (with the market's shocks and
     * cards) plus the scenario's premium per year of tenor (the whole term premium without a curve; the credit
     * spread's widening with tenor with one).
     */
    public static int spreadBp(Turn w, int tenorYears) {
        return w.marketSpreadBp() + w.sc.finance().bondTermPremiumBpPerYear() * tenorYears;
    }

    /** The fixed coupon a bond of this tenor prices at now. */
    public static double coupon(Turn w, int tenorYears) {
        return treasuryYield(w, tenorYears) + spreadBp(w, tenorYears) / 10000.0;
    }

    @Override
    public Done apply(Turn w, Bond b, Terms t) {
        Finance f = w.sc.finance();
        double coupon = t.coupon();
        w.financing.bondsLaunchedThisQuarterM += b.amountM();
        String id = w.id("BOND");
        Quarter closes = w.q.plus(f.bondArrangementQuarters());
        w.financing.pendingBonds.add(new PendingBond(id, b.amountM(), coupon, b.tenorYears(), closes));
        if (f.bondArrangementQuarters() == 0) {
            FinanceRules.closeBonds(w);
        }
        RatingNotch rating = w.rating();
        return new Done(id, coupon, rating.name(), rating.spreadBp(), f.bondArrangementQuarters() == 0 ? null : closes);
    }

    @Override
    public Decision random(Scenario sc, GameState s, RandomStream r) {
        return new Bond(1000 + (long) (r.nextDouble() * 20000), pick(sc.finance().bondTenorsYears(), r));
    }
}
