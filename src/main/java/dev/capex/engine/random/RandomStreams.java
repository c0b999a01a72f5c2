package dev.capex.engine.random;

import dev.capex.engine.math.FdlibmLog;
import dev.capex.engine.model.NormalDraws;
import dev.capex.engine.model.Quarter;

/**
 * Derives independent streams from (seed, quarter, stream name) with SplitMix64, as Shattered Pixel
 * Dungeon derives a seed per depth. Streams never share state, so drawing more or fewer numbers in one
 * part of the world (because the player did something) never moves the draws of another part.
 */
public final class RandomStreams {
    private final long seed;
    /** Normals by the ziggurat (true) or by Box-Muller (false): {@link NormalDraws}. */
    private final boolean ziggurat;

    /** Streams whose normals are drawn by Box-Muller (as every game before session 4's scenarios). */
    public RandomStreams(long seed) {
        this(seed, NormalDraws.boxMuller);
    }

    /** Streams whose normals are drawn by the given method (the scenario's {@code normalDraws}). */
    public RandomStreams(long seed, NormalDraws normals) {
        this.seed = seed;
        this.ziggurat = normals == NormalDraws.ziggurat;
    }

    public long seed() {
        return seed;
    }

    /** The stream for one part of the world in one quarter. */
    public RandomStream stream(Quarter quarter, String name) {
        return stream(quarter, fnv1a(name));
    }

    /** The same stream as {@code stream(quarter, name)} given {@code nameHash(name)} worked out beforehand. */
    public RandomStream stream(Quarter quarter, long nameHash) {
        return new SplitMix(start(quarter, nameHash), ziggurat);
    }

    /**
     * The same draws as {@code stream(quarter, nameHash)}, from this object's one reusable stream instead of
     * a new object: the stream is restarted at every call, so draw from it at once and never hold it across
     * another call of {@code reuse} (for the one-draw streams the engine asks for by the dozen each quarter).
     */
    public RandomStream reuse(Quarter quarter, long nameHash) {
        SplitMix r = reusable;
        if (r == null) {
            r = new SplitMix(0, ziggurat);
            reusable = r;
        }
        r.state = start(quarter, nameHash);
        return r;
    }

    private SplitMix reusable;

    private long start(Quarter quarter, long nameHash) {
        int o = quarter.ordinal();
        if (o != startOrdinal || !startMade) { // the seed's and the quarter's part, the same for every stream of a quarter
            startOrdinal = o;
            startHash = mix(mix(seed ^ 0x9E3779B97F4A7C15L) ^ o);
            startMade = true;
        }
        return mix(startHash ^ nameHash);
    }

    private int startOrdinal;
    private long startHash;
    private boolean startMade;

    /** The hash of a stream name, for {@link #stream(Quarter, long)}. */
    public static long nameHash(String name) {
        return fnv1a(name);
    }

    /** A stream not tied to a quarter (for example the start of a game). */
    public RandomStream stream(String name) {
        return new SplitMix(mix(mix(seed ^ 0x632BE59BD9B4E019L) ^ fnv1a(name)), ziggurat);
    }

    static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static final class SplitMix implements RandomStream {
        private long state;
        private final boolean ziggurat;

        SplitMix(long state, boolean ziggurat) {
            this.state = state;
            this.ziggurat = ziggurat;
        }

        long nextLong() {
            state += 0x9E3779B97F4A7C15L;
            return mix(state);
        }

        @Override
        public double nextDouble() {
            return (nextLong() >>> 11) * 0x1.0p-53;
        }

        @Override
        public double nextGaussian() {
            if (ziggurat) {
                return Ziggurat.next(this);
            }
            // Box-Muller with StrictMath, one normal per two uniforms, no cached spare (keeps draws countable).
            double u1 = nextDouble();
            double u2 = nextDouble();
            if (u1 < 1e-300) {
                u1 = 1e-300;
            }
            return StrictMath.sqrt(-2.0 * FdlibmLog.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
        }
    }
}
