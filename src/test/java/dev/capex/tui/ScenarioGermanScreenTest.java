package dev.capex.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.capex.engine.model.Scenario;
import dev.capex.report.Msg;
import dev.capex.scenario.ScenarioLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A German game shows the scenario's own texts in German on a virtual terminal: the welcome paragraph in
 * the first frame, the rivals' headlines and an event card on the result pages and in the news. An English
 * game of the same scenario shows them in English.
 */
class ScenarioGermanScreenTest {
    @AfterEach
    void english() {
        Msg.use("en");
    }

    private static String flat(String s) {
        return s.replaceAll("[│║|]", " ").replaceAll("\\s+", " ");
    }

    /** The screens of the first quarters' result pages, every page of each, joined. */
    private static String playQuarters(Harness h, int quarters) {
        StringBuilder seen = new StringBuilder();
        for (int q = 0; q < quarters; q++) {
            h.type("e").type("y");
            seen.append(h.screen());
            for (int i = 0; i < 6; i++) {
                h.key(KeyType.PageDown);
                seen.append(h.screen());
            }
            h.key(KeyType.Escape);
            seen.append(h.screen());
        }
        return flat(seen.toString());
    }

    @Test
    void aGermanGameShowsTheScenariosTextsInGerman() throws Exception {
        Msg.use("de");
        Scenario sc = ScenarioLoader.resolve("meta-2025");
        Harness h = new Harness(sc, 100, 30, true);
        String first = flat(h.screen());
        assertTrue(first.contains("Frühjahr 2025: Llama 4 hat gerade enttäuscht"), "the German welcome:\n" + h.screen());
        assertFalse(first.contains("Spring 2025"), "no English welcome:\n" + h.screen());
        String played = playQuarters(h, 2);
        // A rival's headline of 2025Q2 and the card scheduled for 2025Q3, in German.
        assertTrue(played.contains("Stargate: OpenAI, SoftBank und Oracle"), "the German headline:\n" + played);
        assertTrue(played.contains("GPT-5 und die Sora-App starten"), "the German card:\n" + played);
        assertFalse(played.contains("GPT-5 and the Sora app launch"), "no English card:\n" + played);
        assertFalse(played.contains("commit $500B over four years"), "no English headline:\n" + played);
    }

    @Test
    void anEnglishGameShowsThemInEnglish() throws Exception {
        Msg.use("en");
        Scenario sc = ScenarioLoader.resolve("meta-2025");
        Harness h = new Harness(sc, 100, 30, true);
        assertTrue(flat(h.screen()).contains("Spring 2025: Llama 4 has just disappointed"), h.screen());
        String played = playQuarters(h, 2);
        assertTrue(played.contains("GPT-5 and the Sora app launch"), played);
        assertFalse(played.contains("Sora-App"), played);
    }
}
