package dev.capex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.save.TestGames;
import org.junit.jupiter.api.Test;

/** capex calibrate: the reader's one command to rerun the 2024 check of docs/model.md. */
class CalibrateCommandTest {
    @Test
    void itPrintsTheModelsYearAgainstTheReportedOneAndTheCashBridge() {
        TestGames.Run r = TestGames.capex("calibrate");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        for (String line : new String[] {"Revenue", "Income from operations", "Operating cash flow", "Capital expenditure",
                "Free cash flow", "Cash and marketable securities", "Stock-based compensation (non-cash)",
                "Taxes paid on net share settlement of RSUs", "Form 10-K for 2024"}) {
            assertTrue(r.out().contains(line), line + " in:\n" + r.out());
        }
        assertFalse(r.out().contains("outside"), r.out());
    }

    @Test
    void aMissingReferenceIsOneLineAndABadInput() {
        TestGames.Run r = TestGames.capex("calibrate", "no-such-reference.json");
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("no-such-reference.json"), r.err());
    }
}
