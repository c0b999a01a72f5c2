package dev.capex.engine.turn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.capex.engine.model.MacroState;
import org.junit.jupiter.api.Test;

/**
 * The working macro world stands in for its record between two state builds: every write shows in the next
 * record made, whenever the last one was made (a record kept after a write would put stale figures in a state).
 */
class WorkingMacroTest {
    private static final MacroState START = new MacroState(0.04, 12, 0.3, 1.1, 1.0, -0.02, 0.01, 40_000);

    @Test
    void theRecordIsTheOneReadUntilAWrite() {
        WorkingMacro m = new WorkingMacro(START);
        assertSame(START, m.record());
        assertSame(m.record(), m.record());
    }

    @Test
    void theMoveShowsInTheNextRecord() {
        WorkingMacro m = new WorkingMacro(START);
        m.record();
        m.move(0.05, 20, 0.4, 1.2, 1.1, 0.03, -0.01);
        assertEquals(new MacroState(0.05, 20, 0.4, 1.2, 1.1, 0.03, -0.01, 40_000), m.record());
    }

    @Test
    void theAdLevelShowsInTheNextRecord() {
        WorkingMacro m = new WorkingMacro(START);
        m.record();
        m.setAdLevel(41_000);
        assertEquals(START.withAdLevel(41_000), m.record());
    }

    @Test
    void theTechniqueIndexShowsInTheNextRecord() {
        WorkingMacro m = new WorkingMacro(START);
        m.record();
        m.setTechniqueIndex(1.5);
        assertEquals(START.withTechniqueIndex(1.5), m.record());
    }

    @Test
    void itReadsAsItsRecord() {
        WorkingMacro m = new WorkingMacro(START);
        m.move(0.05, 20, 0.4, 1.2, 1.1, 0.03, -0.01);
        m.setAdLevel(41_000);
        MacroState r = m.record();
        assertEquals(r.baseRate(), m.baseRate());
        assertEquals(r.spreadShockBp(), m.spreadShockBp());
        assertEquals(r.gpuShortage(), m.gpuShortage());
        assertEquals(r.assetIndex(), m.assetIndex());
        assertEquals(r.techniqueIndex(), m.techniqueIndex());
        assertEquals(r.marketNoise(), m.marketNoise());
        assertEquals(r.growthShock(), m.growthShock());
        assertEquals(r.adLevelM(), m.adLevelM());
    }
}
