package dev.capex.engine.model;

/** What makes a competitor react, compared with the reaction's threshold. Spelled as in scenario files. */
public enum ReactionTrigger {
    /** Meta's arena rank is at most the threshold. */
    metaRankAtMost,
    /** Meta has hired at least the threshold of this rival's stars. */
    poachedFrom,
    /** Meta's best Elo is within the threshold of the frontier. */
    metaEloWithinFrontier,
    /** Meta rents out more than the threshold share of its compute. */
    metaResaleAbove
}
