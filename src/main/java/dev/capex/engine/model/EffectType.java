package dev.capex.engine.model;

/**
 * What an effect in force changes ({@link ActiveEffect}): set by event cards ({@link CardEffect}) and
 * competitors' reactions ({@link ReactionEffect}). The constants are spelled as in scenario files and
 * saves, so a scenario file names them directly.
 */
public enum EffectType {
    /** Base rate, in bp. */
    baseRate,
    /** Credit spreads, in bp. */
    creditSpread,
    /** The GPU shortage index, in index points. */
    gpuShortage,
    /** GPU prices, as a factor. */
    gpuPrice,
    /** GPU lead times, in quarters. */
    gpuLeadTime,
    /** The probability of a power delay at a site each quarter. */
    powerDelay,
    /** AI demand growth, in points a year. */
    aiDemand,
    /** The market's impatience with capex, in multiple points. */
    impatience,
    /** The market's multiple, in points. */
    market,
    /** Consumer AI adoption, in points. */
    consumerAi,
    /** A price war on compute and AI products, as a share of prices. */
    priceWar,
    /** A rival's Elo, in points (target: the rival). */
    accelerate,
    /** A rival's counter-offers to its researchers, as a factor on their asking package (target: the rival). */
    counterOffer,
    /** A rival's capex, as a factor (target: the rival). */
    capexBoost
}
