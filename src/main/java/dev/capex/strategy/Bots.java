package dev.capex.strategy;

import dev.capex.engine.decision.SaleMode;
import dev.capex.engine.Engine;
import dev.capex.engine.LiveGame;
import dev.capex.engine.Preview;
import dev.capex.engine.ProForma;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.decision.Decision.*;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.*;
import dev.capex.engine.model.Scenario.*;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.random.RandomStreams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in bots. Each reacts to the state each quarter and uses only what a player sees. They are
 * reference strategies for the scorecard and for luck-versus-skill comparisons, not optimal play
 * (docs/bots.md). Every bot is stateless and deterministic given (scenario, state), so a batch run can
 * share one instance between threads; and it sends only decisions the engine accepts (it previews them).
 */
public final class Bots {
    private Bots() {
    }

    public static Map<String, Strategy> all() {
        Map<String, Strategy> m = new LinkedHashMap<>();
        m.put("status-quo", new StatusQuo());
        m.put("conservative", new Conservative());
        m.put("leverage", new Leverage());
        m.put("asset-light", new AssetLight());
        m.put("talent-first", new TalentFirst());
        m.put("random", new RandomBot());
        return m;
    }

    public static Strategy named(String name) {
        return all().get(name);
    }

    /**
     * What the bots read from a scenario that does not change during a game, worked out once per scenario:
     * the generations newest first (a stable sort: equal quarters in the scenario's order) with their first
     * quarters as ordinals, the sites' first quarters, each generation's power draw by id, and the lenders that
     * lend corporate. Immutable, so bots shared between threads can share it.
     */
    static final class Tables {
        final Scenario sc;
        final GpuGeneration[] newestFirst;
        final int[] newestFirstFrom;
        final SiteSpec[] sites;
        final int[] siteFrom;
        /** The generations' ids as the scenario holds them, and each one's draw ({@code sc.generation(id).kwPerGpu()}). */
        private final String[] ids;
        private final double[] kws;
        final Lender[] corporateLenders;

        Tables(Scenario sc) {
            this.sc = sc;
            List<GpuGeneration> all = sc.gpuGenerations();
            newestFirst = new GpuGeneration[all.size()];
            newestFirstFrom = new int[all.size()];
            for (int i = 0; i < all.size(); i++) {
                GpuGeneration g = all.get(i);
                int f = Quarter.parse(g.availableFrom()).ordinal();
                int j = i;
                while (j > 0 && newestFirstFrom[j - 1] < f) {
                    newestFirst[j] = newestFirst[j - 1];
                    newestFirstFrom[j] = newestFirstFrom[j - 1];
                    j--;
                }
                newestFirst[j] = g;
                newestFirstFrom[j] = f;
            }
            ids = new String[all.size()];
            kws = new double[all.size()];
            for (int i = 0; i < all.size(); i++) {
                ids[i] = all.get(i).id();
                kws[i] = sc.generation(ids[i]).kwPerGpu();
            }
            sites = sc.sites().toArray(new SiteSpec[0]);
            siteFrom = new int[sites.length];
            for (int i = 0; i < sites.length; i++) {
                siteFrom[i] = Quarter.parse(sites[i].availableFrom()).ordinal();
            }
            List<Lender> corporate = new ArrayList<>();
            for (Lender l : sc.lenders()) {
                if (l.structures().contains(dev.capex.engine.model.CreditStructure.corporate)) {
                    corporate.add(l);
                }
            }
            corporateLenders = corporate.toArray(new Lender[0]);
        }

        /** A GPU's draw in kW, as {@code sc.generation(id).kwPerGpu()}. */
        double kwPerGpu(String generation) {
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] == generation) { // the scenario's own id, as the state's records mostly hold it
                    return kws[i];
                }
            }
            for (int i = 0; i < ids.length; i++) { // kws[i] is sc.generation(ids[i])'s draw
                if (ids[i].equals(generation)) {
                    return kws[i];
                }
            }
            return sc.generation(generation).kwPerGpu();
        }
    }

    /** The tables of one scenario, made when a bot first meets it (bots are shared between threads). */
    abstract static class Bot implements Strategy {
        private volatile Tables tables;

        final Tables tables(Scenario sc) {
            Tables t = tables;
            if (t == null || t.sc != sc) {
                t = new Tables(sc);
                tables = t;
            }
            return t;
        }
    }

    /**
     * What the bots read of the position a quarter starts from: a {@link GameState}'s, or a {@link LiveGame}'s
     * read from its working state without the state being built (the same figures, summed in the same order).
     */
    interface Position {
        Quarter quarter();

        int turn();

        long cashM();

        double gwOnline();

        double gwUnderConstruction();

        SiteState site(String id);

        /** How many GPU cohorts the fleet has. */
        int cohortCount();

        /** Cohort {@code i}'s units (current; its book value is not read here). */
        long cohortUnits(int i);

        /** Cohort {@code i}'s generation id. */
        String cohortGeneration(int i);

        List<GpuOrder> orders();

        List<ConstructionProject> projects();

        static Position of(GameState s) {
            return new Position() {
                public Quarter quarter() {
                    return s.quarter();
                }

                public int turn() {
                    return s.turn();
                }

                public long cashM() {
                    return s.cashM();
                }

                public double gwOnline() {
                    return s.gwOnline();
                }

                public double gwUnderConstruction() {
                    return s.gwUnderConstruction();
                }

                public SiteState site(String id) {
                    return s.site(id);
                }

                public int cohortCount() {
                    return s.fleet().cohorts().size();
                }

                public long cohortUnits(int i) {
                    return s.fleet().cohorts().get(i).units();
                }

                public String cohortGeneration(int i) {
                    return s.fleet().cohorts().get(i).generation();
                }

                public List<GpuOrder> orders() {
                    return s.fleet().orders();
                }

                public List<ConstructionProject> projects() {
                    return s.estate().projects();
                }
            };
        }

        static Position of(LiveGame g) {
            return new Position() {
                public Quarter quarter() {
                    return g.quarter();
                }

                public int turn() {
                    return g.turn();
                }

                public long cashM() {
                    return g.cashM();
                }

                public double gwOnline() {
                    return g.gwOnline();
                }

                public double gwUnderConstruction() {
                    return g.gwUnderConstruction();
                }

                public SiteState site(String id) {
                    return g.site(id);
                }

                public int cohortCount() {
                    return g.cohortCount();
                }

                public long cohortUnits(int i) {
                    return g.cohortUnits(i);
                }

                public String cohortGeneration(int i) {
                    return g.cohortGeneration(i);
                }

                public List<GpuOrder> orders() {
                    return g.orders();
                }

                public List<ConstructionProject> projects() {
                    return g.projects();
                }
            };
        }
    }

    /** The newest GPU generation available this quarter (the first of the newest in the scenario's order). */
    static GpuGeneration newestGeneration(Tables t, Quarter q) {
        int now = q.ordinal();
        for (int i = 0; i < t.newestFirst.length; i++) {
            if (t.newestFirstFrom[i] <= now) {
                return t.newestFirst[i];
            }
        }
        return null;
    }

    /** The n newest generations available this quarter, newest first (equal quarters in the scenario's order). */
    static List<GpuGeneration> newestGenerations(Tables t, Quarter q, int n) {
        int now = q.ordinal();
        List<GpuGeneration> gs = new ArrayList<>(n);
        for (int i = 0; i < t.newestFirst.length && gs.size() < n; i++) {
            if (t.newestFirstFrom[i] <= now) {
                gs.add(t.newestFirst[i]);
            }
        }
        return gs;
    }

    /**
     * Decisions the engine accepts, in order: refused ones are dropped (a bot never sends what it knows
     * fails). Each decision is judged after the accepted ones before it, exactly as if each were
     * previewed on its own after them, but with one preview per refusal instead of one per decision:
     * the preview of the whole remaining list agrees with the one-by-one previews up to its first
     * refusal (the engine applies decisions in order, and a decision's fate depends only on what came
     * before it); the refused one is dropped and the rest previewed again after the accepted ones.
     */
    static List<Decision> keepAccepted(Scenario sc, GameState s, List<Decision> wanted) {
        if (wanted.isEmpty()) {
            return new ArrayList<>(); // nothing to judge: no pro forma (a bot that waits a quarter costs nothing)
        }
        return keepAccepted(sc, s, Engine.proForma(sc, s), new ArrayList<>(wanted.size()), wanted);
    }

    /**
     * {@link #keepAccepted(Scenario, GameState, List)} continued from a pro forma to which exactly the
     * decisions {@code ok} have been sent, all of them applied: the decisions of {@code rest} are sent
     * one by one (the same as previewing the whole list, up to its first refusal); a refused one is
     * dropped and the pro forma made again from the accepted ones (a refused decision is judged on a
     * position it never changes). Returns {@code ok} with the accepted ones of {@code rest} added.
     */
    static List<Decision> keepAccepted(Scenario sc, GameState s, ProForma pf, List<Decision> ok, List<Decision> rest) {
        for (Decision d : rest) {
            if (pf.send(d)) {
                ok.add(d);
            } else {
                pf = Engine.proForma(sc, s);
                for (Decision a : ok) {
                    pf.send(a);
                }
            }
        }
        return ok;
    }

    /**
     * {@link #keepAccepted(Scenario, GameState, List)} on a live game: the decisions are sent to the coming
     * quarter opened in place ({@link LiveGame#open}), each judged after the accepted ones before it; an accepted
     * one stays applied, a refused one leaves no trace and is dropped. The game must then be played with the
     * list returned (the engine applies nothing twice).
     */
    static List<Decision> keepAccepted(LiveGame g, List<Decision> wanted) {
        List<Decision> ok = new ArrayList<>(wanted.size());
        if (wanted.isEmpty()) {
            return ok;
        }
        ProForma pf = g.open();
        for (int i = 0; i < wanted.size(); i++) { // indexed: no iterator
            Decision d = wanted.get(i);
            if (pf.send(d)) {
                ok.add(d);
            }
        }
        return ok;
    }

    /** The definition keepAccepted must agree with: each decision previewed after the accepted ones. */
    static List<Decision> keepAcceptedOneByOne(Scenario sc, GameState s, List<Decision> wanted) {
        List<Decision> ok = new ArrayList<>();
        for (Decision d : wanted) {
            List<Decision> trial = new ArrayList<>(ok);
            trial.add(d);
            Preview p = Engine.preview(sc, s, trial);
            if (!p.lastRefused()) {
                ok.add(d);
            }
        }
        return ok;
    }

    /** Free capacity in GW across sites (online minus what the GPUs need). */
    static double spareGw(Tables t, GameState s) {
        return spareGw(t, Position.of(s));
    }

    static double spareGw(Tables t, Position s) {
        double kw = 0;
        int cohorts = s.cohortCount(); // units and generations only: a live game makes no records for them
        for (int i = 0; i < cohorts; i++) {
            kw += s.cohortUnits(i) * t.kwPerGpu(s.cohortGeneration(i));
        }
        List<GpuOrder> orders = s.orders();
        for (int i = 0; i < orders.size(); i++) {
            GpuOrder o = orders.get(i);
            kw += o.outstanding() * t.kwPerGpu(o.generation());
        }
        return s.gwOnline() + s.gwUnderConstruction() - kw / 1e6;
    }

    /** Builds where the grid allows, up to `gw` in all. */
    static void buildUpTo(Tables t, GameState s, double gw, List<Decision> out) {
        buildUpTo(t, Position.of(s), gw, out);
    }

    static void buildUpTo(Tables t, Position s, double gw, List<Decision> out) {
        double left = gw;
        int now = s.quarter().ordinal();
        List<ConstructionProject> projects = s.projects();
        for (int i = 0; i < t.sites.length; i++) {
            SiteSpec site = t.sites[i];
            if (left <= 0.05 || now < t.siteFrom[i]) {
                continue;
            }
            SiteState st = s.site(site.id());
            double underway = underwayGw(projects, site.id());
            double free = site.maxGw() - st.onlineGw() - underway;
            double g = Math.floor(Math.min(free, left) * 4) / 4;
            if (g >= 0.25) {
                out.add(new Build(site.id(), g));
                left -= g;
            }
        }
    }

    /**
     * The GW of the projects at a site, summed as {@code DoubleStream.sum()} sums (Kahan compensation and the
     * final correction of Collectors.computeFinalSum): the bots summed with a stream before, and their choices
     * must not move by a rounding.
     */
    static double underwayGw(List<ConstructionProject> projects, String siteId) {
        double sum = 0;
        double c = 0;
        double simple = 0;
        for (int i = 0; i < projects.size(); i++) {
            ConstructionProject p = projects.get(i);
            if (p.siteId().equals(siteId)) {
                double v = p.gw();
                double tmp = v - c;
                double velvel = sum + tmp;
                c = (velvel - sum) - tmp;
                sum = velvel;
                simple += v;
            }
        }
        double tmp = sum - c;
        return Double.isNaN(tmp) && Double.isInfinite(simple) ? simple : tmp;
    }

    /**
     * Status quo: Meta's actual 2025 moves, then steady. First quarter: the 49% Scale AI stake, 30 stars,
     * a 2 GW Hyperion build financed by a $29B project SPV (Blue Owl, 10% equity), the land co-development,
     * 250,000 B200 and half the compute to training. Second: 20 more stars, 200,000 B200 and 200,000 H100e
     * of rented cloud for three years. Then each quarter, while cash is above $40B, the newest generation
     * sized to the spare power (50,000 to 150,000 units), and 1 GW more where the grid allows when spare
     * power falls below 0.5 GW and cash is above $30B. The reference a player's game is measured against.
     */
    static final class StatusQuo extends Bot {
        public String name() {
            return "status-quo";
        }

        public String description() {
            return "Meta's actual 2025 moves (Scale AI stake, ~50 stars, 29B Hyperion SPV, land JV, GPUs towards 1.3M), "
                    + "then steady GPU orders and builds";
        }

        public List<Decision> decide(Scenario sc, GameState s) {
            return keepAccepted(sc, s, wanted(sc, Position.of(s)));
        }

        @Override
        public List<Decision> decide(Scenario sc, LiveGame g) {
            return keepAccepted(g, wanted(sc, Position.of(g)));
        }

        /** What the bot would send, before the engine judges it. */
        private List<Decision> wanted(Scenario sc, Position s) {
            List<Decision> d = new ArrayList<>();
            int t = s.turn();
            if (t == 0) {
                d.add(new Stake("scale", 0.49));
                d.add(new Hire(20, 150, "openai"));
                d.add(new Hire(10, 150, "google"));
                d.add(new Build("hyperion", 2.0));
                d.add(new PrivateCredit("blueowl", 29000, "project", "hyperion", 0.1));
                d.add(new AssetSale("land-2025", SaleMode.coDevelopment));
                d.add(new OrderGpus("B200", 250000));
                d.add(new TrainingShare(0.5));
            } else if (t == 1) {
                d.add(new Hire(10, 200, "openai"));
                d.add(new Hire(5, 200, "anthropic"));
                d.add(new Hire(5, 200, "google"));
                d.add(new OrderGpus("B200", 200000));
                d.add(new RentCloud("coreweave", 200000, 12));
            } else {
                Tables tb = tables(sc);
                GpuGeneration g = newestGeneration(tb, s.quarter());
                double spare = spareGw(tb, s);
                if (g != null && s.cashM() > 40000) {
                    long units = (long) Math.min(150000, Math.max(50000, spare * 1e6 / g.kwPerGpu()));
                    d.add(new OrderGpus(g.id(), units / 1000 * 1000));
                }
                if (spare < 0.5 && s.cashM() > 30000) {
                    buildUpTo(tb, s, 1.0, d);
                }
            }
            return d;
        }
    }

    /**
     * Conservative: keep the rating. No new debt and the buyback untouched; 50,000 of the newest GPUs a
     * quarter while cash stays above $50B, and 0.5 GW more capacity when spare power is under 0.2 GW and
     * cash above $60B. Safe, and it falls behind in the arena.
     */
    static final class Conservative extends Bot {
        public String name() {
            return "conservative";
        }

        public String description() {
            return "no new debt; modest GPU orders and builds paid from cash while cash stays above $50B";
        }

        public List<Decision> decide(Scenario sc, GameState s) {
            return keepAccepted(sc, s, wanted(sc, Position.of(s)));
        }

        @Override
        public List<Decision> decide(Scenario sc, LiveGame g) {
            return keepAccepted(g, wanted(sc, Position.of(g)));
        }

        /** What the bot would send, before the engine judges it. */
        private List<Decision> wanted(Scenario sc, Position s) {
            List<Decision> d = new ArrayList<>();
            Tables tb = tables(sc);
            GpuGeneration g = newestGeneration(tb, s.quarter());
            if (g != null && s.cashM() > 50000) {
                d.add(new OrderGpus(g.id(), 50000));
            }
            if (spareGw(tb, s) < 0.2 && s.cashM() > 60000) {
                buildUpTo(tb, s, 0.5, d);
            }
            return d;
        }
    }

    /**
     * Leverage: borrow to the limit and buy GPUs. Every quarter it stops the buyback, takes from each
     * lender that lends corporate the largest amount the lender accepts (halving down from its maximum:
     * the lenders' own leverage and cover limits, cross-default included, decide), builds up to 2 GW of
     * spare capacity and spends all cash above the minimum plus a $10B cushion on the two newest
     * generations. It shows what the covenants and the rating do to a company that treats debt as free:
     * in the baseline it is downgraded in every world and defaults in a fifth of them.
     */
    static final class Leverage extends Bot {
        public String name() {
            return "leverage";
        }

        public String description() {
            return "borrows the most every lender will lend every quarter and spends it on GPUs and data centers";
        }

        public List<Decision> decide(Scenario sc, GameState s) {
            Tables tb = tables(sc);
            List<Decision> d = new ArrayList<>(8);
            // One pro forma for the whole search: each lender's amounts are tried against the position
            // after the decisions before it (as previewing those decisions and the trial would).
            ProForma pf = Engine.proForma(sc, s);
            Decision stop = new Buyback(0);
            d.add(stop);
            boolean allApplied = pf.send(stop);
            for (Lender l : tb.corporateLenders) {
                // The largest amount this lender accepts, by halving down from its maximum (the pro forma
                // judges the amounts in that order, with what does not depend on the amount judged once).
                long amount = pf.largestCorporateLoan(l.id(), l.maxM(), l.minM());
                if (amount > 0) {
                    Decision loan = new PrivateCredit(l.id(), amount, "corporate", null, 0);
                    d.add(loan);
                    allApplied &= pf.send(loan);
                }
            }
            long spend = pf.cashAfterM() - sc.company().minimumCashM() - 10000;
            int searched = d.size();
            buildUpTo(tb, s, Math.max(0, 2.0 - Math.max(0, spareGw(tb, s))), d);
            // Spend on the two newest generations: deposits now, the rest on delivery.
            for (GpuGeneration g : newestGenerations(tb, s.quarter(), 2)) {
                double price = g.priceUsd() * 1.3;
                long units = (long) Math.min(g.maxUnitsPerQuarter(), spend * 1e6 / price / 2);
                if (units > 1000) {
                    d.add(new OrderGpus(g.id(), units / 1000 * 1000));
                    spend -= (long) (units * price / 1e6);
                }
            }
            if (!allApplied) {
                return keepAccepted(sc, s, d);
            }
            return keepAccepted(sc, s, pf, new ArrayList<>(d.subList(0, searched)), d.subList(searched, d.size()));
        }

        /**
         * The same decisions on a live game, searched and sent on the coming quarter opened in place: no state,
         * no copy of the position, and nothing applied twice. What the bot reads of the quarter's start (spare
         * power, the sites and projects for its builds) is read before anything is sent. A decision the engine
         * refuses leaves no trace and is dropped, which is what {@link #keepAccepted} does with the state's list
         * (each decision judged after the accepted ones before it); the loans judged without applying are
         * found as on a copy ({@link ProForma#sendLargestCorporateLoan}).
         */
        /** The buyback stop sent first every quarter: a value, one record for every game. */
        private static final Decision STOP = new Buyback(0);

        @Override
        public List<Decision> decide(Scenario sc, LiveGame game) {
            Tables tb = tables(sc);
            Position s = Position.of(game);
            Quarter q = game.quarter();
            List<Decision> builds = new ArrayList<>(2);
            buildUpTo(tb, s, Math.max(0, 2.0 - Math.max(0, spareGw(tb, s))), builds);
            ProForma pf = game.open();
            List<Decision> ok = new ArrayList<>(8);
            Decision stop = STOP;
            if (pf.send(stop)) {
                ok.add(stop);
            }
            for (Lender l : tb.corporateLenders) {
                Decision loan = pf.sendLargestCorporateLoan(l.id(), l.maxM(), l.minM());
                if (loan != null) {
                    ok.add(loan);
                }
            }
            long spend = pf.cashAfterM() - sc.company().minimumCashM() - 10000;
            for (int i = 0; i < builds.size(); i++) { // indexed: no iterator
                Decision b = builds.get(i);
                if (pf.send(b)) {
                    ok.add(b);
                }
            }
            // newestGenerations(tb, q, 2) walked in place: the same generations in the same order, no list made
            int now = q.ordinal();
            for (int i = 0, n = 0; i < tb.newestFirst.length && n < 2; i++) {
                if (tb.newestFirstFrom[i] > now) {
                    continue;
                }
                n++;
                GpuGeneration g = tb.newestFirst[i];
                double price = g.priceUsd() * 1.3;
                long units = (long) Math.min(g.maxUnitsPerQuarter(), spend * 1e6 / price / 2);
                if (units > 1000) {
                    Decision order = new OrderGpus(g.id(), units / 1000 * 1000);
                    if (pf.send(order)) {
                        ok.add(order);
                    }
                    spend -= (long) (units * price / 1e6);
                }
            }
            return ok;
        }
    }

    /**
     * Asset-light: rent rather than own. First quarter: co-develops the land parcel and Hyperion with a
     * partner and builds 2 GW there with the partner paying its share; every fourth quarter it rents
     * 100,000 H100e (or the provider's maximum) from each cloud provider for at least two years; orders
     * the newest GPUs only to fill spare power (at most 100,000) while cash is above $40B.
     */
    static final class AssetLight extends Bot {
        public String name() {
            return "asset-light";
        }

        public String description() {
            return "sells and leases back, co-develops with partners and rents cloud capacity instead of building";
        }

        public List<Decision> decide(Scenario sc, GameState s) {
            return keepAccepted(sc, s, wanted(sc, Position.of(s)));
        }

        @Override
        public List<Decision> decide(Scenario sc, LiveGame g) {
            return keepAccepted(g, wanted(sc, Position.of(g)));
        }

        /** What the bot would send, before the engine judges it. */
        private List<Decision> wanted(Scenario sc, Position s) {
            List<Decision> d = new ArrayList<>();
            if (s.turn() == 0) {
                d.add(new AssetSale("land-2025", SaleMode.coDevelopment));
                d.add(new AssetSale("hyperion", SaleMode.coDevelopment));
                d.add(new Build("hyperion", 2.0));
            }
            for (CloudProvider c : sc.cloudProviders()) {
                if (s.turn() % 4 == 0) {
                    d.add(new RentCloud(c.id(), Math.min(c.maxH100e(), 100000), Math.max(c.minQuarters(), 8)));
                }
            }
            Tables tb = tables(sc);
            GpuGeneration g = newestGeneration(tb, s.quarter());
            double spare = g != null ? spareGw(tb, s) : 0;
            if (g != null && spare > 0.1 && s.cashM() > 40000) {
                d.add(new OrderGpus(g.id(), (long) Math.min(100000, spare * 1e6 / g.kwPerGpu()) / 1000 * 1000));
            }
            return d;
        }
    }

    /**
     * Talent-first: people before chips. Buys the 49% Scale AI stake and puts 60% of compute on training in
     * the first quarter; then hires 8 stars a quarter at 1.6 times the market package (capped at the
     * maximum), from each rival in turn, while cash is above $30B; orders the newest GPUs only to fill
     * spare power (at most 100,000) while cash is above $40B.
     */
    static final class TalentFirst extends Bot {
        public String name() {
            return "talent-first";
        }

        public String description() {
            return "hires stars every quarter above the market, buys the data-labeling stake, trains with most compute";
        }

        public List<Decision> decide(Scenario sc, GameState s) {
            return keepAccepted(sc, s, wanted(sc, Position.of(s)));
        }

        @Override
        public List<Decision> decide(Scenario sc, LiveGame g) {
            return keepAccepted(g, wanted(sc, Position.of(g)));
        }

        /** What the bot would send, before the engine judges it. */
        private List<Decision> wanted(Scenario sc, Position s) {
            List<Decision> d = new ArrayList<>();
            if (s.turn() == 0) {
                d.add(new Stake("scale", 0.49));
                d.add(new TrainingShare(0.6));
            }
            long pkg = Math.round(sc.talent().marketPackageM() * 1.6);
            String[] rivals = sc.talent().rivals().toArray(new String[0]);
            if (rivals.length > 0 && s.cashM() > 30000) {
                d.add(new Hire(8, Math.min(sc.talent().maxPackageM(), pkg), rivals[s.turn() % rivals.length]));
            }
            Tables tb = tables(sc);
            GpuGeneration g = newestGeneration(tb, s.quarter());
            double spare = g != null ? spareGw(tb, s) : 0;
            if (g != null && spare > 0.05 && s.cashM() > 40000) {
                d.add(new OrderGpus(g.id(), (long) Math.min(100000, spare * 1e6 / g.kwPerGpu()) / 1000 * 1000));
            }
            return d;
        }
    }

    /**
     * Random: zero to three levers a quarter drawn by {@link RandomDecisions} from a stream of its own
     * (seed, quarter, "bot.random"), keeping those the engine accepts. No skill at all: the floor a
     * strategy must beat, and a fuzzer of the engine's refusals.
     */
    static final class RandomBot extends Bot {
        /** The hash of the stream's name, "bot.random". */
        private static final long STREAM = RandomStreams.nameHash("bot.random");

        public String name() {
            return "random";
        }

        public String description() {
            return "picks a few levers at random each quarter (from its own seeded stream): a baseline of no skill";
        }

        public List<Decision> decide(Scenario sc, GameState s) {
            RandomStream r = new RandomStreams(s.seed()).stream(s.quarter(), STREAM);
            List<Decision> d = new ArrayList<>();
            int n = r.nextInt(4);
            for (int i = 0; i < n; i++) {
                d.add(RandomDecisions.any(sc, s, r));
            }
            return keepAccepted(sc, s, d);
        }

        /** The same draws (they read the state) judged on the coming quarter opened in place: no copy, nothing applied twice. */
        @Override
        public List<Decision> decide(Scenario sc, LiveGame game) {
            GameState s = game.state();
            RandomStream r = new RandomStreams(s.seed()).stream(s.quarter(), STREAM);
            List<Decision> d = new ArrayList<>();
            int n = r.nextInt(4);
            for (int i = 0; i < n; i++) {
                d.add(RandomDecisions.any(sc, s, r));
            }
            return keepAccepted(game, d);
        }
    }
}
