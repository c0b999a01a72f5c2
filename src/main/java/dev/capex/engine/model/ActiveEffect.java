package dev.capex.engine.model;

/** An effect of an event card or a competitor reaction, in force until (and excluding) quarter until. */
public record ActiveEffect(String source, String target, EffectType type, double magnitude, Quarter until) {
}
