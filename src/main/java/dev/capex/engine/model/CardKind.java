package dev.capex.engine.model;

/** When an event card can fire: in its quarter, or at random in a window. Spelled as in scenario files. */
public enum CardKind {
    scheduled, random
}
