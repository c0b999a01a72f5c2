package dev.capex.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.api.Test;

/** The training run's list of the real terminal's classes names classes that exist (a renamed one would silently drop out of the archive). */
class CdsTrainingTest {
    @Test
    void everyTerminalClassOfTheTrainingRunExists() {
        for (String name : CdsTraining.TERMINAL_CLASSES) {
            assertDoesNotThrow(() -> Class.forName(name, false, CdsTrainingTest.class.getClassLoader()), name);
        }
    }
}
