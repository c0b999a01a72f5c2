package dev.capex.engine.turn;

import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Ids;
import dev.capex.engine.model.Paths;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.model.Scenario.Competitor;
import dev.capex.engine.model.Scenario.PathPoint;
import dev.capex.engine.random.RandomStreams;
import java.util.List;

/**
 * What the engine reads from a scenario every quarter, worked out once per scenario: the quarters of
 * competitors' paths and headlines as ordinals (instead of parsing "2025Q2" every turn) and the hashes
 * of their random stream names, and the opening position. A scenario is a value: nothing changes one
 * once it is played. Immutable and derived from the scenario alone, so sharing it between
 * threads and games changes no result. The last index built is kept by the scenario's identity in a
 * single volatile slot: a batch run plays one scenario, so it is built once per run; another scenario
 * just builds its own (deterministically, the same every time).
 */
public final class ScenarioIndex {
    private static volatile ScenarioIndex last;

    final Scenario sc;
    /** Per competitor (scenario order): the ordinals of its headlines' quarters, null where one does not parse. */
    final int[][] headlineQuarters;
    final Path[] capexPaths;
    final Path[] eloPaths;
    /** Per competitor: the hash of its release stream's name, "release." + id. */
    final long[] releaseStream;
    /**
     * Per competitor (scenario order), what the rivals' step reads of every lab every quarter, side by side instead
     * of in the records: its release interval in quarters, release probability and Elo noise, and whether it has
     * reactions.
     */
    private final int[] releaseEvery;
    private final double[] releaseProbability;
    private final double[] eloNoiseSd;
    private final boolean[] reacts;
    /** Each lab's model prefix and a space: its models are named prefix + " " + quarter. */
    private final String[] modelNamePrefix;
    /** Each competitor's model names for the game's quarters, made once ({@code [competitor][ordinal - namesFrom]}), or null. */
    private final String[][] modelNames;
    private final int namesFrom;
    /**
     * Per quarter of the game ({@code [ordinal - namesFrom]}), made once: maintenance capex's GPU cohort id
     * "CAPEX-GPUS-" + q, its other asset's id "CAPEX-" + q and name "other capital expenditure " + q; or null.
     */
    private final String[] maintenanceGpusIds;
    private final String[] maintenanceAssetIds;
    private final String[] maintenanceAssetNames;
    /** {@code ValuationRules.startH100e(sc)}, or NaN when it fails (then worked out at each call, failing there). */
    private final double startH100e;
    /** Whether no two competitors' ids are the same ignoring case (then a lab's state sits at its position). */
    final boolean competitorIdsDistinct;
    /** Per competitor: its consumer users path (millions), as {@code Paths.value} reads it. */
    final Path[] usersPaths;
    /**
     * The sum over competitors (scenario order) of their users at the start quarter, or NaN when the start
     * quarter does not parse (then it is worked out every quarter as before, failing where it always did).
     */
    final double usersAtStart;
    /** Per event card (scenario order): the hash of its stream's name, "card." + id. */
    final long[] cardStream;
    /**
     * Per event card: the ordinals of its scheduled quarter, earliest and latest quarters, or null for a card
     * where one of the quarters its kind reads does not parse (that card is parsed every turn as before).
     */
    final int[][] cardQuarters;
    /** The scenario's first and last quarters and the number of turns, null / -1 when they do not parse. */
    final Quarter start;
    final Quarter end;
    final int turns;
    /** Per scenario site: the hash of its power-delay stream's name, "power." + id. */
    final String[] siteIds;
    final long[] powerStream;
    /** Per GPU generation (scenario order): the ordinal of its first quarter on sale, or null where one does not parse. */
    final int[] genFrom;
    /** {@link #techniqueGrowth}. */
    private final double techniqueGrowth;
    /** Per quarter of the game: {@link #usersSum}, or null (then summed at each call). */
    private final double[] usersSum;
    /** Per quarter of the game: the index of {@link #newestGeneration}, -1 for none; or null. */
    private final int[] newestGeneration;

    /** The opening position (seed 0), worked out when first asked for; immutable, so shared by every game. */
    private volatile GameState opening;

    private ScenarioIndex(Scenario sc) {
        this.sc = sc;
        List<Competitor> cs = sc.competitors();
        int n = cs.size();
        headlineQuarters = new int[n][];
        capexPaths = new Path[n];
        eloPaths = new Path[n];
        releaseStream = new long[n];
        releaseEvery = new int[n];
        releaseProbability = new double[n];
        eloNoiseSd = new double[n];
        reacts = new boolean[n];
        modelNamePrefix = new String[n];
        double h;
        try {
            h = startingFleetH100e(sc);
        } catch (RuntimeException e) {
            h = Double.NaN;
        }
        startH100e = h;
        boolean distinct = true;
        for (int i = 0; i < n; i++) {
            Competitor c = cs.get(i);
            int[] hq = new int[c.headlines().size()];
            try {
                for (int k = 0; k < hq.length; k++) {
                    hq[k] = Quarter.parse(c.headlines().get(k).quarter()).ordinal();
                }
            } catch (IllegalArgumentException e) {
                hq = null; // parsed every turn as before, so a bad quarter fails where it always did
            }
            headlineQuarters[i] = hq;
            capexPaths[i] = Path.of(c.capexPathM());
            eloPaths[i] = Path.of(c.eloPath());
            releaseStream[i] = RandomStreams.nameHash("release." + c.id());
            releaseEvery[i] = c.releaseEveryQuarters();
            releaseProbability[i] = c.releaseProbability();
            eloNoiseSd[i] = c.eloNoiseSd();
            reacts[i] = !c.reactions().isEmpty();
            modelNamePrefix[i] = c.modelPrefix() + " ";
            for (int k = 0; k < i; k++) {
                if (Ids.same(cs.get(k).id(), c.id())) {
                    distinct = false;
                }
            }
        }
        competitorIdsDistinct = distinct;
        List<Scenario.GpuGeneration> gs = sc.gpuGenerations();
        generations = gs.toArray(new Scenario.GpuGeneration[0]);
        generationIds = new String[generations.length];
        boolean gensDistinct = true;
        for (int i = 0; i < generations.length; i++) {
            generationIds[i] = generations[i].id();
            for (int k = 0; k < i; k++) {
                if (Ids.same(generationIds[k], generationIds[i])) {
                    gensDistinct = false;
                }
            }
        }
        generationIdsDistinct = gensDistinct;
        usersPaths = new Path[n];
        for (int i = 0; i < n; i++) {
            usersPaths[i] = Path.of(cs.get(i).consumerUsersM());
        }
        Quarter s0 = null;
        Quarter s1 = null;
        try {
            s0 = sc.start();
            s1 = sc.end();
        } catch (IllegalArgumentException e) {
            s0 = null;
            s1 = null;
        }
        start = s0;
        end = s1;
        turns = s0 == null ? -1 : s1.minus(s0) + 1;
        double at = 0;
        if (s0 != null) {
            for (int i = 0; i < n; i++) {
                at += usersPaths[i].value(s0);
            }
        }
        usersAtStart = s0 == null ? Double.NaN : at;
        if (s0 != null && turns > 0 && turns < 1000) {
            namesFrom = s0.ordinal();
            modelNames = new String[n][turns];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < turns; k++) {
                    modelNames[i][k] = modelNamePrefix[i].concat(s0.plus(k).toString());
                }
            }
            maintenanceGpusIds = new String[turns];
            maintenanceAssetIds = new String[turns];
            maintenanceAssetNames = new String[turns];
            for (int k = 0; k < turns; k++) {
                Quarter q = s0.plus(k);
                maintenanceGpusIds[k] = "CAPEX-GPUS-" + q;
                maintenanceAssetIds[k] = "CAPEX-" + q;
                maintenanceAssetNames[k] = "other capital expenditure " + q;
            }
        } else {
            namesFrom = 0;
            modelNames = null;
            maintenanceGpusIds = null;
            maintenanceAssetIds = null;
            maintenanceAssetNames = null;
        }
        List<Scenario.EventCard> cards = sc.events();
        cardStream = new long[cards.size()];
        cardQuarters = new int[cards.size()][];
        for (int i = 0; i < cards.size(); i++) {
            Scenario.EventCard c = cards.get(i);
            cardStream[i] = RandomStreams.nameHash("card." + c.id());
            try {
                cardQuarters[i] = c.kind() == dev.capex.engine.model.CardKind.scheduled
                        ? new int[] {Quarter.parse(c.quarter()).ordinal(), 0, 0}
                        : new int[] {0, Quarter.parse(c.earliest()).ordinal(), Quarter.parse(c.latest()).ordinal()};
            } catch (IllegalArgumentException e) {
                cardQuarters[i] = null;
            }
        }
        List<Scenario.SiteSpec> ss = sc.sites();
        siteIds = new String[ss.size()];
        powerStream = new long[ss.size()];
        for (int i = 0; i < ss.size(); i++) {
            siteIds[i] = ss.get(i).id();
            powerStream[i] = RandomStreams.nameHash("power." + siteIds[i]);
        }
        siteSpecs = ss.toArray(new Scenario.SiteSpec[0]);
        boolean sitesDistinct = true;
        for (int i = 0; i < siteIds.length; i++) {
            for (int k = 0; k < i; k++) {
                if (Ids.same(siteIds[k], siteIds[i])) {
                    sitesDistinct = false;
                }
            }
        }
        siteIdsDistinct = sitesDistinct;
        int[] sf = new int[siteSpecs.length];
        try {
            for (int i = 0; i < sf.length; i++) {
                sf[i] = Quarter.parse(siteSpecs[i].availableFrom()).ordinal();
            }
        } catch (IllegalArgumentException e) {
            sf = null; // parsed when asked: the same exception, where it was thrown before
        }
        siteFrom = sf;
        List<Scenario.GpuGeneration> gens = sc.gpuGenerations();
        int[] gf = new int[gens.size()];
        try {
            for (int i = 0; i < gf.length; i++) {
                gf[i] = Quarter.parse(gens.get(i).availableFrom()).ordinal();
            }
        } catch (IllegalArgumentException e) {
            gf = null;
        }
        genFrom = gf;
        double[][] decline = new double[gens.size()][];
        if (gf != null && end != null) {
            for (int i = 0; i < gf.length; i++) {
                int ages = end.ordinal() - gf[i] + 1; // every age a quarter of the game can give
                if (ages > 0 && ages <= 4096) {
                    double base = 1 - gens.get(i).priceDeclinePerQuarter();
                    decline[i] = new double[ages];
                    for (int age = 0; age < ages; age++) {
                        decline[i][age] = StrictMath.pow(base, age);
                    }
                }
            }
        }
        priceDecline = decline;
        double tg;
        try {
            tg = StrictMath.exp(sc.ai().techniqueGrowthPerQuarter());
        } catch (RuntimeException e) {
            tg = Double.NaN; // worked out at each call, failing there as before
        }
        techniqueGrowth = tg;
        double[] us = null;
        if (modelNames != null) {
            us = new double[turns];
            try {
                for (int k = 0; k < turns; k++) {
                    us[k] = usersSumAt(s0.plus(k));
                }
            } catch (RuntimeException e) {
                us = null; // a path that does not parse: summed at each call, failing where it always did
            }
        }
        usersSum = us;
        if (gf != null && modelNames != null) {
            newestGeneration = new int[turns];
            for (int k = 0; k < turns; k++) {
                newestGeneration[k] = newestGenerationAt(gens, gf, namesFrom + k);
            }
        } else {
            newestGeneration = null;
        }
    }

    /** The generation with the most H100-equivalents on sale at ordinal {@code o} (the first of equals), or -1. */
    private static int newestGenerationAt(List<Scenario.GpuGeneration> gens, int[] from, int o) {
        int newest = -1;
        for (int i = 0; i < gens.size(); i++) {
            if (!(o < from[i]) && (newest < 0 || gens.get(i).h100Equivalent() > gens.get(newest).h100Equivalent())) {
                newest = i;
            }
        }
        return newest;
    }

    /**
     * The scenario's GPU generation with the most H100-equivalents on sale in {@code q} (the first of equals),
     * or null when none is: worked out once for the game's quarters.
     */
    public Scenario.GpuGeneration newestGeneration(Quarter q) {
        List<Scenario.GpuGeneration> gens = sc.gpuGenerations();
        int n;
        int k = q.ordinal() - namesFrom;
        if (newestGeneration != null && k >= 0 && k < newestGeneration.length) {
            n = newestGeneration[k];
        } else if (genFrom != null) {
            n = newestGenerationAt(gens, genFrom, q.ordinal());
        } else {
            Scenario.GpuGeneration newest = null;
            for (int i = 0; i < gens.size(); i++) {
                Scenario.GpuGeneration g = gens.get(i);
                if (!(q.ordinal() < Quarter.parse(g.availableFrom()).ordinal())
                        && (newest == null || g.h100Equivalent() > newest.h100Equivalent())) {
                    newest = g;
                }
            }
            return newest;
        }
        return n < 0 ? null : gens.get(n);
    }

    /** The index of {@code sc}: the cached one when it was built for this very scenario object. */
    /** The working arena's template (see {@link WorkingArena}), made by the first game played on this scenario. */
    private volatile WorkingArena.Template arenaTemplate;

    WorkingArena.Template arenaTemplate() {
        return arenaTemplate;
    }

    /** Keeps a template (immutable: safe to share between the threads of a batch; a race only makes two). */
    void shelveArena(WorkingArena.Template t) {
        arenaTemplate = t;
    }

    public static ScenarioIndex of(Scenario sc) {
        ScenarioIndex l = last;
        if (l != null && l.sc == sc) {
            return l;
        }
        l = new ScenarioIndex(sc);
        last = l;
        return l;
    }

    /**
     * A path with its quarters parsed: the same value as {@code Paths.value(points, q)}, with the same
     * arithmetic in the same order.
     */
    static final class Path {
        final List<PathPoint> points;
        final int[] ordinals;
        final double[] values;

        /** The value at each quarter from the first point's to the last's ({@link #scan}'s, worked out once), or null. */
        private final double[] table;

        private Path(List<PathPoint> points, int[] ordinals, double[] values) {
            this.points = points;
            this.ordinals = ordinals;
            this.values = values;
            double[] t = null;
            if (ordinals != null) {
                long span = (long) ordinals[ordinals.length - 1] - ordinals[0] + 1;
                if (span > 0 && span <= 4096) {
                    t = new double[(int) span];
                    for (int k = 0; k < t.length; k++) {
                        t[k] = scan(ordinals[0] + k);
                    }
                }
            }
            this.table = t;
        }

        static Path of(List<PathPoint> points) {
            if (points == null || points.isEmpty()) {
                return new Path(points, null, null);
            }
            int[] o = new int[points.size()];
            double[] v = new double[points.size()];
            try {
                for (int i = 0; i < o.length; i++) {
                    o[i] = Quarter.parse(points.get(i).quarter()).ordinal();
                    v[i] = points.get(i).value();
                }
            } catch (IllegalArgumentException e) {
                return new Path(points, null, null); // parsed on every call, failing where it always did
            }
            return new Path(points, o, v);
        }

        double value(Quarter q) {
            if (ordinals == null) {
                return Paths.value(points, q);
            }
            int qo = q.ordinal();
            double[] t = table;
            if (t != null) {
                int k = qo - ordinals[0];
                return k <= 0 ? values[0] : k < t.length ? t[k] : scan(qo);
            }
            return scan(qo);
        }

        /** The value at quarter ordinal {@code qo}: the points scanned in order, as {@code Paths.value} does. */
        private double scan(int qo) {
            int b = ordinals[0];
            if (!(qo > b)) {
                return values[0];
            }
            for (int i = 1; i < ordinals.length; i++) {
                int a = b;
                b = ordinals[i];
                if (!(qo > b)) {
                    double f = (double) (qo - a) / Math.max(1, b - a);
                    return values[i - 1] + f * (values[i] - values[i - 1]);
                }
            }
            return values[values.length - 1];
        }
    }

    /**
     * The opening position of a game of this scenario with seed 0 ({@code Engine.start} gives it each
     * game's seed). Two threads asking at once may both work it out: they get equal states.
     */
    public GameState opening(java.util.function.Function<Scenario, GameState> make) {
        GameState o = opening;
        if (o == null) {
            o = make.apply(sc);
            opening = o;
        }
        return o;
    }

    // Accessors for the rule classes (engine.rules).

    public double capex(int competitor, Quarter q) {
        return capexPaths[competitor].value(q);
    }

    public double elo(int competitor, Quarter q) {
        return eloPaths[competitor].value(q);
    }

    /** Whether headline {@code k} of competitor {@code i} is dated {@code q}. */
    public boolean headlineAt(int i, int k, Quarter q) {
        int[] hq = headlineQuarters[i];
        if (hq == null) {
            return Quarter.parse(sc.competitors().get(i).headlines().get(k).quarter()).equals(q);
        }
        return hq[k] == q.ordinal();
    }

    /** The H100-equivalents of the starting fleet ({@code ValuationRules.startH100e}), worked out once. */
    public double startH100e() {
        return Double.isNaN(startH100e) ? startingFleetH100e(sc) : startH100e;
    }

    /** The H100-equivalents of the scenario's starting fleet (at least 1): the valuation's compute yardstick. */
    public static double startingFleetH100e(Scenario sc) {
        double h = 0;
        List<Scenario.CohortSpec> fleet = sc.startingFleet();
        for (int i = 0; i < fleet.size(); i++) {
            Scenario.CohortSpec c = fleet.get(i);
            h += c.units() * sc.generation(c.generation()).h100Equivalent();
        }
        return Math.max(1, h);
    }

    /** The name of scenario competitor {@code i}. */
    public String competitorName(int competitor) {
        return sc.competitors().get(competitor).name();
    }

    /** The name of competitor {@code i}'s model released in {@code q}: its prefix, a space, the quarter. */
    public String modelName(int competitor, Quarter q) {
        int k = q.ordinal() - namesFrom;
        if (modelNames != null && k >= 0 && k < modelNames[competitor].length) {
            return modelNames[competitor][k]; // made once: the same text
        }
        return modelNamePrefix[competitor].concat(q.toString());
    }

    /** Maintenance capex's GPU cohort id in {@code q}: "CAPEX-GPUS-" + q (made once for the game's quarters). */
    public String maintenanceGpusId(Quarter q) {
        int k = q.ordinal() - namesFrom;
        return maintenanceGpusIds != null && k >= 0 && k < maintenanceGpusIds.length ? maintenanceGpusIds[k] : "CAPEX-GPUS-" + q;
    }

    /** Maintenance capex's other asset's id in {@code q}: "CAPEX-" + q. */
    public String maintenanceAssetId(Quarter q) {
        int k = q.ordinal() - namesFrom;
        return maintenanceAssetIds != null && k >= 0 && k < maintenanceAssetIds.length ? maintenanceAssetIds[k] : "CAPEX-" + q;
    }

    /** Maintenance capex's other asset's name in {@code q}: "other capital expenditure " + q. */
    public String maintenanceAssetName(Quarter q) {
        int k = q.ordinal() - namesFrom;
        return maintenanceAssetNames != null && k >= 0 && k < maintenanceAssetNames.length ? maintenanceAssetNames[k]
                : "other capital expenditure " + q;
    }

    public long releaseStream(int competitor) {
        return releaseStream[competitor];
    }

    /** Competitor {@code i}'s {@code releaseEveryQuarters()}. */
    public int releaseEvery(int i) {
        return releaseEvery[i];
    }

    /** Competitor {@code i}'s {@code releaseProbability()}. */
    public double releaseProbability(int i) {
        return releaseProbability[i];
    }

    /** Competitor {@code i}'s {@code eloNoiseSd()}. */
    public double eloNoiseSd(int i) {
        return eloNoiseSd[i];
    }

    /** Whether competitor {@code i} has reactions. */
    public boolean reacts(int i) {
        return reacts[i];
    }

    private final Scenario.GpuGeneration[] generations;
    private final String[] generationIds;
    private final boolean generationIdsDistinct;

    /**
     * {@code sc.generation(id)}: a cohort's generation id is most often the scenario's own string, found by
     * identity first (when no two generations' ids are the same ignoring case, that one is the first match).
     */
    public Scenario.GpuGeneration generation(String id) {
        Scenario.GpuGeneration g = byIdentity(generationIdsDistinct, generationIds, generations, id);
        return g != null ? g : sc.generation(id);
    }

    /**
     * The item whose id is the very string {@code id}, when no two ids are the same ignoring case (then it is the
     * first match ignoring case too); else null (the caller scans ignoring case).
     */
    private static <T> T byIdentity(boolean distinct, String[] ids, T[] items, String id) {
        if (distinct) {
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] == id) {
                    return items[i];
                }
            }
        }
        return null;
    }

    private final Scenario.SiteSpec[] siteSpecs;
    private final boolean siteIdsDistinct;

    /** {@code sc.site(id)}: found by identity first (a project's site id is the scenario's own string), as generation. */
    public Scenario.SiteSpec site(String id) {
        Scenario.SiteSpec s = byIdentity(siteIdsDistinct, siteIds, siteSpecs, id);
        return s != null ? s : sc.site(id);
    }

    public boolean competitorIdsDistinct() {
        return competitorIdsDistinct;
    }

    /** Competitor {@code i}'s consumer users at {@code q}: {@code Paths.value(c.consumerUsersM(), q)}. */
    public double users(int competitor, Quarter q) {
        return usersPaths[competitor].value(q);
    }

    /**
     * The sum over competitors (scenario order, from 0) of their users at {@code q}: the same additions in the
     * same order as summing {@link #users} for each, made once for the game's quarters.
     */
    public double usersSum(Quarter q) {
        int k = q.ordinal() - namesFrom;
        if (usersSum != null && k >= 0 && k < usersSum.length) {
            return usersSum[k];
        }
        return usersSumAt(q);
    }

    private double usersSumAt(Quarter q) {
        double users = 0;
        for (int i = 0; i < usersPaths.length; i++) {
            users += usersPaths[i].value(q);
        }
        return users;
    }

    /** The sum of every competitor's users at the start quarter (the same sum, in the same order). */
    public double usersAtStart() {
        if (Double.isNaN(usersAtStart)) {
            double at = 0;
            for (var c : sc.competitors()) {
                at += dev.capex.engine.model.Paths.value(c.consumerUsersM(), sc.start());
            }
            return at;
        }
        return usersAtStart;
    }

    /** The scenario's first quarter ({@code sc.start()}), parsed once. */
    public Quarter start() {
        return start != null ? start : sc.start();
    }

    /** The scenario's last quarter ({@code sc.end()}), parsed once. */
    public Quarter end() {
        return end != null ? end : sc.end();
    }

    /** {@code sc.turns()}, worked out once. */
    public int turns() {
        return turns >= 0 ? turns : sc.turns();
    }

    /** {@code StrictMath.exp(sc.ai().techniqueGrowthPerQuarter())}, worked out once (the same double). */
    public double techniqueGrowth() {
        return Double.isNaN(techniqueGrowth) ? StrictMath.exp(sc.ai().techniqueGrowthPerQuarter()) : techniqueGrowth;
    }

    /** The hash of event card {@code i}'s stream name, "card." + id. */
    public long cardStream(int card) {
        return cardStream[card];
    }

    /**
     * Whether card {@code i} (scenario order) is due at {@code q}: for a scheduled card its quarter is
     * {@code q}; for another, {@code q} is within its window. As {@code WorldRules} decides it from the text.
     */
    public boolean cardScheduledAt(int card, Quarter q) {
        int[] cq = cardQuarters[card];
        if (cq == null) {
            return q.equals(Quarter.parse(sc.events().get(card).quarter()));
        }
        return cq[0] == q.ordinal();
    }

    /** Whether {@code q} lies within the window of (unscheduled) card {@code i}. */
    public boolean cardInWindow(int card, Quarter q) {
        int[] cq = cardQuarters[card];
        if (cq == null) {
            Scenario.EventCard c = sc.events().get(card);
            return !q.isBefore(Quarter.parse(c.earliest())) && !q.isAfter(Quarter.parse(c.latest()));
        }
        int o = q.ordinal();
        return !(o < cq[1]) && !(o > cq[2]);
    }

    /** The ordinal of {@code Quarter.parse(g.availableFrom())} for GPU generation {@code i} of the scenario. */
    public int availableFrom(int generation) {
        return genFrom != null ? genFrom[generation]
                : Quarter.parse(sc.gpuGenerations().get(generation).availableFrom()).ordinal();
    }

    /** Per GPU generation: {@code StrictMath.pow(1 - priceDeclinePerQuarter, age)} for the ages the game meets, or null. */
    private final double[][] priceDecline;

    /**
     * {@code StrictMath.pow(1 - g.priceDeclinePerQuarter(), age)} in quarter {@code quarterOrdinal}, the age being
     * the quarters since {@code g} went on sale (at least 0): from a table made once for one of the scenario's
     * generations (the same call's values; the generation found once), worked out otherwise.
     */
    public double priceDeclineAt(Scenario.GpuGeneration g, int quarterOrdinal) {
        if (genFrom != null) {
            List<Scenario.GpuGeneration> gens = sc.gpuGenerations();
            for (int i = 0; i < gens.size(); i++) {
                if (gens.get(i) == g) {
                    int age = Math.max(0, quarterOrdinal - genFrom[i]);
                    double[] t = priceDecline[i];
                    return t != null && age < t.length ? t[age] : StrictMath.pow(1 - g.priceDeclinePerQuarter(), age);
                }
            }
        }
        int age = Math.max(0, quarterOrdinal - availableFrom(g));
        return StrictMath.pow(1 - g.priceDeclinePerQuarter(), age);
    }

    /** The ordinal of {@code Quarter.parse(g.availableFrom())}, parsed once when {@code g} is one of the scenario's. */
    public int availableFrom(Scenario.GpuGeneration g) {
        if (genFrom != null) {
            List<Scenario.GpuGeneration> gens = sc.gpuGenerations();
            for (int i = 0; i < gens.size(); i++) {
                if (gens.get(i) == g) {
                    return genFrom[i];
                }
            }
        }
        return Quarter.parse(g.availableFrom()).ordinal();
    }

    /** Per site of the scenario (its order): the ordinal of its first quarter, or null when one does not parse. */
    private final int[] siteFrom;

    /** The ordinal of {@code Quarter.parse(s.availableFrom())}, parsed once when {@code s} is one of the scenario's. */
    public int availableFrom(Scenario.SiteSpec s) {
        if (siteFrom != null) {
            for (int i = 0; i < siteSpecs.length; i++) {
                if (siteSpecs[i] == s) {
                    return siteFrom[i];
                }
            }
        }
        return Quarter.parse(s.availableFrom()).ordinal();
    }

    /** The hash of the power-delay stream of site {@code siteId}, "power." + id. */
    public long powerStream(String siteId) {
        for (int i = 0; i < siteIds.length; i++) {
            if (siteIds[i].equals(siteId)) {
                return powerStream[i];
            }
        }
        return RandomStreams.nameHash("power." + siteId);
    }

    // ---------------------------------------------------------------- close9d: finance tables

    /** Made on first asking (two threads may make two equal ones: its fields are final). */
    private FinanceTables financeTables;

    /** The rating ladder's positions and core opex's growth factors, worked out once ({@link FinanceTables}). */
    public FinanceTables financeTables() {
        FinanceTables t = financeTables;
        if (t == null) {
            financeTables = t = new FinanceTables(sc, turns(), maintenanceAssetIds, maintenanceAssetNames);
        }
        return t;
    }

    // ---------------------------------------------------------------- books9e: maintenance capex's asset

    /**
     * Maintenance capex's other asset in {@code q} for {@code otherM} of spending:
     * {@code new DepreciatingAsset("CAPEX-" + q, "other capital expenditure " + q, SERVERS, otherM,
     * round(otherM / gpuLifeQuarters))}, the same record for every game of the scenario when the spending is
     * one of the two a quarter can have (with or without the servers' share: {@link FinanceTables}), a new
     * one otherwise. A record is a value: nothing tells two equal ones apart.
     */
    public dev.capex.engine.model.DepreciatingAsset maintenanceAsset(Quarter q, long otherM) {
        dev.capex.engine.model.DepreciatingAsset a = financeTables().maintenanceAsset(q.ordinal() - namesFrom, otherM);
        if (a != null) {
            return a;
        }
        return new dev.capex.engine.model.DepreciatingAsset(maintenanceAssetId(q), maintenanceAssetName(q),
                dev.capex.engine.model.Account.SERVERS, otherM, Turn.round(otherM / (double) sc.costs().gpuLifeQuarters()));
    }
}
