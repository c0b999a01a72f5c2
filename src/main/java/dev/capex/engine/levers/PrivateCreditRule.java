package dev.capex.engine.levers;

import static dev.capex.engine.levers.Checks.money;
import static dev.capex.engine.levers.Checks.names;
import static dev.capex.engine.levers.Checks.require;

import dev.capex.engine.decision.Decision.PrivateCredit;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.event.Reason;
import dev.capex.engine.model.Account;
import dev.capex.engine.model.CashLine;
import dev.capex.engine.model.ConstructionProject;
import dev.capex.engine.model.CreditStructure;
import dev.capex.engine.model.DebtInstrument;
import dev.capex.engine.model.DebtKind;
import dev.capex.engine.model.EffectType;
import dev.capex.engine.model.Ids;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Lease;
import dev.capex.engine.model.LeaseKind;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario.Lender;
import dev.capex.engine.model.Scenario.SiteSpec;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.model.SiteState;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.turn.Turn;

/**
 * Borrow from a private credit lender: a corporate loan on Meta's balance sheet, sized on gross
 * leverage and refused when it would breach the lender's or (through cross-default) any other lender's
 * covenants; or a project SPV that buys into a site's builds and leases the capacity back.
 */
public final class PrivateCreditRule extends LeverRule<PrivateCredit, PrivateCreditRule.Terms> {
    public PrivateCreditRule() {
        super(PrivateCredit.class);
    }

    /** What the checks worked out: the loan's parts and price, and for a project SPV the site's builds. */
    public record Terms(Lender lender, boolean project, long debtPart, long equityPart, int spread, double rate,
            SiteSpec site, SiteState siteState, long projectCostM) {
    }

    /** The tightest limits a new corporate loan from a lender must respect, and whose covenant sets each. */
    record Limits(double maxLeverage, double minCover, DebtInstrument leverageOwner, DebtInstrument coverOwner) {
    }

    /** The outcome of a corporate loan's checks: its terms, or (terms null) the refusal. */
    private record Checked(Terms terms, Refusal refusal) {
        static Checked no(Refusal r) {
            return new Checked(null, r);
        }
    }

    /** A corporate loan: its amount, rate (base and spread), repayments, maturity, covenants and any co-invest. */
    public record Borrowed(String id, long debtM, double rate, double baseRate, int spreadBp, Quarter repaymentsFrom,
            Quarter maturity, double maxNetLeverage, double minInterestCover, long equityM, long newShares)
            implements GameEvent.Outcome {
    }

    /** A project SPV: who funds what share of a site's build, what Meta receives, the lease back and guarantee. */
    public record ProjectFunded(String id, String lender, double share, String site, long equityM, long receivedM,
            long rentM, Quarter ends, long guaranteeM) implements GameEvent.Outcome {
    }

    @Override
    public Terms check(Turn w, PrivateCredit p) throws Refusal {
        Checked c = creditTerms(w, p, new CreditBasis(w));
        if (c.refusal() != null) {
            throw c.refusal();
        }
        Terms t = c.terms();
        return t.project() ? projectTerms(w, p, t) : t;
    }

    /**
     * Whether {@link #accepts} can judge {@code d} without applying it: a corporate private credit (its
     * checks all come before it changes anything) on a scenario where the lever is on.
     */
    public static boolean judgedWithoutApplying(Turn w, Decision d) {
        return d instanceof PrivateCredit p && !p.project() && w.sc.leverEnabled("privateCredit");
    }

    /**
     * Whether a corporate private credit would be applied now, judged without changing the turn (see
     * {@link #judgedWithoutApplying}), with the figures its checks read from the turn kept in
     * {@code basis}: a bot searching for the most a lender will lend tries many amounts against one position.
     */
    public static boolean accepts(Turn w, PrivateCredit p, CreditBasis basis) {
        if (basis.w != w) {
            throw new IllegalArgumentException("the basis was made for another turn");
        }
        return creditTerms(w, p, basis).terms() != null;
    }

    /**
     * {@link LeverRules#apply} of a corporate private credit that {@link #judgedWithoutApplying} (a bot's
     * search has just judged it on {@code basis}, made for {@code w} as it stands): the same checks, applying
     * and event, with the figures the checks read taken from {@code basis} instead of read again from the turn
     * (they are the same while the turn stands still). True if applied; a refusal is an event, as there.
     */
    public static boolean applyJudged(Turn w, PrivateCredit p, CreditBasis basis) {
        if (basis.w != w) {
            throw new IllegalArgumentException("the basis was made for another turn");
        }
        if (!judgedWithoutApplying(w, p)) {
            throw new IllegalArgumentException(p + " is not judged without applying");
        }
        Checked c = creditTerms(w, p, basis);
        if (c.refusal() != null) {
            w.event(new GameEvent.DecisionRefused(p, c.refusal().reason()));
            return false;
        }
        GameEvent.Outcome outcome = applyCorporate(w, c.terms());
        w.applied.add(p);
        w.event(new GameEvent.DecisionApplied(p, outcome));
        return true;
    }

    /**
     * The first amount of {@code fromM}, {@code fromM / 2}, {@code fromM / 4}, ... (integer halving, while at
     * least {@code downToM}) for which {@link #accepts} would accept {@code new PrivateCredit(lender, amount,
     * "corporate", null, 0)}, or 0 when none is: the same judgement as calling {@code accepts} for each amount
     * in turn, with the checks that do not depend on the amount (the lender, the structure, the co-invest, one
     * deal a quarter) made once. The checks that do (the lender's range, leverage and cover, each with the
     * arithmetic of {@link #creditTerms}) are made per amount. A bot's search for the most a lender will lend.
     * Requires {@link #judgedWithoutApplying} of such a loan; LeverageSearchTest holds it to the
     * preview-per-trial search on every built-in scenario.
     */
    public static long largestCorporate(Turn w, String lender, long fromM, long downToM, CreditBasis basis) {
        if (basis.w != w) {
            throw new IllegalArgumentException("the basis was made for another turn");
        }
        // creditTerms's checks that do not depend on the amount, for a corporate loan without co-invest
        if (lender == null || lender.isBlank()) {
            return 0;
        }
        Lender l = w.sc.lender(lender);
        if (l == null || !l.structures().contains(CreditStructure.corporate) || !(0.0 <= l.maxEquityCoInvestShare())) {
            return 0;
        }
        for (int i = 0; i < w.applied.size(); i++) {
            if (w.applied.get(i) instanceof PrivateCredit o && Ids.same(o.lender(), l.id())) {
                return 0;
            }
        }
        // The smallest amount of the halving that the lender's range admits is judged first: while the trailing
        // EBITDA and the rate are not negative, the leverage grows and the interest cover falls (or stays) as the
        // amount grows, so when the smallest is refused every larger one is (the common case of a lender at its
        // limit), and the answer is 0 without judging the others. Otherwise the amounts are judged from the largest.
        long smallest = 0;
        for (long amount = fromM; amount >= downToM && amount > 0; amount /= 2) {
            if (amount >= l.minM() && amount <= l.maxM()) {
                smallest = amount;
            }
        }
        if (smallest == 0) {
            return 0;
        }
        Limits lim = basis.limits(l);
        double rate = basis.baseRate() + basis.spread(l) / 10000.0; // the same for every amount
        if (basis.lastTtmEbitda() >= 0 && rate >= 0 && !judgedAcceptable(basis, lim, smallest, rate)) {
            return 0;
        }
        for (long amount = fromM; amount >= downToM && amount > 0; amount /= 2) {
            // ... and those that do, as creditTerms makes them
            if (amount >= l.minM() && amount <= l.maxM() && judgedAcceptable(basis, lim, amount, rate)) {
                return amount;
            }
        }
        return 0;
    }

    /** The amount-dependent tests of {@link #largestCorporate}'s loop for one amount (a corporate loan, no co-invest). */
    private static boolean judgedAcceptable(CreditBasis basis, Limits lim, long amount, double rate) {
        long debtPart = Turn.round(amount * (1 - 0.0));
        if (!(basis.grossLeverage(debtPart) <= lim.maxLeverage())) {
            return false;
        }
        return Turn.cover(basis.lastTtmEbitda(), basis.interestPerYear() + debtPart * rate) >= lim.minCover();
    }

    /** Gross leverage a lender sizes on: it assumes the proceeds will be spent. */
    static double proFormaGrossLeverage(Turn w, long extraDebtM) {
        return Turn.ratio(w.debt() + w.leaseAdjustmentM() + extraDebtM, w.lastTtmEbitda());
    }

    /**
     * What a private credit's checks read from the turn besides the loan itself, each worked out when
     * first read: the same for every amount and lender tried while the turn stands still. A
     * {@link dev.capex.engine.ProForma} keeps one until it sends a decision; after a corporate loan applied by
     * {@link #applyJudged}, {@link #afterLoan} carries over what such a loan does not change.
     */
    public static final class CreditBasis {
        final Turn w;
        private boolean levRead;
        private long leases;
        private long ttmEbitda;
        private boolean rateRead;
        private int spreadShock;
        private double baseRate;
        private boolean interestRead;
        private long interestPerYear;
        /**
         * The covenants of the first {@code covered} debts, in order: the lowest positive net leverage limit and
         * the first debt that sets it, the highest interest cover floor and the first debt that sets it.
         */
        private int covered;
        private double lowestLeverage = Double.POSITIVE_INFINITY;
        private DebtInstrument lowestLeverageOwner;
        private double highestCover = Double.NEGATIVE_INFINITY;
        private DebtInstrument highestCoverOwner;

        public CreditBasis(Turn w) {
            this.w = w;
        }

        /**
         * The basis for {@code w} after a corporate loan was applied to it by {@link #applyJudged} on this basis
         * (and nothing else changed): such a loan adds a debt at the end of the debts and its cash and debt, and
         * changes neither the trailing figures, the leases and cloud contracts, the rates, nor the debts before
         * it. So the trailing EBITDA, the lease adjustment, the rates and the covenants of the debts before it
         * are carried over; the debt and the interest are read again, the new debt's covenants added.
         */
        public CreditBasis afterLoan() {
            CreditBasis b = new CreditBasis(w);
            if (levRead) {
                b.levRead = true;
                b.leases = leases;
                b.ttmEbitda = ttmEbitda;
            }
            if (rateRead) {
                b.rateRead = true;
                b.spreadShock = spreadShock;
                b.baseRate = baseRate;
            }
            if (covered <= w.financing.debts.size()) {
                b.covered = covered;
                b.lowestLeverage = lowestLeverage;
                b.lowestLeverageOwner = lowestLeverageOwner;
                b.highestCover = highestCover;
                b.highestCoverOwner = highestCoverOwner;
            }
            return b;
        }

        /** proFormaGrossLeverage(w, extra), exactly. */
        double grossLeverage(long extraDebtM) {
            if (!levRead) {
                ttmEbitda = w.lastTtmEbitda();
                leases = w.leaseAdjustmentM();
                levRead = true;
            }
            return Turn.ratio(w.debt() + leases + extraDebtM, ttmEbitda);
        }

        int spread(Lender l) {
            readRate();
            return l.spreadBp() + spreadShock;
        }

        double baseRate() {
            readRate();
            return baseRate;
        }

        private void readRate() {
            if (!rateRead) {
                spreadShock = (int) StrictMath.round(w.world.macro.spreadShockBp() + w.effect(EffectType.creditSpread));
                baseRate = w.baseRate();
                rateRead = true;
            }
        }

        long interestPerYear() {
            if (!interestRead) {
                interestPerYear = w.interestPerYearM();
                interestRead = true;
            }
            return interestPerYear;
        }

        long lastTtmEbitda() {
            grossLeverage(0);
            return ttmEbitda;
        }

        /**
         * A lender's own limits, tightened by every outstanding covenant: what scanning the debts in order from the
         * lender's own limits gives (a limit moves, and its owner with it, only when a debt's is strictly tighter),
         * from the tightest covenants of all the debts, each set by the first debt that has it.
         */
        Limits limits(Lender l) {
            var debts = w.financing.debts;
            for (int i = covered; i < debts.size(); i++) { // by index: no iterator (C1 does not elide it)
                DebtInstrument d = debts.get(i);
                if (d.maxNetLeverage() > 0 && d.maxNetLeverage() < lowestLeverage) {
                    lowestLeverage = d.maxNetLeverage();
                    lowestLeverageOwner = d;
                }
                if (d.minInterestCover() > highestCover) {
                    highestCover = d.minInterestCover();
                    highestCoverOwner = d;
                }
            }
            covered = debts.size();
            boolean tighterLeverage = lowestLeverageOwner != null && lowestLeverage < l.maxNetLeverage();
            boolean tighterCover = highestCoverOwner != null && highestCover > l.minInterestCover();
            return new Limits(tighterLeverage ? lowestLeverage : l.maxNetLeverage(),
                    tighterCover ? highestCover : l.minInterestCover(), tighterLeverage ? lowestLeverageOwner : null,
                    tighterCover ? highestCoverOwner : null);
        }
    }

    /** The checks every private credit runs before it changes anything; a refusal is returned, not thrown. */
    private static Checked creditTerms(Turn w, PrivateCredit p, CreditBasis basis) {
        if (!(p.lender() != null && !p.lender().isBlank())) {
            return Checked.no(new Refusal(Reason.Kind.NAME_LENDER, names(w.sc.lenders(), Lender::id)));
        }
        Lender l = w.sc.lender(p.lender());
        if (l == null) {
            return Checked.no(new Refusal(Reason.Kind.NO_LENDER, p.lender(), names(w.sc.lenders(), Lender::id)));
        }
        boolean project = p.project();
        CreditStructure structure = project ? CreditStructure.project : CreditStructure.corporate;
        if (!(p.structure() == null || p.structure().isBlank() || project
                || "corporate".equalsIgnoreCase(p.structure()))) {
            return Checked.no(new Refusal(Reason.Kind.STRUCTURE, p.structure()));
        }
        if (!l.structures().contains(structure)) {
            return Checked.no(new Refusal(Reason.Kind.NOT_ON_STRUCTURE, l.name(),
                    Reason.of(project ? Reason.Kind.PROJECT : Reason.Kind.CORPORATE)));
        }
        if (!(p.amountM() >= l.minM() && p.amountM() <= l.maxM())) {
            return Checked.no(new Refusal(Reason.Kind.LEND_RANGE, l.name(), money(l.minM()), money(l.maxM()),
                    money(p.amountM())));
        }
        if (!(p.equityShare() >= 0 && p.equityShare() <= l.maxEquityCoInvestShare())) {
            return Checked.no(new Refusal(Reason.Kind.CO_INVEST, l.name(), l.maxEquityCoInvestShare() * 100));
        }
        for (int i = 0; i < w.applied.size(); i++) { // indexed: no iterator
            if (w.applied.get(i) instanceof PrivateCredit o && Ids.same(o.lender(), l.id())) { // equalsIgnoreCase, quick to say no
                return Checked.no(new Refusal(Reason.Kind.ONE_DEAL, l.name()));
            }
        }
        long debtPart = Turn.round(p.amountM() * (1 - p.equityShare()));
        long equityPart = p.amountM() - debtPart;
        double lev = basis.grossLeverage(project ? 0 : debtPart);
        int spread = basis.spread(l);
        double rate = basis.baseRate() + spread / 10000.0;
        if (!project) {
            // Lenders size on gross leverage (they assume the cash will be spent) and refuse a loan that
            // would breach their own covenants or, through cross-default clauses, any other lender's.
            Limits lim = basis.limits(l);
            if (!(lev <= lim.maxLeverage())) {
                return Checked.no(new Refusal(Reason.Kind.LEND_LEVERAGE, l.name(), lev, lim.maxLeverage(),
                        owner(l, lim.leverageOwner())));
            }
            double cover = Turn.cover(basis.lastTtmEbitda(), basis.interestPerYear() + debtPart * rate);
            if (!(cover >= lim.minCover())) {
                return Checked.no(new Refusal(Reason.Kind.LEND_COVER, l.name(), cover, lim.minCover(),
                        owner(l, lim.coverOwner())));
            }
        }
        return new Checked(new Terms(l, project, debtPart, equityPart, spread, rate, null, null, 0), null);
    }

    /** Who sets a limit: the lender itself, or another lender's covenant through cross-default. */
    private static Reason owner(Lender l, DebtInstrument d) {
        return d == null ? Reason.of(Reason.Kind.LENDER, l.name()) : Reason.of(Reason.Kind.CROSS_DEFAULT, d.lender(), d.id());
    }

    /** A project SPV's own checks: a site with builds under way and no other partner. */
    private static Terms projectTerms(Turn w, PrivateCredit p, Terms t) throws Refusal {
        Lender l = t.lender();
        if (!(p.site() != null && w.sc.site(p.site()) != null)) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.SPV_SITE,
                names(w.sc.sites(), SiteSpec::id));
        }
        SiteSpec spec = w.sc.site(p.site());
        SiteState site = w.site(spec.id());
        if (!(!site.hasPartner() || site.partner().equals(l.name()))) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.HAS_PARTNER, spec.name(), site.partner());
        }
        long spent = 0;
        long remaining = 0;
        for (ConstructionProject pr : w.estate.projects) {
            if (pr.siteId().equals(spec.id()) && pr.partnerShare() == 0) {
                spent += pr.metaSpentM();
                remaining += pr.remainingCostM();
            }
        }
        long cost = spent + remaining;
        if (!(cost > 0)) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.SPV_NOTHING, spec.name());
        }
        if (!(p.amountM() <= cost)) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.SPV_MAX, money(cost), spec.name());
        }
        return new Terms(l, true, t.debtPart(), t.equityPart(), t.spread(), t.rate(), spec, site, cost);
    }

    @Override
    public GameEvent.Outcome apply(Turn w, PrivateCredit p, Terms t) {
        return t.project() ? applyProject(w, p, t) : applyCorporate(w, t);
    }

    private static GameEvent.Outcome applyCorporate(Turn w, Terms t) {
        Lender l = t.lender();
        long debtPart = t.debtPart();
        long equityPart = t.equityPart();
        int spread = t.spread();
        double rate = t.rate();
        Quarter maturity = w.q.plus(l.tenorQuarters());
        Quarter amortStart = Quarter.parse(l.amortizationStart());
        if (!amortStart.isAfter(w.q)) {
            amortStart = w.q.plus(4);
        }
        if (amortStart.isAfter(maturity)) {
            amortStart = maturity;
        }
        long amort = debtPart / (maturity.minus(amortStart) + 1);
        String id = w.id("PC");
        w.financing.debts.add(new DebtInstrument(id, DebtKind.PRIVATE_CREDIT, l.name(), debtPart, debtPart, true, spread, 0.0, w.q,
                maturity, amortStart, amort, l.maxNetLeverage(), l.minInterestCover(), w.rating().spreadBp()));
        w.post(Account.CASH, Account.DEBT, debtPart, CashLine.DEBT_RAISED);
        w.financing.debtRaisedThisQuarterM += debtPart;
        long newShares = 0;
        if (equityPart > 0) {
            newShares = Turn.round(equityPart * 1e6 / w.market.sharePrice());
            w.books.shares += newShares;
            w.post(Account.CASH, Account.PAID_IN_CAPITAL, equityPart, CashLine.EQUITY_ISSUED);
        }
        return new Borrowed(id, debtPart, rate, w.baseRate(), spread, amortStart, maturity, l.maxNetLeverage(),
                l.minInterestCover(), equityPart, newShares);
    }

    /**
     * A project SPV: the lender (with any equity co-invest) owns the site's projects, buys what Meta has
     * spent on them so far and pays the rest of their cost; Meta leases the capacity back and guarantees
     * part of its residual value. Off Meta's balance sheet; the rating counts the rent and the guarantee.
     */
    private static GameEvent.Outcome applyProject(Turn w, PrivateCredit p, Terms t) {
        Lender l = t.lender();
        SiteSpec spec = t.site();
        double share = (double) p.amountM() / t.projectCostM();
        long cashIn = Checks.sellShareOfBuilds(w, spec.id(), share);
        double yield = w.baseRate() + (t.spread() + p.equityShare() * l.equityReturnPremiumBp()) / 10000.0;
        long rent = Turn.round(p.amountM() * yield / 4);
        Quarter ends = w.q.plus(l.tenorQuarters());
        long guarantee = Turn.round(p.amountM() * w.sc.finance().residualValueGuaranteeShare());
        String id = w.id("SPV");
        w.financing.leases.add(new Lease(id, LeaseKind.PROJECT_SPV, spec.id(), l.name(), rent, w.q.plus(1), ends, guarantee));
        w.replaceSite(t.siteState().withPartner(l.name(), share));
        return new ProjectFunded(id, l.name(), share, spec.name(), t.equityPart(), cashIn, rent, ends, guarantee);
    }

    @Override
    public Decision random(Scenario sc, GameState s, RandomStream r) {
        Lender l = pick(sc.lenders(), r);
        boolean project = l.structures().contains(CreditStructure.project) && r.chance(0.4);
        return new PrivateCredit(l.id(), l.minM() + (long) (r.nextDouble() * (l.maxM() - l.minM())),
                project ? "project" : "corporate", project ? pick(sc.sites(), r).id() : null,
                r.chance(0.3) ? l.maxEquityCoInvestShare() * r.nextDouble() : 0);
    }
}
