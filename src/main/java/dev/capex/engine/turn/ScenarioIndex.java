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
    /** Whether no two competitors' ids are the same ignoring case (then a lab's state sits at its position). */
    final boolean competitorIdsDistinct;

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
            for (int k = 0; k < i; k++) {
                if (Ids.same(cs.get(k).id(), c.id())) {
                    distinct = false;
                }
            }
        }
        competitorIdsDistinct = distinct;
    }

    /** The index of {@code sc}: the cached one when it was built for this very scenario object. */
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

        private Path(List<PathPoint> points, int[] ordinals, double[] values) {
            this.points = points;
            this.ordinals = ordinals;
            this.values = values;
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

    public long releaseStream(int competitor) {
        return releaseStream[competitor];
    }

    public boolean competitorIdsDistinct() {
        return competitorIdsDistinct;
    }
}
