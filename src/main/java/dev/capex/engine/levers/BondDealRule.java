package dev.capex.engine.levers;

import static dev.capex.engine.levers.Checks.money;
import static dev.capex.engine.levers.Checks.require;

import dev.capex.engine.decision.Decision.BondDeal.Tranche;
import dev.capex.engine.decision.Decision.BondDeal;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.event.Reason;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.PendingBond;
import dev.capex.engine.model.Scenario.Finance;
import dev.capex.engine.model.Scenario.RatingNotch;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.rules.FinanceRules;
import dev.capex.engine.turn.Turn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A public bond deal in several tranches, one per tenor, priced and closed in the quarter it is launched: each
 * tranche's coupon is the Treasury yield of its tenor plus Meta's spread (rating, market, tenor), as Meta's
 * notes price. The deal counts against the market's appetite for Meta bonds in a quarter as a whole.
 */
public final class BondDealRule extends LeverRule<BondDeal, BondDealRule.Terms> {
    public BondDealRule() {
        super(BondDeal.class);
    }

    /** Each tranche's Treasury yield, spread and coupon, in the deal's order. */
    public record Terms(List<Priced> tranches) {
    }

    /** A tranche as priced (and, once launched, its bond's id). */
    public record Priced(String id, long amountM, int tenorYears, double treasuryYield, int spreadBp, double coupon) {
    }

    /** The deal launched and closed: its tranches, total and the rating it was priced at. */
    public record Done(List<Priced> tranches, long totalM, String rating, int ratingSpreadBp)
            implements GameEvent.Outcome {
        public Done {
            tranches = List.copyOf(tranches);
        }
    }

    @Override
    public Terms check(Turn w, BondDeal d) throws Refusal {
        Finance f = w.sc.finance();
        List<Tranche> ts = d.tranches();
        require(!ts.isEmpty(), Reason.Kind.TRANCHE_NONE);
        if (!(ts.size() <= f.bondTenorsYears().size())) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.TRANCHE_MAX,
                f.bondTenorsYears().size(), f.bondTenorsYears(), ts.size());
        }
        Set<Integer> seen = new HashSet<>();
        long total = 0;
        List<Priced> priced = new ArrayList<>();
        for (int i = 0; i < ts.size(); i++) {
            Tranche t = ts.get(i);
            int n = i + 1;
            if (!(t != null)) { // (no lambda made: C1 allocates each through a method handle)
                throw new Refusal(Reason.Kind.TRANCHE_EMPTY, n);
            }
            if (!(f.bondTenorsYears().contains(t.tenorYears()))) { // (no lambda made: C1 allocates each through a method handle)
                throw new Refusal(Reason.Kind.TRANCHE_TENOR, n,
                    t.tenorYears(), f.bondTenorsYears());
            }
            if (!(seen.add(t.tenorYears()))) { // (no lambda made: C1 allocates each through a method handle)
                throw new Refusal(Reason.Kind.TRANCHE_TWICE, n, t.tenorYears());
            }
            if (!(t.amountM() >= f.bondMinM())) { // (no lambda made: C1 allocates each through a method handle)
                throw new Refusal(Reason.Kind.TRANCHE_MIN, n, t.tenorYears(),
                    money(f.bondMinM()));
            }
            total += t.amountM();
            priced.add(new Priced(null, t.amountM(), t.tenorYears(), BondRule.treasuryYield(w, t.tenorYears()),
                    BondRule.spreadBp(w, t.tenorYears()), BondRule.coupon(w, t.tenorYears())));
        }
        long sum = total;
        if (!(w.financing.bondsLaunchedThisQuarterM + sum <= f.bondMaxPerQuarterM())) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(
                Reason.Kind.BOND_DEAL_MAX, money(f.bondMaxPerQuarterM()), money(w.financing.bondsLaunchedThisQuarterM),
                money(sum));
        }
        return new Terms(priced);
    }

    @Override
    public Done apply(Turn w, BondDeal d, Terms t) {
        List<Priced> out = new ArrayList<>();
        long total = 0;
        for (Priced p : t.tranches()) {
            String id = w.id("BOND");
            w.financing.bondsLaunchedThisQuarterM += p.amountM();
            w.financing.pendingBonds.add(new PendingBond(id, p.amountM(), p.coupon(), p.tenorYears(), w.q));
            out.add(new Priced(id, p.amountM(), p.tenorYears(), p.treasuryYield(), p.spreadBp(), p.coupon()));
            total += p.amountM();
        }
        FinanceRules.closeBonds(w);
        RatingNotch rating = w.rating();
        return new Done(out, total, rating.name(), rating.spreadBp());
    }

    @Override
    public Decision random(Scenario sc, GameState s, RandomStream r) {
        List<Integer> tenors = new ArrayList<>(sc.finance().bondTenorsYears());
        int n = 1 + r.nextInt(Math.min(4, tenors.size()));
        List<Tranche> ts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int tenor = tenors.remove(r.nextInt(tenors.size()));
            ts.add(new Tranche(1000 + (long) (r.nextDouble() * 8000), tenor));
        }
        return new BondDeal(ts);
    }
}
