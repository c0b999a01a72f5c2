package dev.capex.report.levers;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.capex.report.Msg;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The forms are made once (LeverForms.ALL), before or after the language is chosen: each reads its
 * title, group, sentence and command help when shown, so a switch of language reaches every form (a form
 * that calls Msg.t in its constructor would keep the language of whichever code touched it first).
 */
class LeverLanguageTest {
    @AfterEach
    void english() {
        Msg.use("en");
    }

    @Test
    void everyFormSpeaksTheLanguageChosenAfterItWasMade() {
        Msg.use("en");
        for (LeverForm<?> f : LeverForms.ALL) {
            String en = f.title() + " | " + f.what() + " | " + f.usage().what();
            Msg.use("de");
            String de = f.title() + " | " + f.what() + " | " + f.usage().what();
            Msg.use("en");
            assertNotEquals(en, de, f.type() + ": the form reads the language when shown");
        }
    }
}
