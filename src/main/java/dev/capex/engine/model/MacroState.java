package dev.capex.engine.model;

/** The state of the macro world. Moves from its own random streams, never from the player. */
public record MacroState(double baseRate, double spreadShockBp, double gpuShortage, double assetIndex,
        double techniqueIndex, double marketNoise, double growthShock, double adLevelM) {
}
