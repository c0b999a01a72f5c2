package dev.capex.engine.decision;

import java.util.Locale;

/**
 * A decision of the player's for one quarter. Each kind is a record; the engine validates it against
 * the state of the quarter (in the order decisions were queued) and either applies it or refuses it
 * with a reason. Each kind's rule is listed in the engine's lever registry
 * (dev.capex.engine.levers.LeverRules), which gives every shell part the levers and their names.
 * Money is in millions of US dollars.
 */
public sealed interface Decision {

    /**
     * The name of this kind of decision in plan files, saves and a scenario's levers switched off: its
     * record's name with a lower-case first letter ("orderGpus"), so it is spelled once.
     */
    default String type() {
        return typeOf(getClass());
    }

    /** The name of a kind of decision, from its record: OrderGpus is "orderGpus". */
    static String typeOf(Class<? extends Decision> record) {
        String n = record.getSimpleName();
        return Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }

    /** One line a player reads, e.g. "order 300,000 B200". */
    String summary();

    /**
     * Money for a player: "$1.25T", "$29.0B", "$750M". Written with integer arithmetic rather than
     * String.format (which the engine calls for every event and refusal): the same text as
     * {@code String.format(Locale.ROOT, "$%.2fT", |m| / 1e6)} and {@code "$%.1fB"} of |m| / 1e3 (a minus sign
     * before the dollar), whose
     * half-up rounding of the exact decimal m / 10^k is what the integer rounding below does; a test
     * compares the two over millions of amounts.
     */
    static String money(long m) {
        if (m == Long.MIN_VALUE) {
            m = -Long.MAX_VALUE; // its absolute value does not fit a long; one million dollars in 9e18 is not seen
        }
        long a = Math.abs(m);
        if (a >= 1_000_000) {
            return scaled(m, a, 10_000, 100, "T");
        }
        if (a >= 1000) {
            return scaled(m, a, 100, 10, "B");
        }
        return m < 0 ? "-$" + (-m) + "M" : "$" + m + "M";
    }

    /** a / unit rounded half-up (away from zero) to 1 / decimals, with the sign of m. */
    private static String scaled(long m, long a, long unit, int decimals, String suffix) {
        long r = a / unit + (a % unit >= unit / 2 ? 1 : 0); // no overflow near Long.MAX_VALUE
        long whole = r / decimals;
        long frac = r % decimals;
        // The sign goes before the currency: "-$7.3B", as an accountant writes it, never "$-7.3B".
        StringBuilder sb = new StringBuilder(12);
        if (m < 0) {
            sb.append('-');
        }
        sb.append('$');
        sb.append(whole).append('.');
        if (decimals == 100 && frac < 10) {
            sb.append('0');
        }
        return sb.append(frac).append(suffix).toString();
    }

    /** Borrow from a private credit lender: corporate (on balance sheet) or a project SPV tied to a site. */
    record PrivateCredit(String lender, long amountM, String structure, String site, double equityShare)
            implements Decision {
        public boolean project() {
            return "project".equalsIgnoreCase(structure) || "spv".equalsIgnoreCase(structure);
        }

        public String summary() {
            return (project() ? "project SPV at " + site + " with " : "private credit from ") + lender + ", "
                    + money(amountM) + (equityShare > 0
                    ? String.format(Locale.ROOT, " (%.0f%% equity co-invest)", equityShare * 100) : "");
        }
    }

    /**
     * A Hyperion-style joint venture for a site: an equity partner holds most of the JV, the JV's own bonds
     * fund the build, Meta contributes the site's land and construction in kind and receives a one-off
     * distribution, and leases the campus back for a short initial term with extensions, guaranteeing part
     * of its residual value. Two parties (the equity partner and the bond investors) in one decision.
     */
    record JointVenture(String site, double gw, String partner, double partnerShare, long distributionM,
            int leaseYears, int extensionYears, double guaranteeShare) implements Decision {
        public String summary() {
            return String.format(Locale.ROOT, "joint venture at %s: %.2f GW, %s holds %.0f%%, %s to Meta, lease %d+%d years",
                    site, gw, partner, partnerShare * 100, money(distributionM), leaseYears, extensionYears);
        }
    }

    /** Issue a public bond at the rating's spread; it closes after the arrangement time. */
    record Bond(long amountM, int tenorYears) implements Decision {
        public String summary() {
            return "issue a " + tenorYears + "-year bond of " + money(amountM);
        }
    }

    /**
     * A public bond deal of several tranches, one per tenor, launched and closed in the same quarter; each
     * tranche is priced off the Treasury curve at its tenor plus Meta's credit spread (Meta's October 2025
     * deal: 30B in tranches from 5 to 40 years).
     */
    record BondDeal(java.util.List<Tranche> tranches) implements Decision {
        public BondDeal {
            tranches = tranches == null ? java.util.List.of()
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(tranches));
        }

        /** One tranche: an amount at a tenor. */
        public record Tranche(long amountM, int tenorYears) {
        }

        public String summary() {
            long total = 0;
            StringBuilder tenors = new StringBuilder();
            for (Tranche t : tranches) {
                if (t == null) {
                    continue;
                }
                total += t.amountM();
                tenors.append(tenors.length() == 0 ? "" : ", ").append(t.tenorYears());
            }
            return "bond deal of " + money(total) + " in " + tranches.size() + (tranches.size() == 1 ? " tranche" : " tranches")
                    + " (" + tenors + " years)";
        }
    }

    /**
     * Release or hold back a model (Meta held back Behemoth in 2025). {@code hold}: the run in training is held
     * back when it finishes (its compute is spent; it enters no arena until released). {@code release}: a
     * held model named {@code model} is released now (its Elo less its staleness), or, naming the run in
     * training, a hold on it is cancelled. Without a decision every finished run is released at once.
     */
    record ModelRelease(String action, String model) implements Decision {
        public String summary() {
            boolean hold = "hold".equalsIgnoreCase(action);
            String what = model == null || model.isBlank() ? "the run in training" : model;
            return (hold ? "hold back " : "release ") + what;
        }
    }

    /** Sell new shares at a discount to the market price. */
    record EquityRaise(long amountM) implements Decision {
        public String summary() {
            return "raise " + money(amountM) + " of new equity";
        }
    }

    /** Sell land, construction or a site: outright, saleLeaseback or coDevelopment (JV). */
    record AssetSale(String asset, SaleMode mode) implements Decision {
        public String summary() {
            return modeWords(mode) + " of " + asset;
        }

        /** How a player says the mode: "outright sale", "sale-leaseback", "co-development" ("null" when none). */
        public static String modeWords(SaleMode mode) {
            return mode == null ? "null" : mode.words();
        }
    }

    /** Buy a stake in a target company (below 50% non-voting, 50% or more control). */
    record Stake(String target, double share) implements Decision {
        public String summary() {
            return String.format(Locale.ROOT, "buy %.0f%% of %s", share * 100, target);
        }
    }

    /** Hire star researchers from a rival on a package per star over four years. */
    record Hire(int stars, long packageM, String rival) implements Decision {
        public String summary() {
            return "hire " + stars + " stars from " + rival + " at " + money(packageM) + " each over 4 years";
        }
    }

    /**
     * Freeze hiring for a number of quarters (0 lifts a freeze): the core workforce stops growing, so core
     * costs stay at their level, and no star can be hired while it lasts (Meta froze hiring in its
     * superintelligence lab in August 2025).
     */
    record HiringFreeze(int quarters) implements Decision {
        public String summary() {
            return quarters == 0 ? "lift the hiring freeze" : "freeze hiring for " + quarters + " quarters";
        }
    }

    /** Lay off a share of the workforce (percent of core operating costs' fixed part). */
    record Restructure(double percent) implements Decision {
        public String summary() {
            return String.format(Locale.ROOT, "restructure: cut %.0f%% of the workforce", percent);
        }
    }

    /** Order GPUs of a generation. */
    record OrderGpus(String generation, long units) implements Decision {
        public String summary() {
            return String.format(Locale.ROOT, "order %,d %s", units, generation);
        }
    }

    /** Build data-center capacity at a site. */
    record Build(String site, double gw) implements Decision {
        public String summary() {
            return String.format(Locale.ROOT, "build %.2f GW at %s", gw, site);
        }
    }

    /** Rent cloud GPU capacity (H100 equivalents) for a number of quarters, take-or-pay. */
    record RentCloud(String provider, long h100e, int quarters) implements Decision {
        public String summary() {
            return String.format(Locale.ROOT, "rent %,d H100e from %s for %d quarters", h100e, provider, quarters);
        }
    }

    /** Share of online compute that trains models (the rest serves ads and products). */
    record TrainingShare(double share) implements Decision {
        public String summary() {
            return String.format(Locale.ROOT, "training share %.0f%%", share * 100);
        }
    }

    /** Share of online compute rented out to others. */
    record ComputeResale(double share) implements Decision {
        public String summary() {
            return String.format(Locale.ROOT, "compute resale %.0f%%", share * 100);
        }
    }

    /** Reality Labs spending per quarter. */
    record RealityLabs(long budgetM) implements Decision {
        public String summary() {
            return "Reality Labs budget " + money(budgetM) + " a quarter";
        }
    }

    /** Dividend per share per quarter. */
    record Dividend(double perShare) implements Decision {
        public String summary() {
            return String.format(Locale.ROOT, "dividend $%.3f a share a quarter", perShare);
        }
    }

    /** Share buybacks per quarter (stays until changed). */
    record Buyback(long amountM) implements Decision {
        public String summary() {
            return "buy back " + money(amountM) + " a quarter";
        }
    }

    /** Repay debt early: an instrument id, or "emergency" for the emergency facility. */
    record Repay(String instrument, long amountM) implements Decision {
        public String summary() {
            return "repay " + money(amountM) + " of " + instrument;
        }
    }

    /**
     * Defer the deliveries still due on a GPU order by some quarters, or cancel them (quarters 0), at the
     * penalty the scenario sets (economics.liquidity).
     */
    record DeferGpus(String order, int quarters) implements Decision {
        public String summary() {
            return quarters == 0 ? "cancel GPU order " + order : "defer GPU order " + order + " by " + quarters
                    + " quarter" + (quarters == 1 ? "" : "s");
        }
    }

}
