package dev.capex.engine.model;

/** What a competitor's reaction puts in force. Spelled as in scenario files. */
public enum ReactionEffect {
    /** The rival's Elo rises (target: the rival). */
    accelerate(EffectType.accelerate),
    /** The rival counter-offers its researchers (target: the rival). */
    counterOffer(EffectType.counterOffer),
    /** A price war on compute and AI products (target: the world). */
    priceWar(EffectType.priceWar);

    private final EffectType inForce;

    ReactionEffect(EffectType inForce) {
        this.inForce = inForce;
    }

    public EffectType inForce() {
        return inForce;
    }

    /** Whether it acts on the whole market rather than on the rival that reacts. */
    public boolean onTheWorld() {
        return this == priceWar;
    }
}
