package dev.capex.engine.random;

/**
 * A source of random numbers for one named part of the world in one quarter. The engine never
 * uses java.util.Random or Math.random: every draw comes from a stream derived from
 * (seed, quarter, name), so two games with the same seed face the same world (common random numbers).
 */
public interface RandomStream {
    /** Uniform in [0, 1). */
    double nextDouble();

    /** Standard normal. */
    double nextGaussian();

    /** True with probability p. Always consumes exactly one draw, so later draws do not shift. */
    default boolean chance(double p) {
        return nextDouble() < p;
    }

    /** Normal with the given mean and standard deviation. */
    default double normal(double mean, double sd) {
        return mean + sd * nextGaussian();
    }

    /** Uniform integer in [0, bound). */
    default int nextInt(int bound) {
        return (int) (nextDouble() * bound);
    }
}
