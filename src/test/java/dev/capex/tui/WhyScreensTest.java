package dev.capex.tui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.capex.report.Msg;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The player sees why, in English and German, from the first frame: the arena field, the next release's
 * forecast, power and the running score on the dashboard; the price bridge and the release's Elo on the
 * result page; and every layout from 80x24 up keeps them on screen.
 */
class WhyScreensTest {

    @AfterEach
    void english() {
        Msg.use("en");
    }

    private static void contains(String screen, String... parts) {
        for (String p : parts) {
            assertTrue(screen.contains(p), "expected '" + p + "' on screen:\n" + screen);
        }
    }

    @Test
    void theFirstFrameShowsTheRivalsTheNextReleasePowerAndTheScoreInEnglish() {
        Msg.use("en");
        for (int[] size : new int[][] {{80, 24}, {100, 30}, {140, 45}}) {
            Harness h = new Harness(size[0], size[1]);
            String s = h.screen();
            contains(s, "ARENA", "Google", "OpenAI", "OUTLOOK", "Next", "Elo", "GW", "spare");
            if (size[1] >= 28) {
                contains(s, "Score if");
            }
            if (size[0] >= 140) {
                contains(s, "compute", "talent", "data", "technique");
            }
        }
    }

    @Test
    void theDashboardSpeaksGermanWhenAsked() {
        Msg.use("de");
        Harness h = new Harness(80, 24);
        contains(h.screen(), "FINANZEN", "KI-RENNEN", "Liquidität", "Schulden", "AUSBLICK", "Neu: Llama", "frei",
                "VORGEMERKT", "NACHRICHTEN", "Hilfe");
        Harness wide = new Harness(140, 45);
        contains(wide.screen(), "bestes Modell je Labor", "Wertung", "Rechenleistung", "Talente", "neue Entscheidung",
                "Quartal beenden");
    }

    @Test
    void theResultPageExplainsThePriceAndTheScoreInBothLanguages() {
        for (String lang : new String[] {"en", "de"}) {
            Msg.use(lang);
            Harness h = new Harness(100, 30);
            h.type("e").type("y");
            String s = h.screen();
            if (lang.equals("en")) {
                contains(s, "Share price", "Next release", "Score if the game ended now");
            } else {
                contains(s, "Aktienkurs", "Nächstes Modell", "Wertung, wenn das Spiel jetzt endete");
            }
            String title = lang.equals("en") ? "Why the share price moved" : "Warum sich der Aktienkurs bewegte";
            StringBuilder seen = new StringBuilder(s);
            for (int i = 0; i < 4; i++) {
                h.key(KeyType.PageDown);
                seen.append(h.screen());
            }
            contains(seen.toString(), title);
        }
    }

    @Test
    void everyLayoutFromTheSmallestUpKeepsTheKeyBarWhole() {
        for (String lang : new String[] {"en", "de"}) {
            Msg.use(lang);
            for (int cols = 80; cols <= 160; cols += 10) {
                Harness h = new Harness(cols, 24 + (cols - 80) / 4);
                String[] rows = h.screen().split("\n");
                String bar = rows[rows.length - 1];
                assertTrue(!bar.contains("…") && bar.contains(" q "), lang + " " + cols + ": '" + bar + "'");
            }
        }
    }
}
