package dev.capex.engine.turn;

import dev.capex.engine.model.MacroState;

/**
 * The macro world while a game is played ({@link MacroState}, open for writing): the same eight figures, read
 * by the same names, written in place by the macro step and the revenue step every quarter. The record is
 * made only when asked ({@link #record}: when the state is built), and kept while nothing is written, so
 * that a quarter makes none.
 */
public final class WorkingMacro {
    private double baseRate;
    private double spreadShockBp;
    private double gpuShortage;
    private double assetIndex;
    private double techniqueIndex;
    private double marketNoise;
    private double growthShock;
    private double adLevelM;
    /** The record of these figures, or null once one of them is written after it was made. */
    private MacroState record;

    WorkingMacro(MacroState s) {
        baseRate = s.baseRate();
        spreadShockBp = s.spreadShockBp();
        gpuShortage = s.gpuShortage();
        assetIndex = s.assetIndex();
        techniqueIndex = s.techniqueIndex();
        marketNoise = s.marketNoise();
        growthShock = s.growthShock();
        adLevelM = s.adLevelM();
        record = s;
    }

    /** The figures as a record: the one kept when nothing was written since it was made. */
    public MacroState record() {
        MacroState r = record;
        if (r == null) {
            r = new MacroState(baseRate, spreadShockBp, gpuShortage, assetIndex, techniqueIndex, marketNoise, growthShock,
                    adLevelM);
            record = r;
        }
        return r;
    }

    public double baseRate() {
        return baseRate;
    }

    public double spreadShockBp() {
        return spreadShockBp;
    }

    public double gpuShortage() {
        return gpuShortage;
    }

    public double assetIndex() {
        return assetIndex;
    }

    public double techniqueIndex() {
        return techniqueIndex;
    }

    public double marketNoise() {
        return marketNoise;
    }

    public double growthShock() {
        return growthShock;
    }

    public double adLevelM() {
        return adLevelM;
    }

    /** The macro step's move: every figure but the ad level ({@code WorldRules.moveMacro}). */
    public void move(double baseRate, double spreadShockBp, double gpuShortage, double assetIndex, double techniqueIndex,
            double marketNoise, double growthShock) {
        this.baseRate = baseRate;
        this.spreadShockBp = spreadShockBp;
        this.gpuShortage = gpuShortage;
        this.assetIndex = assetIndex;
        this.techniqueIndex = techniqueIndex;
        this.marketNoise = marketNoise;
        this.growthShock = growthShock;
        record = null;
    }

    /** {@link MacroState#withAdLevel}, in place. */
    public void setAdLevel(double levelM) {
        adLevelM = levelM;
        record = null;
    }

    /** {@link MacroState#withTechniqueIndex}, in place. */
    public void setTechniqueIndex(double index) {
        techniqueIndex = index;
        record = null;
    }
}
