package dev.capex.engine.rules;

import dev.capex.engine.Turn;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.decision.Decision.*;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.*;
import dev.capex.engine.model.Scenario.*;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Step 1 of a quarter: each decision is validated against the state as it stands after the decisions
 * before it (so the same cash cannot be spent twice) and applied, or refused with a reason a player
 * understands. Financing closes (cash in), orders are placed (deposits out), sales close, stakes are
 * bought, hires are signed.
 */
public final class DecisionRules {
    private DecisionRules() {
    }

    /**
     * A refusal: the decision is not applied and the player reads the message. The message may be
     * written when it is first read: {@link #apply} reads it at once (in its catch, before the turn
     * changes again), and {@link #acceptsWithoutApplying} never does, so a bot's search for a lender's
     * limit formats no refusal it does not need.
     */
    static final class Refusal extends Exception {
        private Supplier<String> writer;
        private String message;

        Refusal(String message) {
            super(null, null, false, false);
            this.message = message;
        }

        Refusal(Supplier<String> writer) {
            super(null, null, false, false);
            this.writer = writer;
        }

        @Override
        public String getMessage() {
            if (message == null && writer != null) {
                message = writer.get();
                writer = null;
            }
            return message;
        }
    }

    public static void apply(Turn w, Decision d) {
        try {
            if (d == null) {
                throw new Refusal("an empty decision");
            }
            if (!w.sc.leverEnabled(d.type())) {
                throw new Refusal("the " + d.type() + " lever is switched off in this scenario");
            }
            Supplier<String> outcome = dispatch(w, d);
            w.applied.add(d);
            w.event(GameEvent.DecisionApplied.lazy(d, outcome));
        } catch (Refusal r) {
            w.event(new GameEvent.DecisionRefused(d, r.getMessage()));
        }
    }

    private static Supplier<String> dispatch(Turn w, Decision d) throws Refusal {
        // Java 17 has no pattern matching for switch: an instanceof chain over the sealed interface.
        if (d instanceof PrivateCredit p) {
            return privateCredit(w, p);
        } else if (d instanceof Bond b) {
            return bond(w, b);
        } else if (d instanceof EquityRaise e) {
            return equity(w, e);
        } else if (d instanceof AssetSale a) {
            return assetSale(w, a);
        } else if (d instanceof Stake s) {
            return stake(w, s);
        } else if (d instanceof Hire h) {
            return hire(w, h);
        } else if (d instanceof Restructure r) {
            return restructure(w, r);
        } else if (d instanceof OrderGpus o) {
            return orderGpus(w, o);
        } else if (d instanceof Build b) {
            return build(w, b);
        } else if (d instanceof RentCloud c) {
            return rentCloud(w, c);
        } else if (d instanceof TrainingShare ts) {
            return trainingShare(w, ts);
        } else if (d instanceof ComputeResale cr) {
            return resale(w, cr);
        } else if (d instanceof RealityLabs rl) {
            return realityLabs(w, rl);
        } else if (d instanceof Dividend dv) {
            return dividend(w, dv);
        } else if (d instanceof Buyback bb) {
            return buyback(w, bb);
        } else if (d instanceof Repay rp) {
            return repay(w, rp);
        }
        throw new Refusal("unknown decision " + d);
    }

    private static String m(long v) {
        return Decision.money(v);
    }

    private static String pct(double r) {
        return String.format(Locale.ROOT, "%.2f%%", r * 100);
    }

    private static void require(boolean ok, String reason) throws Refusal {
        if (!ok) {
            throw new Refusal(reason);
        }
    }

    /**
     * A check whose reason is only written when it fails: bots preview many decisions a quarter and
     * formatting every passing check's message was most of their time.
     */
    private static void require(boolean ok, java.util.function.Supplier<String> reason) throws Refusal {
        if (!ok) {
            throw new Refusal(reason);
        }
    }

    private static void needCash(Turn w, long amountM, String what) throws Refusal {
        if (amountM > w.cash()) {
            throw new Refusal("not enough cash: " + what + " needs " + m(amountM) + " and Meta has " + m(w.cash())
                    + " after this quarter's earlier decisions");
        }
    }

    private static <T> String names(java.util.List<T> items, java.util.function.Function<T, String> f) {
        return String.join(", ", items.stream().map(f).toList());
    }

    // ------------------------------------------------------------------ financing

    /** Gross leverage a lender sizes on: it assumes the proceeds will be spent. */
    static double proFormaGrossLeverage(Turn w, long extraDebtM) {
        long ebitda = w.lastTtmEbitda();
        return Turn.ratio(w.debt() + w.leaseAdjustmentM() + extraDebtM, ebitda);
    }

    /** What a private credit's checks worked out, for the part that applies it. */
    private record CreditTerms(Lender l, boolean project, long debtPart, long equityPart, int spread, double rate) {
    }

    /**
     * Whether {@code d} would be applied now, judged without changing the turn, or null when that cannot
     * be told without applying it. Only corporate private credit is judged here (its checks all come
     * before it changes anything, and they are the very checks {@link #apply} runs): a bot searching for
     * the most a lender will lend tries many amounts against the same position.
     */
    public static Boolean acceptsWithoutApplying(Turn w, Decision d) {
        return acceptsWithoutApplying(w, d, new CreditBasis(w));
    }

    /**
     * {@link #acceptsWithoutApplying(Turn, Decision)} with the figures a private credit's checks read
     * from the turn kept in {@code basis} (made for this turn and not kept across a change to it): a
     * search trying many amounts against one position works them out once.
     */
    public static Boolean acceptsWithoutApplying(Turn w, Decision d, CreditBasis basis) {
        if (basis.w != w) {
            throw new IllegalArgumentException("the basis was made for another turn");
        }
        if (!(d instanceof PrivateCredit p) || p.project() || !w.sc.leverEnabled(d.type())) {
            return null;
        }
        return creditTerms(w, p, basis) instanceof CreditTerms;
    }

    /**
     * What a private credit's checks read from the turn besides the loan itself, each worked out when
     * first read: the same for every amount and lender tried while the turn stands still. Made afresh
     * for every decision applied; a {@link dev.capex.engine.ProForma} keeps one until it sends a decision.
     */
    public static final class CreditBasis {
        final Turn w;
        private boolean levRead;
        private long debtAndLeases;
        private long ttmEbitda;
        private boolean rateRead;
        private int spreadShock;
        private double baseRate;
        private boolean interestRead;
        private long interestPerYear;
        private Lender[] limitsOf = new Lender[0];
        private Object[][] limits = new Object[0][];

        public CreditBasis(Turn w) {
            this.w = w;
        }

        /** proFormaGrossLeverage(w, extra), exactly. */
        double grossLeverage(long extraDebtM) {
            if (!levRead) {
                ttmEbitda = w.lastTtmEbitda();
                debtAndLeases = w.debt() + w.leaseAdjustmentM();
                levRead = true;
            }
            return Turn.ratio(debtAndLeases + extraDebtM, ttmEbitda);
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
                spreadShock = (int) StrictMath.round(w.macro.spreadShockBp() + w.effect("creditSpread"));
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

        /** {maxLev, minCover, levOwner, coverOwner} for a lender: its own limits and the tightest covenants. */
        Object[] limits(Lender l) {
            for (int i = 0; i < limitsOf.length; i++) {
                if (limitsOf[i] == l) {
                    return limits[i];
                }
            }
            double maxLev = l.maxNetLeverage();
            double minCover = l.minInterestCover();
            DebtInstrument levOwner = null;
            DebtInstrument coverOwner = null;
            for (DebtInstrument d : w.debts) {
                if (d.maxNetLeverage() > 0 && d.maxNetLeverage() < maxLev) {
                    maxLev = d.maxNetLeverage();
                    levOwner = d;
                }
                if (d.minInterestCover() > minCover) {
                    minCover = d.minInterestCover();
                    coverOwner = d;
                }
            }
            Object[] r = new Object[] {maxLev, minCover, levOwner, coverOwner};
            limitsOf = java.util.Arrays.copyOf(limitsOf, limitsOf.length + 1);
            limits = java.util.Arrays.copyOf(limits, limits.length + 1);
            limitsOf[limitsOf.length - 1] = l;
            limits[limits.length - 1] = r;
            return r;
        }
    }

    /**
     * The terms of a private credit, or the Refusal that says why not: the checks {@link #apply} runs
     * before it changes anything. Returned rather than thrown, so a search trying many amounts pays no
     * exception for each amount refused.
     */
    private static CreditTerms checkPrivateCredit(Turn w, PrivateCredit p) throws Refusal {
        Object r = creditTerms(w, p, new CreditBasis(w));
        if (r instanceof Refusal refusal) {
            throw refusal;
        }
        return (CreditTerms) r;
    }

    private static Object creditTerms(Turn w, PrivateCredit p, CreditBasis basis) {
        if (!(p.lender() != null && !p.lender().isBlank())) {
            return new Refusal(() -> "name a lender: " + names(w.sc.lenders(), Lender::id));
        }
        Lender l = w.sc.lender(p.lender());
        if (l == null) {
            return new Refusal(() -> "no lender '" + p.lender() + "'; the lenders are " + names(w.sc.lenders(), Lender::id));
        }
        boolean project = p.project();
        String structure = project ? "project" : "corporate";
        if (!(p.structure() == null || p.structure().isBlank() || project
                || "corporate".equalsIgnoreCase(p.structure()))) {
            return new Refusal(() -> "structure must be corporate or project, not '" + p.structure() + "'");
        }
        if (!l.structures().contains(structure)) {
            return new Refusal(() -> l.name() + " does not lend on a " + structure + " structure");
        }
        if (!(p.amountM() >= l.minM() && p.amountM() <= l.maxM())) {
            return new Refusal(() -> String.format(Locale.ROOT,
                    "%s lends between %s and %s in one deal; %s is outside that range", l.name(), m(l.minM()), m(l.maxM()),
                    m(p.amountM())));
        }
        if (!(p.equityShare() >= 0 && p.equityShare() <= l.maxEquityCoInvestShare())) {
            return new Refusal(() -> String.format(Locale.ROOT,
                    "%s co-invests at most %.0f%% as equity", l.name(), l.maxEquityCoInvestShare() * 100));
        }
        for (Decision d : w.applied) {
            if (d instanceof PrivateCredit o && o.lender().equalsIgnoreCase(l.id())) {
                return new Refusal(l.name() + " closes one deal with Meta a quarter; one is already done this quarter");
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
            Object[] lim = basis.limits(l);
            double maxLev = (Double) lim[0];
            double minCover = (Double) lim[1];
            DebtInstrument levOwner = (DebtInstrument) lim[2];
            DebtInstrument coverOwner = (DebtInstrument) lim[3];
            if (!(lev <= maxLev)) {
                double limit = maxLev;
                DebtInstrument setBy = levOwner;
                return new Refusal(() -> String.format(Locale.ROOT,
                    "%s will not lend: debt and lease obligations would reach %.2fx trailing EBITDA, over the limit of "
                            + "%.2fx set by %s", l.name(), lev, limit, owner(l, setBy)));
            }
            double cover = Turn.cover(basis.lastTtmEbitda(), basis.interestPerYear() + debtPart * rate);
            if (!(cover >= minCover)) {
                double covenant = minCover;
                DebtInstrument setBy = coverOwner;
                return new Refusal(() -> String.format(Locale.ROOT,
                    "%s will not lend: interest cover would fall to %.1fx, below the covenant of %.1fx set by %s",
                    l.name(), cover, covenant, owner(l, setBy)));
            }
        }
        return new CreditTerms(l, project, debtPart, equityPart, spread, rate);
    }

    /** Who sets a limit: the lender itself, or another lender's covenant through cross-default. */
    private static String owner(Lender l, DebtInstrument d) {
        return d == null ? l.name() : d.lender() + " (" + d.id() + ", cross-default)";
    }

    private static Supplier<String> privateCredit(Turn w, PrivateCredit p) throws Refusal {
        CreditTerms terms = checkPrivateCredit(w, p);
        Lender l = terms.l();
        boolean project = terms.project();
        long debtPart = terms.debtPart();
        long equityPart = terms.equityPart();
        int spread = terms.spread();
        double rate = terms.rate();
        if (project) {
            return projectFinancing(w, p, l, spread, equityPart);
        }
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
        w.debts.add(new DebtInstrument(id, "private credit", l.name(), debtPart, debtPart, true, spread, 0.0, w.q,
                maturity, amortStart, amort, l.maxNetLeverage(), l.minInterestCover(), w.rating().spreadBp()));
        w.post(Account.CASH, Account.DEBT, debtPart, CashLine.DEBT_RAISED);
        w.debtRaisedThisQuarterM += debtPart;
        long newShares = 0;
        if (equityPart > 0) {
            newShares = Turn.round(equityPart * 1e6 / w.market.sharePrice());
            w.shares += newShares;
            w.post(Account.CASH, Account.PAID_IN_CAPITAL, equityPart, CashLine.EQUITY_ISSUED);
        }
        long coInvestShares = newShares;
        double base = w.baseRate();
        Quarter repaymentsFrom = amortStart;
        return () -> String.format(Locale.ROOT, "%s %s raised at %s (base %s + %d bp), floating; repayments from %s, "
                + "maturity %s; covenants: net leverage at most %.2fx, interest cover at least %.1fx%s", id,
                m(debtPart), pct(rate), pct(base), spread, repaymentsFrom, maturity, l.maxNetLeverage(),
                l.minInterestCover(), equityPart > 0 ? String.format(Locale.ROOT,
                        "; %s of equity co-invest (%,d new shares)", m(equityPart), coInvestShares) : "");
    }

    /**
     * A project SPV: the lender (with any equity co-invest) owns the site's projects, buys what Meta has
     * spent on them so far and pays the rest of their cost; Meta leases the capacity back and guarantees
     * part of its residual value. Off Meta's balance sheet; the rating counts the rent and the guarantee.
     */
    private static Supplier<String> projectFinancing(Turn w, PrivateCredit p, Lender l, int spread, long equityPart)
            throws Refusal {
        require(p.site() != null && w.sc.site(p.site()) != null, () -> "a project financing needs a site: "
                + names(w.sc.sites(), SiteSpec::id));
        SiteSpec spec = w.sc.site(p.site());
        SiteState site = w.site(spec.id());
        require(!site.hasPartner() || site.partner().equals(l.name()), () ->
                spec.name() + " already has a partner, " + site.partner());
        long spent = 0;
        long remaining = 0;
        for (ConstructionProject pr : w.projects) {
            if (pr.siteId().equals(spec.id()) && pr.partnerShare() == 0) {
                spent += pr.metaSpentM();
                remaining += pr.remainingCostM();
            }
        }
        long cost = spent + remaining;
        require(cost > 0, () -> "nothing is being built at " + spec.name() + " for an SPV to fund: start a build there first");
        require(p.amountM() <= cost, () -> String.format(Locale.ROOT,
                "the SPV can fund at most %s at %s, the cost of what is being built there", m(cost), spec.name()));
        double share = (double) p.amountM() / cost;
        long cashIn = 0;
        for (int i = 0; i < w.projects.size(); i++) {
            ConstructionProject pr = w.projects.get(i);
            if (pr.siteId().equals(spec.id()) && pr.partnerShare() == 0) {
                long sold = Turn.round(pr.metaSpentM() * share);
                cashIn += sold;
                w.projects.set(i, pr.with(pr.metaSpentM() - sold, pr.partnerSpentM() + sold, pr.quartersLeft(), share,
                        pr.delays()));
            }
        }
        w.post(Account.CASH, Account.CONSTRUCTION_IN_PROGRESS, cashIn, CashLine.ASSET_SALES);
        double yield = w.baseRate() + (spread + p.equityShare() * l.equityReturnPremiumBp()) / 10000.0;
        long rent = Turn.round(p.amountM() * yield / 4);
        Quarter ends = w.q.plus(l.tenorQuarters());
        long guarantee = Turn.round(p.amountM() * w.sc.finance().residualValueGuaranteeShare());
        String id = w.id("SPV");
        w.leases.add(new Lease(id, "project SPV", spec.id(), l.name(), rent, w.q.plus(1), ends, guarantee));
        w.replaceSite(site.withPartner(l.name(), share));
        long received = cashIn;
        return () -> String.format(Locale.ROOT, "%s: %s funds %.0f%% of the build at %s (%s of it equity); Meta receives %s "
                + "for what it has spent, leases the capacity back at %s a quarter until %s, and guarantees %s of "
                + "residual value — off the balance sheet, but the rating counts it", id, l.name(), share * 100,
                spec.name(), m(equityPart), m(received), m(rent), ends, m(guarantee));
    }

    private static Supplier<String> bond(Turn w, Bond b) throws Refusal {
        Finance f = w.sc.finance();
        require(f.bondTenorsYears().contains(b.tenorYears()), () -> "bond tenors on offer: " + f.bondTenorsYears() + " years");
        require(b.amountM() >= f.bondMinM(), () -> "a bond issue must be at least " + m(f.bondMinM()));
        require(w.bondsLaunchedThisQuarterM + b.amountM() <= f.bondMaxPerQuarterM(), () -> String.format(Locale.ROOT,
                "the market takes at most %s of Meta bonds a quarter (%s launched already)", m(f.bondMaxPerQuarterM()),
                m(w.bondsLaunchedThisQuarterM)));
        int termBp = f.bondTermPremiumBpPerYear() * b.tenorYears();
        double coupon = w.baseRate() + (w.marketSpreadBp() + termBp) / 10000.0;
        w.bondsLaunchedThisQuarterM += b.amountM();
        String id = w.id("BOND");
        Quarter closes = w.q.plus(f.bondArrangementQuarters());
        w.pendingBonds.add(new PendingBond(id, b.amountM(), coupon, b.tenorYears(), closes));
        if (f.bondArrangementQuarters() == 0) {
            FinanceRules.closeBonds(w);
        }
        RatingNotch rating = w.rating();
        return () -> String.format(Locale.ROOT, "%s priced at %s fixed (%s rating spread %d bp); cash arrives %s", id,
                pct(coupon), rating.name(), rating.spreadBp(),
                f.bondArrangementQuarters() == 0 ? "now" : "when it closes in " + closes);
    }

    private static Supplier<String> equity(Turn w, EquityRaise e) throws Refusal {
        Finance f = w.sc.finance();
        require(e.amountM() > 0, "the amount must be positive");
        long max = Turn.round(w.market.marketCapM() * f.equityMaxShareOfCapPerQuarter());
        require(e.amountM() <= max, () -> "the market takes at most " + m(max) + " of new Meta shares a quarter");
        double price = w.market.sharePrice() * (1 - f.equityDiscount());
        long newShares = Turn.round(e.amountM() * 1e6 / price);
        long fee = Turn.round(e.amountM() * f.equityFeeShare());
        w.shares += newShares;
        w.post(Account.CASH, Account.PAID_IN_CAPITAL, e.amountM(), CashLine.EQUITY_ISSUED);
        w.post(Account.PAID_IN_CAPITAL, Account.CASH, fee, CashLine.FINANCING_FEES);
        long sharesBefore = w.shares - newShares;
        return () -> String.format(Locale.ROOT, "%,d new shares at $%.2f (%.1f%% dilution), %s of fees", newShares, price,
                100.0 * newShares / sharesBefore, m(fee));
    }

    // ------------------------------------------------------------------ asset sales

    private static Supplier<String> assetSale(Turn w, AssetSale a) throws Refusal {
        require(a.asset() != null, "name an asset: a parcel held for sale or a site");
        String mode = a.mode() == null ? "" : a.mode();
        Finance f = w.sc.finance();
        Parcel parcel = null;
        for (Parcel p : w.parcels) {
            if (p.id().equalsIgnoreCase(a.asset())) {
                parcel = p;
            }
        }
        if (parcel != null) {
            ParcelSpec spec = w.sc.parcel(parcel.id());
            if (mode.equalsIgnoreCase("outright")) {
                long price = Turn.round(parcel.bookValueM() * spec.outrightPriceFactor() * w.macro.assetIndex());
                w.parcels.remove(parcel);
                w.post(Account.CASH, Account.HELD_FOR_SALE, parcel.bookValueM(), CashLine.ASSET_SALES);
                w.post(Account.CASH, Account.GAIN_ON_SALE, price - parcel.bookValueM(), CashLine.ASSET_SALES);
                Parcel sold = parcel;
                return () -> String.format(Locale.ROOT, "%s sold for %s (book %s, %s %s)", sold.name(), m(price),
                        m(sold.bookValueM()), price >= sold.bookValueM() ? "gain" : "loss",
                        m(Math.abs(price - sold.bookValueM())));
            }
            if (mode.equalsIgnoreCase("coDevelopment")) {
                SiteState site = w.site(spec.linkedSite());
                require(site != null, () -> "the parcel's site " + spec.linkedSite() + " is not in the scenario");
                require(!site.hasPartner(), () -> "the site already has a partner, " + site.partner());
                long distribution = Turn.round(parcel.bookValueM() * spec.jvDistributionShare());
                w.parcels.remove(parcel);
                w.post(Account.CASH, Account.HELD_FOR_SALE, parcel.bookValueM(), CashLine.ASSET_SALES);
                w.post(Account.CASH, Account.GAIN_ON_SALE, distribution, CashLine.ASSET_SALES);
                w.replaceSite(site.withPartner("co-development partner", spec.jvPartnerShare()));
                Parcel contributed = parcel;
                Scenario sc = w.sc;
                return () -> String.format(Locale.ROOT, "%s contributed to a co-development JV at book value (%s, no loss) "
                        + "plus a %s distribution; the partner will fund %.0f%% of what is built at %s, leased back",
                        contributed.name(), m(contributed.bookValueM()), m(distribution), spec.jvPartnerShare() * 100,
                        sc.site(site.id()).name());
            }
            throw new Refusal("a parcel can be sold outright or put into a coDevelopment JV");
        }
        SiteSpec spec = w.sc.site(a.asset());
        require(spec != null, () -> "no asset '" + a.asset() + "'; parcels: " + names(w.parcels, Parcel::id) + "; sites: "
                + names(w.sc.sites(), SiteSpec::id));
        SiteState site = w.site(spec.id());
        if (mode.equalsIgnoreCase("outright") || mode.equalsIgnoreCase("saleLeaseback")) {
            long book = removeBuildingBook(w, spec.id());
            require(site.ownedGw() > 0 && book > 0, () -> spec.name() + " has no capacity Meta owns to sell");
            long price = Turn.round(book * w.macro.assetIndex());
            w.post(Account.CASH, Account.BUILDINGS, book, CashLine.ASSET_SALES);
            w.post(Account.CASH, Account.GAIN_ON_SALE, price - book, CashLine.ASSET_SALES);
            if (mode.equalsIgnoreCase("outright")) {
                w.replaceSite(site.with(0, site.leasedGw()));
                return () -> String.format(Locale.ROOT, "%s sold for %s: %.2f GW of capacity lost", spec.name(), m(price),
                        site.ownedGw());
            }
            double yield = w.baseRate() + f.leaseYieldSpreadBp() / 10000.0;
            long rent = Turn.round(price * yield / 4);
            Quarter ends = w.q.plus(f.leaseTermQuarters() - 1);
            String id = w.id("SLB");
            w.leases.add(new Lease(id, "sale-leaseback", spec.id(), "buyer", rent, w.q, ends, 0));
            w.replaceSite(site.with(0, site.leasedGw() + site.ownedGw()));
            return () -> String.format(Locale.ROOT, "%s: %s sold for %s and leased back at %s a quarter until %s "
                    + "(%s a year, the capacity stays)", id, spec.name(), m(price), m(rent), ends, pct(yield));
        }
        if (mode.equalsIgnoreCase("coDevelopment")) {
            require(!site.hasPartner(), () -> spec.name() + " already has a partner, " + site.partner());
            double share = f.jvPartnerShare();
            long cashIn = 0;
            for (int i = 0; i < w.projects.size(); i++) {
                ConstructionProject pr = w.projects.get(i);
                if (pr.siteId().equals(spec.id()) && pr.partnerShare() == 0) {
                    long sold = Turn.round(pr.metaSpentM() * share);
                    cashIn += sold;
                    w.projects.set(i, pr.with(pr.metaSpentM() - sold, pr.partnerSpentM() + sold, pr.quartersLeft(),
                            share, pr.delays()));
                }
            }
            w.post(Account.CASH, Account.CONSTRUCTION_IN_PROGRESS, cashIn, CashLine.ASSET_SALES);
            w.replaceSite(site.withPartner("co-development partner", share));
            long received = cashIn;
            return () -> String.format(Locale.ROOT, "co-development JV at %s: the partner pays %.0f%% of what is built there "
                    + "(%s now for work done), Meta leases that share back when it is online", spec.name(), share * 100,
                    m(received));
        }
        throw new Refusal("mode must be outright, saleLeaseback or coDevelopment, not '" + mode + "'");
    }

    /** Book value of the buildings Meta owns at a site (what a sale would take off the books). */
    static long siteBook(Turn w, String siteId) {
        long book = 0;
        for (DepreciatingAsset d : w.otherAssets) {
            if (d.id().startsWith("SITE:" + siteId + ":")) {
                book += d.bookValueM();
            }
        }
        return book;
    }

    /** Takes a site's buildings off the asset list (when its book value is positive) and returns their book value. */
    private static long removeBuildingBook(Turn w, String siteId) {
        long book = siteBook(w, siteId);
        if (book > 0) {
            w.otherAssets.removeIf(d -> d.id().startsWith("SITE:" + siteId + ":"));
        }
        return book;
    }

    // ------------------------------------------------------------------ stakes

    private static Supplier<String> stake(Turn w, Stake s) throws Refusal {
        require(s.target() != null && w.sc.target(s.target()) != null, () -> "no target '" + s.target() + "'; targets: "
                + names(w.sc.targets(), StakeTarget::id));
        StakeTarget t = w.sc.target(s.target());
        require(!w.q.isBefore(Quarter.parse(t.availableFrom())), () -> t.name() + " is not for sale before " + t.availableFrom());
        StakeHolding held = w.stake(t.id());
        require(held == null, () -> String.format(Locale.ROOT, "Meta already holds %.0f%% of %s", held == null ? 0
                : held.share() * 100, t.name()));
        require(s.share() >= t.minStake() && s.share() <= t.maxStake(), () -> String.format(Locale.ROOT,
                "a stake in %s must be between %.0f%% and %.0f%%", t.name(), t.minStake() * 100, t.maxStake() * 100));
        boolean control = s.share() >= 0.5;
        long price = Turn.round(s.share() * t.valuationM() * (control ? 1 + t.controlPremium() : 1));
        needCash(w, price, "the stake");
        w.post(Account.INVESTMENTS, Account.CASH, price, CashLine.STAKES);
        double flight = t.customerFlightShare();
        double valueAfterFlight = t.valuationM() * (1 - flight);
        // Antitrust: drawn from the player's own stream (this reacts to the player, so it may differ by path).
        boolean probe = w.random.stream(w.q, "stake.antitrust." + t.id())
                .chance(control ? t.antitrustProbabilityControl() : t.antitrustProbability());
        Quarter integrated = w.q.plus(t.integrationQuarters());
        w.stakes.add(new StakeHolding(t.id(), s.share(), control, price, price, valueAfterFlight, w.q, integrated,
                probe, false));
        w.stars += t.leaderStars();
        Supplier<String> outcome = () -> String.format(Locale.ROOT,
                "%.0f%% of %s for %s (%s, valuing it at %s); its leader and team join (+%d stars); data and efficiency "
                        + "gains arrive in %s", s.share() * 100, t.name(), m(price), control ? "control" : "non-voting",
                m(t.valuationM()), t.leaderStars(), integrated);
        if (flight > 0) {
            w.event(new GameEvent.StakeNews(t.name(), String.format(Locale.ROOT,
                    "%s's other customers pull back after Meta's stake: its value falls %.0f%% to %s", t.name(),
                    flight * 100, m(Turn.round(valueAfterFlight)))));
        }
        if (probe) {
            w.event(new GameEvent.StakeNews(t.name(), "Antitrust regulators open a probe into Meta's stake in "
                    + t.name() + ": legal costs each quarter and a risk of forced divestiture"));
        }
        return outcome;
    }

    // ------------------------------------------------------------------ talent

    /** The package per star a rival's researchers ask of Meta now. */
    public static long askingPackage(Turn w, String rival) {
        Talent tal = w.sc.talent();
        double f = 1 + tal.packagePremiumPerRankBelowTen() * Math.max(0, w.ai.rank() - 10);
        f *= 1 + w.effect("counterOffer", rival);
        return Turn.round(tal.marketPackageM() * f);
    }

    private static Supplier<String> hire(Turn w, Hire h) throws Refusal {
        Talent tal = w.sc.talent();
        require(h.rival() != null && tal.rivals().stream().anyMatch(r -> r.equalsIgnoreCase(h.rival())), () ->
                "stars can be hired from " + String.join(", ", tal.rivals()));
        String rival = tal.rivals().stream().filter(r -> r.equalsIgnoreCase(h.rival())).findFirst().orElseThrow();
        int already = w.hiredFrom.values().stream().mapToInt(Integer::intValue).sum();
        require(h.stars() > 0, "hire at least one star");
        require(already + h.stars() <= tal.maxStarsPerQuarter(), () -> String.format(Locale.ROOT,
                "at most %d stars can be signed in a quarter (%d already)", tal.maxStarsPerQuarter(), already));
        long ask = askingPackage(w, rival);
        require(h.packageM() >= ask, () -> String.format(Locale.ROOT,
                "%s's stars want at least %s over 4 years to join a lab ranked #%d%s", cap(w, rival), m(ask), w.ai.rank(),
                w.effectActive("counterOffer", rival) ? " while " + cap(w, rival)
                        + " is counter-offering" : ""));
        require(h.packageM() <= tal.maxPackageM(), () -> "the board caps a package at " + m(tal.maxPackageM()));
        long firstQuarterCash = Turn.round(h.stars() * h.packageM() * tal.vestingByYear().get(0) / 4
                * (1 - tal.stockShare()));
        needCash(w, firstQuarterCash, "the first quarter of the packages");
        w.talent.add(new TalentCohort(w.id("STARS"), h.stars(), h.packageM(), rival, w.q));
        w.stars += h.stars();
        w.hiredFrom.merge(rival, h.stars(), Integer::sum);
        CompetitorState c = w.competitor(rival);
        if (c != null) {
            w.replaceCompetitor(new CompetitorState(c.id(), c.starsPoached() + h.stars(),
                    c.eloAdjustment() - tal.rivalSlowdownEloPerStar() * h.stars(), c.capexFactor(), c.latestElo(),
                    c.lastRelease()));
        }
        long total = (long) h.stars() * h.packageM();
        int starsNow = w.stars;
        Scenario sc = w.sc;
        return () -> String.format(Locale.ROOT, "%d stars from %s, %s in all over 4 years (%.0f%% in the first year, %.0f%% "
                + "in stock); %d stars at Meta now", h.stars(), cap(sc, rival), m(total), tal.vestingByYear().get(0) * 100,
                tal.stockShare() * 100, starsNow);
    }

    /** A rival's display name ("OpenAI" for "openai"). */
    static String cap(Turn w, String id) {
        return cap(w.sc, id);
    }

    static String cap(Scenario sc, String id) {
        var c = sc.competitor(id);
        return c != null ? c.name() : id;
    }

    private static Supplier<String> restructure(Turn w, Restructure r) throws Refusal {
        Costs c = w.sc.costs();
        require(!w.restructuredThisQuarter, "one restructuring a quarter");
        require(r.percent() > 0 && r.percent() <= c.restructuringMaxPercent(), () -> String.format(Locale.ROOT,
                "a restructuring cuts between 1%% and %.0f%% of the workforce", c.restructuringMaxPercent()));
        double fixed = CostRules.coreFixed(w);
        long saving = Turn.round(fixed * r.percent() / 100);
        long severance = Turn.round(saving * c.severanceQuartersOfSaving());
        needCash(w, severance, "severance");
        w.post(Account.RESTRUCTURING, Account.CASH, severance, CashLine.OPERATING_PAYMENTS);
        Policy p = w.policy;
        w.policy = new Policy(p.trainingShare(), p.resaleShare(), p.realityLabsBudgetM(), p.dividendPerShare(),
                p.buybackPerQuarterM(), p.workforceFactor() * (1 - r.percent() / 100));
        double morale = Turn.clamp(w.ai.morale() - w.sc.talent().moraleHitPerPercentLayoff() * r.percent(),
                w.sc.talent().minMorale(), 1.0);
        AiState a = w.ai;
        w.ai = new AiState(a.runCompute(), a.runQuarters(), a.runNumber(), a.dataQuality(), a.inferenceEfficiency(),
                a.reasoning(), a.bestElo(), a.bestModel(), a.rank(), morale, a.gpusOnline(), a.gpusIdle(),
                a.h100eOnline(), a.trainingH100e());
        w.restructuredThisQuarter = true;
        return () -> String.format(Locale.ROOT, "saves %s a quarter from now on; severance %s now; lab morale falls to %.0f%%",
                m(saving), m(severance), morale * 100);
    }

    // ------------------------------------------------------------------ compute

    /** The price of one GPU of a generation this quarter, with the shortage premium. */
    public static double gpuPrice(Turn w, GpuGeneration g) {
        int age = Math.max(0, w.q.minus(Quarter.parse(g.availableFrom())));
        double p = g.priceUsd() * StrictMath.pow(1 - g.priceDeclinePerQuarter(), age);
        p *= 1 + w.sc.macro().gpuPremiumPerShortage() * w.shortage();
        p *= 1 + w.effect("gpuPrice");
        return p;
    }

    public static int leadTime(Turn w, GpuGeneration g) {
        return g.leadTimeQuarters() + (w.shortage() > w.sc.macro().extraLeadTimeAbove() ? 1 : 0)
                + (int) StrictMath.round(w.effect("gpuLeadTime"));
    }

    private static Supplier<String> orderGpus(Turn w, OrderGpus o) throws Refusal {
        require(o.generation() != null && w.sc.generation(o.generation()) != null, () -> "no GPU generation '"
                + o.generation() + "'; generations: " + names(w.sc.gpuGenerations(), GpuGeneration::id));
        GpuGeneration g = w.sc.generation(o.generation());
        require(!w.q.isBefore(Quarter.parse(g.availableFrom())), () -> g.name() + " is not available before "
                + g.availableFrom());
        require(o.units() > 0, "order at least one GPU");
        long orderedThisQuarter = 0;
        for (GpuOrder existing : w.orders) {
            if (existing.placed().equals(w.q) && existing.generation().equals(g.id())) {
                orderedThisQuarter += existing.units();
            }
        }
        if (!(orderedThisQuarter + o.units() <= g.maxUnitsPerQuarter())) {
            throw new Refusal(String.format(Locale.ROOT,
                "Nvidia allocates Meta at most %,d %s a quarter (%,d ordered already)", g.maxUnitsPerQuarter(), g.name(),
                orderedThisQuarter));
        }
        double price = gpuPrice(w, g);
        long total = Turn.round(o.units() * price / 1e6);
        long deposit = Turn.round(total * g.depositShare());
        needCash(w, deposit, "the deposit");
        Quarter due = w.q.plus(leadTime(w, g));
        String id = w.id("ORDER");
        w.orders.add(new GpuOrder(id, g.id(), o.units(), 0, price, deposit, 0, w.q, due));
        w.post(Account.GPU_DEPOSITS, Account.CASH, deposit, CashLine.CAPEX_GPUS);
        double kw = o.units() * g.kwPerGpu() / 1e6;
        int lead = leadTime(w, g);
        // Why the delivery is further away than the catalogue's lead time, when it is.
        String why = lead == g.leadTimeQuarters() ? String.format(Locale.ROOT, "lead time %d quarters", lead)
                : String.format(Locale.ROOT, "%d quarters: the catalogue's lead time of %d %s", lead,
                        g.leadTimeQuarters(), lead > g.leadTimeQuarters() ? "plus the wait while GPUs are short"
                                : "shortened by an event");
        return () -> String.format(Locale.ROOT, "%s: %,d %s at $%,.0f each, %s in all (%s deposit now, the rest on "
                + "delivery); due %s (%s); they need %.2f GW of power (%,.0f H100 equivalents)", id, o.units(), g.name(),
                price, m(total), m(deposit), due, why, kw, o.units() * g.h100Equivalent());
    }

    private static Supplier<String> build(Turn w, Build b) throws Refusal {
        require(b.site() != null && w.sc.site(b.site()) != null, () -> "no site '" + b.site() + "'; sites: "
                + names(w.sc.sites(), SiteSpec::id));
        SiteSpec spec = w.sc.site(b.site());
        require(!w.q.isBefore(Quarter.parse(spec.availableFrom())), () -> spec.name() + " has no grid connection before "
                + spec.availableFrom());
        require(b.gw() > 0, "build a positive number of GW");
        SiteState site = w.site(spec.id());
        double underway = 0;
        for (ConstructionProject p : w.projects) {
            if (p.siteId().equals(spec.id())) {
                underway += p.gw();
            }
        }
        double left = spec.maxGw() - site.onlineGw() - underway;
        if (!(b.gw() <= left + 1e-9)) {
            // Say how much is left: "no capacity left" when 0.5 GW remains sends the player away from the site.
            throw new Refusal(left < 0.005 ? String.format(Locale.ROOT,
                "no powered capacity left at %s: its grid connection allows %.2f GW and %.2f GW is built or underway",
                spec.name(), spec.maxGw(), site.onlineGw() + underway) : String.format(Locale.ROOT,
                "only %.2f GW of powered capacity is left at %s (its grid connection allows %.2f GW and %.2f GW is "
                        + "built or underway): build at most %.2f GW there", left, spec.name(), spec.maxGw(),
                site.onlineGw() + underway, Math.floor(left * 100 + 1e-6) / 100));
        }
        long cost = Turn.round(b.gw() * spec.costPerGwM());
        // A co-development partner pays its share of every build at the site; an SPV funds only the
        // builds it financed.
        double share = "co-development partner".equals(site.partner()) ? site.partnerShare() : 0.0;
        long first = Turn.round(cost / (double) spec.buildQuarters() * (1 - share));
        needCash(w, first, "the first quarter of construction");
        String id = w.id("BUILD");
        w.projects.add(new ConstructionProject(id, spec.id(), b.gw(), cost, 0, 0, spec.buildQuarters(), share, 0));
        Quarter online = w.q.plus(spec.buildQuarters() - 1);
        double delayRisk = spec.powerDelayProbability() + w.effect("powerDelay");
        return () -> String.format(Locale.ROOT, "%s: %.2f GW at %s for %s excluding chips (%s a quarter%s), online in %s "
                + "if the grid holds (power delay risk %.0f%% a quarter)", id, b.gw(), spec.name(), m(cost),
                m(Turn.round(cost / (double) spec.buildQuarters())),
                share > 0 ? String.format(Locale.ROOT, ", %.0f%% paid by the partner", share * 100) : "",
                online, delayRisk * 100);
    }

    private static Supplier<String> rentCloud(Turn w, RentCloud c) throws Refusal {
        require(c.provider() != null && w.sc.cloudProvider(c.provider()) != null, () -> "no cloud '" + c.provider()
                + "'; clouds: " + names(w.sc.cloudProviders(), CloudProvider::id));
        CloudProvider p = w.sc.cloudProvider(c.provider());
        require(c.quarters() >= p.minQuarters() && c.quarters() <= p.maxQuarters(), () -> String.format(Locale.ROOT,
                "%s contracts run %d to %d quarters", p.name(), p.minQuarters(), p.maxQuarters()));
        long rented = 0;
        for (CloudContract cc : w.cloud) {
            if (cc.provider().equals(p.id()) && !w.q.isAfter(cc.ends())) {
                rented += cc.h100e();
            }
        }
        if (!(c.h100e() > 0 && rented + c.h100e() <= p.maxH100e())) {
            throw new Refusal(String.format(Locale.ROOT,
                "%s can offer at most %,d H100 equivalents (%,d already rented)", p.name(), p.maxH100e(), rented));
        }
        double price = p.pricePerH100eQuarter() * (1 - w.effect("priceWar"));
        long rent = Turn.round(c.h100e() * price / 1e6);
        Quarter starts = w.q.plus(p.leadQuarters());
        Quarter ends = starts.plus(c.quarters() - 1);
        if (p.leadQuarters() == 0) {
            needCash(w, rent, "the first quarter's rent");
        }
        String id = w.id("CLOUD");
        w.cloud.add(new CloudContract(id, p.id(), c.h100e(), rent, starts, ends));
        return () -> String.format(Locale.ROOT, "%s: %s a quarter from %s to %s, take-or-pay (%s committed in all)", id,
                m(rent), starts, ends, m(rent * c.quarters()));
    }

    // ------------------------------------------------------------------ settings

    private static Policy policy(Turn w, Double training, Double resale, Long rl, Double dps, Long buyback) {
        Policy p = w.policy;
        return new Policy(training == null ? p.trainingShare() : training, resale == null ? p.resaleShare() : resale,
                rl == null ? p.realityLabsBudgetM() : rl, dps == null ? p.dividendPerShare() : dps,
                buyback == null ? p.buybackPerQuarterM() : buyback, p.workforceFactor());
    }

    private static Supplier<String> trainingShare(Turn w, TrainingShare s) throws Refusal {
        Ai ai = w.sc.ai();
        require(s.share() >= ai.minTrainingShare() && s.share() <= ai.maxTrainingShare(), () -> String.format(Locale.ROOT,
                "the training share must be between %.0f%% and %.0f%%", ai.minTrainingShare() * 100,
                ai.maxTrainingShare() * 100));
        require(s.share() + w.policy.resaleShare() <= 1.0 + 1e-9, "training and resale together exceed all compute");
        w.policy = policy(w, s.share(), null, null, null, null);
        double resale = w.policy.resaleShare();
        return () -> String.format(Locale.ROOT, "%.0f%% of compute trains, %.0f%% serves ads and products", s.share() * 100,
                (1 - s.share() - resale) * 100);
    }

    private static Supplier<String> resale(Turn w, ComputeResale s) throws Refusal {
        double max = w.sc.finance().maxResaleShare();
        require(s.share() >= 0 && s.share() <= max, () -> String.format(Locale.ROOT,
                "the resale share must be between 0%% and %.0f%%", max * 100));
        require(s.share() + w.policy.trainingShare() <= 1.0 + 1e-9, "training and resale together exceed all compute");
        w.policy = policy(w, null, s.share(), null, null, null);
        return () -> String.format(Locale.ROOT, "%.0f%% of compute rented out", s.share() * 100);
    }

    private static Supplier<String> realityLabs(Turn w, RealityLabs r) throws Refusal {
        long max = 3 * w.sc.company().realityLabsBudgetM();
        require(r.budgetM() >= 0 && r.budgetM() <= max, () -> "the Reality Labs budget must be between $0 and " + m(max));
        // Cutting Reality Labs is not free: a one-off wind-down cost (severance, write-offs, contracts) for the
        // part of the budget cut, and its revenue shrinks with the budget (RevenueRules).
        long cut = Math.max(0, w.policy.realityLabsBudgetM() - r.budgetM());
        long windDown = Turn.round(cut * w.sc.costs().realityLabsWindDownQuartersOfCut());
        needCash(w, windDown, "winding down Reality Labs");
        w.post(Account.RESTRUCTURING, Account.CASH, windDown, CashLine.OPERATING_PAYMENTS);
        w.policy = policy(w, null, null, r.budgetM(), null, null);
        double revenueFactor = RevenueRules.realityLabsFactor(w.sc, r.budgetM());
        return () -> String.format(Locale.ROOT, "from this quarter%s; Reality Labs revenue at %.0f%% of the starting level",
                windDown > 0 ? ", with " + m(windDown) + " of wind-down costs now" : "", revenueFactor * 100);
    }

    private static Supplier<String> dividend(Turn w, Dividend d) throws Refusal {
        require(d.perShare() >= 0 && d.perShare() <= 10, "the dividend must be between $0 and $10 a share a quarter");
        w.policy = policy(w, null, null, null, d.perShare(), null);
        long total = Turn.round(w.shares * d.perShare() / 1e6);
        return () -> String.format(Locale.ROOT, "about %s a quarter", m(total));
    }

    private static Supplier<String> buyback(Turn w, Buyback b) throws Refusal {
        require(b.amountM() >= 0 && b.amountM() <= 50_000, "buybacks must be between $0 and $50.0B a quarter");
        w.policy = policy(w, null, null, null, null, b.amountM());
        return () -> "from this quarter, while cash stays above the operating minimum";
    }

    private static Supplier<String> repay(Turn w, Repay r) throws Refusal {
        require(r.instrument() != null, () -> "name the debt to repay: " + names(w.debts, DebtInstrument::id));
        DebtInstrument d = null;
        for (DebtInstrument x : w.debts) {
            if (x.id().equalsIgnoreCase(r.instrument())) {
                d = x;
            }
        }
        if (!(d != null)) {
            throw new Refusal("no debt '" + r.instrument() + "'; debts: " + names(w.debts, DebtInstrument::id));
        }
        if (!(r.amountM() > 0 && r.amountM() <= d.principalM())) {
            throw new Refusal("repay between $1M and " + m(d.principalM())
                + " of " + d.id());
        }
        needCash(w, r.amountM(), "the repayment");
        FinanceRules.repay(w, d, r.amountM(), "early repayment");
        long left = d.principalM() - r.amountM();
        String repaid = d.id();
        return () -> String.format(Locale.ROOT, "%s left on %s", m(left), repaid);
    }
}
