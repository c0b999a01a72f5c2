package dev.capex.tui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TextColor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A projector-safe palette: every colour pair text is drawn in has a contrast ratio of at least 4.5:1
 * (WCAG 2.1, success criterion 1.4.3, with its relative luminance and contrast ratio formulas), the
 * terminal's DEFAULT taken as light grey on black.
 */
class PaletteContrastTest {

    static double channel(int c) {
        double s = c / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    static double luminance(TextColor.ANSI c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    static double contrast(TextColor.ANSI fg, TextColor.ANSI bg) {
        double a = luminance(fg == TextColor.ANSI.DEFAULT ? Palette.DEFAULT_FG : fg);
        double b = luminance(bg == TextColor.ANSI.DEFAULT ? Palette.DEFAULT_BG : bg);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    @Test
    void everyTextColourStandsOutFromItsBackground() {
        List<String> weak = new ArrayList<>();
        for (Palette.Pair p : Palette.allPairs()) {
            double c = contrast(p.fg(), p.bg());
            if (c < 4.5) {
                weak.add(String.format("%s on %s: %.2f:1", p.fg(), p.bg(), c));
            }
        }
        assertTrue(weak.isEmpty(), "below 4.5:1 — " + weak);
    }

    @Test
    void theFormulaKnowsABadPairWhenItSeesOne() {
        // The old dim text: dark grey on black, the pair a projector washes out.
        assertTrue(contrast(TextColor.ANSI.BLACK_BRIGHT, TextColor.ANSI.BLACK) < 4.5);
        assertTrue(contrast(TextColor.ANSI.GREEN, TextColor.ANSI.WHITE) < 4.5, "the old verdict green on grey");
        assertTrue(Math.abs(contrast(TextColor.ANSI.WHITE_BRIGHT, TextColor.ANSI.BLACK) - 21) < 0.01, "white on black is 21:1");
    }
}
