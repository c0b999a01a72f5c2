package dev.capex.engine.model;

/** The state of the macro world. Moves from its own random streams, never from the player. */
public record MacroState(double baseRate, double spreadShockBp, double gpuShortage, double assetIndex,
        double techniqueIndex, double marketNoise, double growthShock, double adLevelM) {

    public MacroState withAdLevel(double levelM) {
        return new MacroState(baseRate, spreadShockBp, gpuShortage, assetIndex, techniqueIndex, marketNoise, growthShock,
                levelM);
    }

    public MacroState withTechniqueIndex(double index) {
        return new MacroState(baseRate, spreadShockBp, gpuShortage, assetIndex, index, marketNoise, growthShock,
                adLevelM);
    }
}
