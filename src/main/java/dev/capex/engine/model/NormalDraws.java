package dev.capex.engine.model;

/**
 * How the engine draws its normal variates (the macro paths, rivals' and Meta's release noise, stake
 * impairments), spelled as in scenario files. Both are exact and the same on every JVM; they give different
 * numbers, so a game is replayed with the method it was played with: a save's embedded scenario written
 * before the field existed gets {@link #boxMuller} (scenario.LegacyDefaults), the built-in scenarios say
 * {@link #ziggurat}.
 */
public enum NormalDraws {
    /** Box-Muller with StrictMath: two uniforms, a logarithm, a square root and a cosine per normal (saves to session 4). */
    boxMuller,
    /** The ziggurat (Marsaglia-Tsang, Doornik's 128 layers): one 64-bit draw and a comparison for ~99% of normals. */
    ziggurat
}
