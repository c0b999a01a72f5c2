package dev.capex.tui;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.decision.Decision.*;
import dev.capex.engine.model.DebtInstrument;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Parcel;
import dev.capex.engine.model.Policy;
import dev.capex.engine.model.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The form of every lever: which fields it has (lists filled from the scenario and the state, numbers
 * typed by the player), how the fields become a {@link Decision}, and which glossary terms explain it.
 * The forms only translate what the player typed into decisions; the engine decides what they do.
 */
public final class Levers {
    private Levers() {
    }

    /** A choice in a list: the id the decision carries, the text the list shows, details shown beside. */
    public record Option(String id, String label, String detail) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A field of a form: a list of options (options non-null) or a number typed in a text box. */
    public record Field(String key, String label, List<Option> options, String initial, String hint) {
        public boolean isChoice() {
            return options != null;
        }
    }

    /** A lever: its decision type, title, family, menu key, fields, the terms it uses, and its builder. */
    public record Lever(String type, String title, String family, char key, String what, List<Field> fields,
            List<String> terms, Function<Map<String, String>, Decision> build) {
    }

    /** A number the player wrote that cannot be read; the message says how to write it. */
    public static final class BadValue extends IllegalArgumentException {
        public BadValue(String message) {
            super(message, null);
        }
    }

    static Field choice(String key, String label, List<Option> options, String initial) {
        return new Field(key, label, options, initial, "");
    }

    static Field number(String key, String label, String initial, String hint) {
        return new Field(key, label, null, initial, hint);
    }

    /** Every lever, in the order of {@link Decision#TYPES}, for this scenario and state. */
    public static List<Lever> all(Scenario sc, GameState s) {
        Policy p = s.policy();
        List<Option> lenders = new ArrayList<>();
        for (Scenario.Lender l : sc.lenders()) {
            lenders.add(new Option(l.id(), l.name(), String.format(Locale.ROOT,
                    "%s: base + %d bp, %d quarters, repayments from %s, %s to %s; covenants: net leverage <= %.2fx, "
                            + "interest cover >= %.1fx; equity co-invest up to %.0f%%; %s", l.name(), l.spreadBp(),
                    l.tenorQuarters(), l.amortizationStart(), Fmt.money(l.minM()), Fmt.money(l.maxM()),
                    l.maxNetLeverage(), l.minInterestCover(), l.maxEquityCoInvestShare() * 100,
                    String.join(" or ", l.structures()))));
        }
        List<Option> sites = new ArrayList<>();
        for (Scenario.SiteSpec site : sc.sites()) {
            double online = s.site(site.id()) == null ? 0 : s.site(site.id()).onlineGw();
            sites.add(new Option(site.id(), site.name(), String.format(Locale.ROOT,
                    "%s (%s): %.2f GW online of %.1f GW; %s a GW, %d quarters to build, grid delay risk %.0f%%, from %s",
                    site.name(), site.location(), online, site.maxGw(), Fmt.money(site.costPerGwM()), site.buildQuarters(),
                    site.powerDelayProbability() * 100, site.availableFrom())));
        }
        List<Option> structures = List.of(
                new Option("corporate", "corporate loan", "Corporate: on Meta's balance sheet, covenants on Meta."),
                new Option("project", "project SPV at a site", "Project SPV: the partner owns most of the site, Meta "
                        + "leases it back and guarantees residual value; off the balance sheet."));
        List<Option> tenors = new ArrayList<>();
        for (int t : sc.finance().bondTenorsYears()) {
            tenors.add(new Option(Integer.toString(t), t + " years", ""));
        }
        List<Option> assets = new ArrayList<>();
        for (Parcel parcel : s.parcels()) {
            assets.add(new Option(parcel.id(), parcel.name(), parcel.name() + ", book value " + Fmt.money(parcel.bookValueM())));
        }
        for (Option site : sites) {
            assets.add(new Option(site.id(), "site: " + site.label(), site.detail()));
        }
        List<Option> modes = List.of(
                new Option("outright", "outright", "Outright: cash now, the asset (and its capacity) is gone."),
                new Option("saleLeaseback", "sale-leaseback", "Sale-leaseback: cash now, rent every quarter for the term."),
                new Option("coDevelopment", "co-development (JV)", "Co-development: a partner funds a share of the build."));
        List<Option> targets = new ArrayList<>();
        for (Scenario.StakeTarget t : sc.targets()) {
            targets.add(new Option(t.id(), t.name(), String.format(Locale.ROOT,
                    "%s, %s valued %s, from %s: stake %.0f%%-%.0f%%; data +%.0f%%, %d stars, inference +%.0f%%; "
                            + "customers may flee (%.0f%%); antitrust risk %.0f%% (control %.0f%%)", t.name(), t.kind(),
                    Fmt.money(t.valuationM()), t.availableFrom(), t.minStake() * 100, t.maxStake() * 100,
                    t.dataQualityGain() * 100, t.leaderStars(), t.inferenceEfficiencyGain() * 100,
                    t.customerFlightShare() * 100, t.antitrustProbability() * 100, t.antitrustProbabilityControl() * 100)));
        }
        List<Option> rivals = new ArrayList<>();
        for (String r : sc.talent().rivals()) {
            Scenario.Competitor c = sc.competitor(r);
            rivals.add(new Option(r, c == null ? r : c.name(), ""));
        }
        List<Option> gens = new ArrayList<>();
        for (Scenario.GpuGeneration g : sc.gpuGenerations()) {
            gens.add(new Option(g.id(), g.id(), String.format(Locale.ROOT,
                    "%s: from %s, list $%,.0f, %.1f H100e, %.1f kW, lead time %d quarters (one more while GPUs are short), up to %s a quarter, "
                            + "%.0f%% deposit", g.name(), g.availableFrom(), g.priceUsd(), g.h100Equivalent(), g.kwPerGpu(),
                    g.leadTimeQuarters(), Fmt.units(g.maxUnitsPerQuarter()), g.depositShare() * 100)));
        }
        List<Option> clouds = new ArrayList<>();
        for (Scenario.CloudProvider c : sc.cloudProviders()) {
            clouds.add(new Option(c.id(), c.name(), String.format(Locale.ROOT,
                    "%s: $%,.0f per H100e a quarter, %d-%d quarters, up to %s H100e, starts after %d quarter(s)",
                    c.name(), c.pricePerH100eQuarter(), c.minQuarters(), c.maxQuarters(), Fmt.units(c.maxH100e()),
                    c.leadQuarters())));
        }
        List<Option> debts = new ArrayList<>();
        for (DebtInstrument d : s.debts()) {
            debts.add(new Option(d.id(), d.id() + " " + Fmt.money(d.principalM()), String.format(Locale.ROOT,
                    "%s (%s): %s outstanding, %s, matures %s", d.id(), d.lender(), Fmt.money(d.principalM()),
                    d.floating() ? "floating, base + " + d.spreadBp() + " bp" : String.format(Locale.ROOT,
                            "%.2f%% fixed", d.couponRate() * 100), d.maturity())));
        }
        String firstLenderMin = sc.lenders().isEmpty() ? "10B" : amount(sc.lenders().get(0).minM());

        List<Lever> out = new ArrayList<>();
        out.add(new Lever("privateCredit", "Private credit", "Financing", 'a',
                "Borrow from a private credit lender: a corporate loan, or a project SPV tied to a site.",
                List.of(choice("lender", "Lender", lenders, null),
                        number("amount", "Amount", firstLenderMin, "$M, or 20B"),
                        choice("structure", "Structure", structures, "corporate"),
                        choice("site", "Site (SPV)", sites, null),
                        number("equity", "Equity co-invest", "0%", "share, 0% to the lender's max")),
                List.of("Private credit", "Covenant", "SPV", "Residual value guarantee", "Net leverage",
                        "Interest cover"),
                v -> new PrivateCredit(v.get("lender"), money(v.get("amount"), "amount"), v.get("structure"),
                        "project".equals(v.get("structure")) ? v.get("site") : null, share(v.get("equity"), "equity co-invest"))));
        out.add(new Lever("bond", "Public bond", "Financing", 'b',
                "Issue a bond at the rating's spread: fixed rate, cash when it closes.",
                List.of(number("amount", "Amount", amount(Math.max(sc.finance().bondMinM(), 5000)), "$M, or 10B"),
                        choice("tenor", "Tenor", tenors, "10")),
                List.of("Public bond", "Rating notch"),
                v -> new Bond(money(v.get("amount"), "amount"), Integer.parseInt(v.get("tenor")))));
        out.add(new Lever("equityRaise", "Equity raise", "Financing", 'c',
                "Sell new shares at a discount to the market price.",
                List.of(number("amount", "Amount", "10B", "$M, or 10B")),
                List.of("Equity raise", "TSR"),
                v -> new EquityRaise(money(v.get("amount"), "amount"))));
        out.add(new Lever("assetSale", "Asset sale", "Assets and stakes", 'd',
                "Sell land, a site or a share of a build: outright, sale-leaseback or co-development.",
                List.of(choice("asset", "Asset", assets, null), choice("mode", "How", modes, null)),
                List.of("Sale-leaseback", "Co-development", "Residual value guarantee"),
                v -> new AssetSale(v.get("asset"), v.get("mode"))));
        out.add(new Lever("stake", "Stake in a company", "Assets and stakes", 'e',
                "Buy a stake: below 50% non-voting, 50% or more control.",
                List.of(choice("target", "Target", targets, null), number("share", "Share", "49%", "e.g. 49% or 0.49")),
                List.of("Non-voting stake"),
                v -> new Stake(v.get("target"), share(v.get("share"), "share"))));
        out.add(new Lever("hire", "Hire star researchers", "Talent", 'f',
                "Hire stars from a rival on a package per star over four years.",
                List.of(number("stars", "Stars", "2", "how many"),
                        number("package", "Package per star", amount(sc.talent().marketPackageM()), "$M over 4 years"),
                        choice("rival", "From", rivals, null)),
                List.of("Arena rank and Elo"),
                v -> new Hire((int) whole(v.get("stars"), "stars"), money(v.get("package"), "package"), v.get("rival"))));
        out.add(new Lever("restructure", "Restructure", "Talent", 'g',
                "Lay off a share of the workforce: costs fall, morale and progress suffer.",
                List.of(number("percent", "Workforce cut", "5%", "percent")),
                List.of("EBITDA"),
                v -> new Restructure(percent(v.get("percent"), "workforce cut"))));
        out.add(new Lever("orderGpus", "Order GPUs", "Compute", 'h',
                "Order GPUs: a deposit now, the rest on delivery; they need powered capacity.",
                List.of(choice("generation", "Generation", gens, "B200"), number("units", "Units", "100000", "e.g. 300000 or 300k")),
                List.of("H100 equivalent", "Depreciation"),
                v -> new OrderGpus(v.get("generation"), count(v.get("units"), "units"))));
        out.add(new Lever("build", "Build data centers", "Compute", 'i',
                "Build powered capacity at a site (cost per GW, excluding chips).",
                List.of(choice("site", "Site", sites, "prometheus"), number("gw", "GW", "0.5", "gigawatts, e.g. 0.5")),
                List.of("Depreciation"),
                v -> new Build(v.get("site"), decimal(v.get("gw"), "GW"))));
        out.add(new Lever("rentCloud", "Rent cloud capacity", "Compute", 'j',
                "Rent GPU capacity by the quarter: fast, an operating cost, take-or-pay.",
                List.of(choice("provider", "Provider", clouds, null), number("h100e", "H100e", "100000", "H100 equivalents"),
                        number("quarters", "Quarters", "8", "term")),
                List.of("Take-or-pay", "H100 equivalent"),
                v -> new RentCloud(v.get("provider"), count(v.get("h100e"), "H100e"), (int) whole(v.get("quarters"), "quarters"))));
        out.add(new Lever("trainingShare", "Training share", "Compute", 'k',
                "The share of online compute that trains the next model (the rest serves ads).",
                List.of(number("share", "Training share", Fmt.pct(p.trainingShare()), "e.g. 40%")),
                List.of("Training share", "Arena rank and Elo"),
                v -> new TrainingShare(share(v.get("share"), "training share"))));
        out.add(new Lever("computeResale", "Compute resale", "Compute", 'l',
                "The share of online compute rented out to others.",
                List.of(number("share", "Resale share", Fmt.pct(p.resaleShare()), "e.g. 10%")),
                List.of("H100 equivalent"),
                v -> new ComputeResale(share(v.get("share"), "resale share"))));
        out.add(new Lever("realityLabs", "Reality Labs budget", "Shareholders and other", 'm',
                "Reality Labs spending per quarter.",
                List.of(number("budget", "Budget a quarter", amount(p.realityLabsBudgetM()), "$M, or 4.5B")),
                List.of("EBITDA"),
                v -> new RealityLabs(money(v.get("budget"), "budget"))));
        out.add(new Lever("dividend", "Dividend", "Shareholders and other", 'n',
                "Dividend per share per quarter.",
                List.of(number("perShare", "Per share", String.format(Locale.ROOT, "%.3f", p.dividendPerShare()), "$ a share")),
                List.of("TSR", "Free cash flow"),
                v -> new Dividend(decimal(v.get("perShare"), "dividend per share"))));
        out.add(new Lever("buyback", "Share buybacks", "Shareholders and other", 'o',
                "Share buybacks per quarter (stays until changed).",
                List.of(number("amount", "Per quarter", amount(p.buybackPerQuarterM()), "$M, or 9B")),
                List.of("TSR", "Free cash flow"),
                v -> new Buyback(money(v.get("amount"), "amount"))));
        out.add(new Lever("repay", "Repay debt", "Debt", 'p',
                "Repay debt early.",
                List.of(choice("instrument", "Debt", debts, null), number("amount", "Amount", "1000", "$M")),
                List.of("Emergency facility", "Net leverage"),
                v -> new Repay(v.get("instrument"), money(v.get("amount"), "amount"))));
        return out;
    }

    public static Lever byType(List<Lever> levers, String type) {
        for (Lever l : levers) {
            if (l.type().equals(type)) {
                return l;
            }
        }
        throw new IllegalArgumentException("no lever " + type);
    }

    /** The field values that rebuild a queued decision (to edit it). */
    public static Map<String, String> valuesOf(Decision d) {
        Map<String, String> v = new LinkedHashMap<>();
        if (d instanceof PrivateCredit x) {
            v.put("lender", x.lender());
            v.put("amount", amount(x.amountM()));
            v.put("structure", x.project() ? "project" : "corporate");
            if (x.site() != null) {
                v.put("site", x.site());
            }
            v.put("equity", Fmt.pct(x.equityShare()));
        } else if (d instanceof Bond x) {
            v.put("amount", amount(x.amountM()));
            v.put("tenor", Integer.toString(x.tenorYears()));
        } else if (d instanceof EquityRaise x) {
            v.put("amount", amount(x.amountM()));
        } else if (d instanceof AssetSale x) {
            v.put("asset", x.asset());
            v.put("mode", x.mode());
        } else if (d instanceof Stake x) {
            v.put("target", x.target());
            v.put("share", Fmt.pct(x.share()));
        } else if (d instanceof Hire x) {
            v.put("stars", Integer.toString(x.stars()));
            v.put("package", amount(x.packageM()));
            v.put("rival", x.rival());
        } else if (d instanceof Restructure x) {
            v.put("percent", String.format(Locale.ROOT, "%.0f%%", x.percent()));
        } else if (d instanceof OrderGpus x) {
            v.put("generation", x.generation());
            v.put("units", Long.toString(x.units()));
        } else if (d instanceof Build x) {
            v.put("site", x.site());
            v.put("gw", String.format(Locale.ROOT, "%.2f", x.gw()));
        } else if (d instanceof RentCloud x) {
            v.put("provider", x.provider());
            v.put("h100e", Long.toString(x.h100e()));
            v.put("quarters", Integer.toString(x.quarters()));
        } else if (d instanceof TrainingShare x) {
            v.put("share", Fmt.pct(x.share()));
        } else if (d instanceof ComputeResale x) {
            v.put("share", Fmt.pct(x.share()));
        } else if (d instanceof RealityLabs x) {
            v.put("budget", amount(x.budgetM()));
        } else if (d instanceof Dividend x) {
            v.put("perShare", String.format(Locale.ROOT, "%.3f", x.perShare()));
        } else if (d instanceof Buyback x) {
            v.put("amount", amount(x.amountM()));
        } else if (d instanceof Repay x) {
            v.put("instrument", x.instrument());
            v.put("amount", amount(x.amountM()));
        }
        return v;
    }

    /** Millions as a player types them: 20000, 20B, 1.5B, 500M, $20,000. */
    static String amount(long m) {
        return m % 1000 == 0 && m != 0 ? (m / 1000) + "B" : Long.toString(m);
    }

    static long money(String s, String what) {
        String t = clean(s, what).replace("$", "").toUpperCase(Locale.ROOT);
        double factor = 1;
        if (t.endsWith("T")) {
            factor = 1_000_000;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("B")) {
            factor = 1000;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("M")) {
            t = t.substring(0, t.length() - 1);
        }
        return Math.round(number(t, what, "an amount in $M, like 20000 or 20B") * factor);
    }

    static long count(String s, String what) {
        String t = clean(s, what).toUpperCase(Locale.ROOT);
        double factor = 1;
        if (t.endsWith("K")) {
            factor = 1000;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("M")) {
            factor = 1_000_000;
            t = t.substring(0, t.length() - 1);
        }
        return Math.round(number(t, what, "a number like 300000 or 300k") * factor);
    }

    static long whole(String s, String what) {
        double d = number(clean(s, what), what, "a whole number");
        if (d != Math.rint(d)) {
            throw new BadValue(what + ": write a whole number");
        }
        return (long) d;
    }

    static double decimal(String s, String what) {
        return number(clean(s, what).replace("$", ""), what, "a number like 0.5");
    }

    /** A share: 49% or 0.49. */
    static double share(String s, String what) {
        String t = clean(s, what);
        if (t.endsWith("%")) {
            return number(t.substring(0, t.length() - 1), what, "a share like 49% or 0.49") / 100;
        }
        return number(t, what, "a share like 49% or 0.49");
    }

    /** A percent: 5% or 5. */
    static double percent(String s, String what) {
        String t = clean(s, what);
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1);
        }
        return number(t, what, "a percent like 5%");
    }

    private static String clean(String s, String what) {
        String t = s == null ? "" : s.trim().replace(",", "");
        if (t.isEmpty()) {
            throw new BadValue(what + ": required");
        }
        return t;
    }

    private static double number(String t, String what, String how) {
        try {
            double d = Double.parseDouble(t);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new BadValue(what + ": write " + how);
        }
    }
}
