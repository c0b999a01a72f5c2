package dev.capex.engine.model;

/**
 * What an event card does: most put an effect in force for some quarters ({@link #inForce()}); three act
 * at once. Spelled as in scenario files.
 */
public enum CardEffect {
    baseRate(EffectType.baseRate),
    creditSpread(EffectType.creditSpread),
    gpuShortage(EffectType.gpuShortage),
    gpuPrice(EffectType.gpuPrice),
    gpuLeadTime(EffectType.gpuLeadTime),
    powerDelay(EffectType.powerDelay),
    aiDemand(EffectType.aiDemand),
    impatience(EffectType.impatience),
    market(EffectType.market),
    consumerAi(EffectType.consumerAi),
    priceWar(EffectType.priceWar),
    /** The technique index jumps by the magnitude (a factor), at once. */
    efficiencyBreakthrough(null),
    /** Rivals raid a share (the magnitude) of Meta's stars, at once. */
    talentRaid(null),
    /** Each stake held faces a probe with the magnitude as its probability, at once. */
    antitrust(null);

    private final EffectType inForce;

    CardEffect(EffectType inForce) {
        this.inForce = inForce;
    }

    /** The effect it puts in force, or null for one that acts at once. */
    public EffectType inForce() {
        return inForce;
    }
}
