package dev.capex.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.AbstractComponent;
import com.googlecode.lanterna.gui2.ComponentRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;

/**
 * A scrollable page of styled lines (help, glossary, a quarter's result, the scorecard). Long lines are
 * wrapped to the width it is drawn at; the last row names the keys and how much is left to read.
 */
public final class TextPage extends AbstractComponent<TextPage> {
    /** One line of the page and what it means. */
    public record Line(String text, Palette.Role role) {
    }

    private final Palette palette;
    private final List<Line> lines = new ArrayList<>();
    private String footer;
    private int top;
    private int anchor = -1;

    public TextPage(Palette palette, String footer) {
        this.palette = palette;
        this.footer = footer;
    }

    public TextPage add(String text, Palette.Role role) {
        lines.add(new Line(text, role));
        return this;
    }

    public TextPage add(String text) {
        return add(text, Palette.Role.NORMAL);
    }

    public TextPage blank() {
        return add("", Palette.Role.NORMAL);
    }

    /** Scrolls so that the given source line is at the top when next drawn. */
    public void scrollToLine(int index) {
        anchor = index;
    }

    public int size() {
        return lines.size();
    }

    public void setFooter(String f) {
        footer = f;
        invalidate();
    }

    private List<Line> wrapped(int width, int[] anchorOut) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i == anchor) {
                anchorOut[0] = out.size();
            }
            Line l = lines.get(i);
            String indent = l.text().startsWith("  ") ? "      " : "    ";
            for (String w : Fmt.wrap(l.text(), width, indent)) {
                out.add(new Line(w, l.role()));
            }
        }
        return out;
    }

    /** Handles a scrolling key; returns false for keys it does not use. */
    public boolean scroll(KeyStroke k, int pageRows) {
        int step;
        switch (k.getKeyType()) {
            case ArrowUp -> step = -1;
            case ArrowDown -> step = 1;
            case PageUp -> step = -Math.max(1, pageRows - 1);
            case PageDown -> step = Math.max(1, pageRows - 1);
            case Home -> step = -1_000_000;
            case End -> step = 1_000_000;
            default -> {
                return false;
            }
        }
        top = Math.max(0, top + step);
        invalidate();
        return true;
    }

    public int pageRows() {
        return Math.max(1, getSize().getRows() - 1);
    }

    @Override
    protected ComponentRenderer<TextPage> createDefaultRenderer() {
        return new ComponentRenderer<>() {
            @Override
            public TerminalSize getPreferredSize(TextPage c) {
                int w = 20;
                for (Line l : lines) {
                    w = Math.max(w, l.text().length());
                }
                return new TerminalSize(Math.min(w, 100), lines.size() + 1);
            }

            @Override
            public void drawComponent(TextGUIGraphics g, TextPage c) {
                Canvas cv = new Canvas(g, palette);
                cv.clear();
                int[] a = {-1};
                List<Line> w = wrapped(cv.width, a);
                int rows = Math.max(1, cv.height - 1);
                if (a[0] >= 0) {
                    top = a[0];
                    anchor = -1;
                }
                top = Math.max(0, Math.min(top, Math.max(0, w.size() - rows)));
                for (int r = 0; r < rows && top + r < w.size(); r++) {
                    Line l = w.get(top + r);
                    cv.text(0, r, l.text(), l.role());
                }
                String more = w.size() <= rows ? "" : dev.capex.report.Msg.t("page.lines", top + 1,
                        Math.min(w.size(), top + rows), w.size(), top + rows < w.size() ? dev.capex.report.Msg.t("page.more") : dev.capex.report.Msg.t("page.end"));
                cv.fill(0, cv.height - 1, cv.width, Palette.Role.KEY);
                int col = cv.text(0, cv.height - 1, " " + footer, Palette.Role.KEY);
                cv.text(Math.max(col, cv.width - more.length()), cv.height - 1, more, Palette.Role.KEY);
            }
        };
    }
}
