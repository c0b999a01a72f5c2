package dev.capex.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;

/** Text at positions in a role's style, clipped to the area: the dashboard's only drawing primitive. */
final class Canvas {
    private final TextGraphics g;
    private final Palette palette;
    final int width;
    final int height;

    Canvas(TextGraphics g, Palette palette) {
        this.g = g;
        this.palette = palette;
        TerminalSize s = g.getSize();
        this.width = s.getColumns();
        this.height = s.getRows();
    }

    /** Writes text at (col, row), cut at {@code max} columns and at the right edge; returns the column after it. */
    int text(int col, int row, String s, Palette.Role role, int max) {
        if (row < 0 || row >= height || col >= width || max <= 0) {
            return col;
        }
        // Names and texts from scenarios, saves and the command line: shown escaped, never obeyed as controls.
        String t = Fmt.fit(dev.capex.scenario.Printable.line(s), Math.min(max, width - col));
        palette.apply(g, role);
        g.putString(col, row, t);
        return col + t.length();
    }

    int text(int col, int row, String s, Palette.Role role) {
        return text(col, row, s, role, width - col);
    }

    /** Fills a row (or part of it) with spaces in a role's style. */
    void fill(int col, int row, int w, Palette.Role role) {
        if (row < 0 || row >= height) {
            return;
        }
        palette.apply(g, role);
        g.putString(col, row, " ".repeat(Math.max(0, Math.min(w, width - col))));
    }

    void clear() {
        palette.apply(g, Palette.Role.NORMAL);
        g.fill(' ');
    }
}
