package dev.capex.strategy;

import dev.capex.engine.decision.SaleMode;
import dev.capex.engine.Engine;
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

    /** The newest GPU generation available this quarter. */
    static GpuGeneration newestGeneration(Scenario sc, Quarter q) {
        GpuGeneration best = null;
        for (GpuGeneration g : sc.gpuGenerations()) {
            if (!q.isBefore(Quarter.parse(g.availableFrom()))
                    && (best == null || Quarter.parse(g.availableFrom()).isAfter(Quarter.parse(best.availableFrom())))) {
                best = g;
            }
        }
        return best;
    }

    /** The n newest generations available this quarter, newest first. */
    static List<GpuGeneration> newestGenerations(Scenario sc, Quarter q, int n) {
        // Each quarter parsed once; newest first by an insertion sort (stable: the order of a stable sort by
        // that comparator, equal quarters in the scenario's order).
        List<GpuGeneration> all = sc.gpuGenerations();
        List<GpuGeneration> gs = new ArrayList<>(all.size());
        int[] from = new int[all.size()];
        for (GpuGeneration g : all) {
            Quarter f = Quarter.parse(g.availableFrom());
            if (!q.isBefore(f)) {
                int j = gs.size();
                gs.add(g);
                while (j > 0 && from[j - 1] < f.ordinal()) {
                    gs.set(j, gs.get(j - 1));
                    from[j] = from[j - 1];
                    j--;
                }
                gs.set(j, g);
                from[j] = f.ordinal();
            }
        }
        return gs.subList(0, Math.min(n, gs.size()));
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
    static double spareGw(Scenario sc, GameState s) {
        double kw = 0;
        for (GpuCohort c : s.fleet().cohorts()) {
            kw += c.units() * sc.generation(c.generation()).kwPerGpu();
        }
        for (GpuOrder o : s.fleet().orders()) {
            kw += o.outstanding() * sc.generation(o.generation()).kwPerGpu();
        }
        return s.gwOnline() + s.gwUnderConstruction() - kw / 1e6;
    }

    /** Builds where the grid allows, up to `gw` in all. */
    static void buildUpTo(Scenario sc, GameState s, double gw, List<Decision> out) {
        double left = gw;
        for (SiteSpec site : sc.sites()) {
            if (left <= 0.05 || s.quarter().isBefore(Quarter.parse(site.availableFrom()))) {
                continue;
            }
            SiteState st = s.site(site.id());
            double underway = s.estate().projects().stream().filter(p -> p.siteId().equals(site.id()))
                    .mapToDouble(ConstructionProject::gw).sum();
            double free = site.maxGw() - st.onlineGw() - underway;
            double g = Math.floor(Math.min(free, left) * 4) / 4;
            if (g >= 0.25) {
                out.add(new Build(site.id(), g));
                left -= g;
            }
        }
    }

    /**
     * Status quo: Meta's actual 2025 moves, then steady. First quarter: the 49% Scale AI stake, 30 stars,
     * a 2 GW Hyperion build financed by a $29B project SPV (Blue Owl, 10% equity), the land co-development,
     * 250,000 B200 and half the compute to training. Second: 20 more stars, 200,000 B200 and 200,000 H100e
     * of rented cloud for three years. Then each quarter, while cash is above $40B, the newest generation
     * sized to the spare power (50,000 to 150,000 units), and 1 GW more where the grid allows when spare
     * power falls below 0.5 GW and cash is above $30B. The reference a player's game is measured against.
     */
    static final class StatusQuo implements Strategy {
        public String name() {
            return "status-quo";
        }

        public String description() {
            return "Meta's actual 2025 moves (Scale AI stake, ~50 stars, 29B Hyperion SPV, land JV, GPUs towards 1.3M), "
                    + "then steady GPU orders and builds";
        }

        public List<Decision> decide(Scenario sc, GameState s) {
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
                GpuGeneration g = newestGeneration(sc, s.quarter());
                if (g != null && s.cashM() > 40000) {
                    double spare = spareGw(sc, s);
                    long units = (long) Math.min(150000, Math.max(50000, spare * 1e6 / g.kwPerGpu()));
                    d.add(new OrderGpus(g.id(), units / 1000 * 1000));
                }
                if (spareGw(sc, s) < 0.5 && s.cashM() > 30000) {
                    buildUpTo(sc, s, 1.0, d);
                }
            }
            return keepAccepted(sc, s, d);
        }
    }

    /**
     * Conservative: keep the rating. No new debt and the buyback untouched; 50,000 of the newest GPUs a
     * quarter while cash stays above $50B, and 0.5 GW more capacity when spare power is under 0.2 GW and
     * cash above $60B. Safe, and it falls behind in the arena.
     */
    static final class Conservative implements Strategy {
        public String name() {
            return "conservative";
        }

        public String description() {
            return "no new debt; modest GPU orders and builds paid from cash while cash stays above $50B";
        }

        public List<Decision> decide(Scenario sc, GameState s) {
            List<Decision> d = new ArrayList<>();
            GpuGeneration g = newestGeneration(sc, s.quarter());
            if (g != null && s.cashM() > 50000) {
                d.add(new OrderGpus(g.id(), 50000));
            }
            if (spareGw(sc, s) < 0.2 && s.cashM() > 60000) {
                buildUpTo(sc, s, 0.5, d);
            }
            return keepAccepted(sc, s, d);
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
    static final class Leverage implements Strategy {
        public String name() {
            return "leverage";
        }

        public String description() {
            return "borrows the most every lender will lend every quarter and spends it on GPUs and data centers";
        }

        public List<Decision> decide(Scenario sc, GameState s) {
            List<Decision> d = new ArrayList<>();
            // One pro forma for the whole search: each lender's amounts are tried against the position
            // after the decisions before it (as previewing those decisions and the trial would).
            ProForma pf = Engine.proForma(sc, s);
            Decision stop = new Buyback(0);
            d.add(stop);
            boolean allApplied = pf.send(stop);
            for (Lender l : sc.lenders()) {
                if (l.structures().contains(dev.capex.engine.model.CreditStructure.corporate)) {
                    // The largest amount this lender accepts, by halving down from its maximum.
                    for (long amount = l.maxM(); amount >= l.minM(); amount /= 2) {
                        Decision loan = new PrivateCredit(l.id(), amount, "corporate", null, 0);
                        if (pf.accepts(loan)) {
                            d.add(loan);
                            allApplied &= pf.send(loan);
                            break;
                        }
                    }
                }
            }
            long spend = pf.cashAfterM() - sc.company().minimumCashM() - 10000;
            int searched = d.size();
            buildUpTo(sc, s, Math.max(0, 2.0 - Math.max(0, spareGw(sc, s))), d);
            // Spend on the two newest generations: deposits now, the rest on delivery.
            for (GpuGeneration g : newestGenerations(sc, s.quarter(), 2)) {
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
    }

    /**
     * Asset-light: rent rather than own. First quarter: co-develops the land parcel and Hyperion with a
     * partner and builds 2 GW there with the partner paying its share; every fourth quarter it rents
     * 100,000 H100e (or the provider's maximum) from each cloud provider for at least two years; orders
     * the newest GPUs only to fill spare power (at most 100,000) while cash is above $40B.
     */
    static final class AssetLight implements Strategy {
        public String name() {
            return "asset-light";
        }

        public String description() {
            return "sells and leases back, co-develops with partners and rents cloud capacity instead of building";
        }

        public List<Decision> decide(Scenario sc, GameState s) {
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
            GpuGeneration g = newestGeneration(sc, s.quarter());
            if (g != null && spareGw(sc, s) > 0.1 && s.cashM() > 40000) {
                d.add(new OrderGpus(g.id(), (long) Math.min(100000, spareGw(sc, s) * 1e6 / g.kwPerGpu()) / 1000 * 1000));
            }
            return keepAccepted(sc, s, d);
        }
    }

    /**
     * Talent-first: people before chips. Buys the 49% Scale AI stake and puts 60% of compute on training in
     * the first quarter; then hires 8 stars a quarter at 1.6 times the market package (capped at the
     * maximum), from each rival in turn, while cash is above $30B; orders the newest GPUs only to fill
     * spare power (at most 100,000) while cash is above $40B.
     */
    static final class TalentFirst implements Strategy {
        public String name() {
            return "talent-first";
        }

        public String description() {
            return "hires stars every quarter above the market, buys the data-labeling stake, trains with most compute";
        }

        public List<Decision> decide(Scenario sc, GameState s) {
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
            GpuGeneration g = newestGeneration(sc, s.quarter());
            if (g != null && spareGw(sc, s) > 0.05 && s.cashM() > 40000) {
                d.add(new OrderGpus(g.id(), (long) Math.min(100000, spareGw(sc, s) * 1e6 / g.kwPerGpu()) / 1000 * 1000));
            }
            return keepAccepted(sc, s, d);
        }
    }

    /**
     * Random: zero to three levers a quarter drawn by {@link RandomDecisions} from a stream of its own
     * (seed, quarter, "bot.random"), keeping those the engine accepts. No skill at all: the floor a
     * strategy must beat, and a fuzzer of the engine's refusals.
     */
    static final class RandomBot implements Strategy {
        public String name() {
            return "random";
        }

        public String description() {
            return "picks a few levers at random each quarter (from its own seeded stream): a baseline of no skill";
        }

        public List<Decision> decide(Scenario sc, GameState s) {
            RandomStream r = new RandomStreams(s.seed()).stream(s.quarter(), "bot.random");
            List<Decision> d = new ArrayList<>();
            int n = r.nextInt(4);
            for (int i = 0; i < n; i++) {
                d.add(RandomDecisions.any(sc, s, r));
            }
            return keepAccepted(sc, s, d);
        }
    }
}
