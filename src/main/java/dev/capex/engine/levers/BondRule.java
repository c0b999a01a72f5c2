package dev.capex.engine.levers;

import static dev.capex.engine.levers.Checks.m;
import static dev.capex.engine.levers.Checks.pct;
import static dev.capex.engine.levers.Checks.require;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.decision.Decision.Bond;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.PendingBond;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.model.Scenario.Finance;
import dev.capex.engine.model.Scenario.RatingNotch;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.rules.FinanceRules;
import dev.capex.engine.turn.Turn;
import java.util.Locale;

/** Issue a public bond at the rating's spread plus a term premium; it closes after the arrangement time. */
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
        require(f.bondTenorsYears().contains(b.tenorYears()), () -> "bond tenors on offer: " + f.bondTenorsYears()
                + " years");
        require(b.amountM() >= f.bondMinM(), () -> "a bond issue must be at least " + m(f.bondMinM()));
        require(w.financing.bondsLaunchedThisQuarterM + b.amountM() <= f.bondMaxPerQuarterM(), () -> String.format(Locale.ROOT,
                "the market takes at most %s of Meta bonds a quarter (%s launched already)", m(f.bondMaxPerQuarterM()),
                m(w.financing.bondsLaunchedThisQuarterM)));
        int termBp = f.bondTermPremiumBpPerYear() * b.tenorYears();
        return new Terms(w.baseRate() + (w.marketSpreadBp() + termBp) / 10000.0);
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
