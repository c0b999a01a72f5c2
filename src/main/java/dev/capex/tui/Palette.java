package dev.capex.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.SimpleTheme;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.graphics.Theme;

/**
 * The dashboard's colours, from the 16 ANSI colours only (a projector, a school's terminal and tmux
 * all show them the same). Every role also has a non-colour cue on screen — a sign, an arrow, a word —
 * so that {@code --no-color} and colour-blind players lose nothing but the colour.
 */
public final class Palette {
    /** What a piece of text means, not how it looks. */
    public enum Role { NORMAL, DIM, TITLE, HEADER, GOOD, BAD, WARN, KEY, SELECTED }

    private final boolean color;

    public Palette(boolean color) {
        this.color = color;
    }

    public boolean color() {
        return color;
    }

    /** Sets the graphics' colours and modifiers for a role. */
    public void apply(TextGraphics g, Role role) {
        g.clearModifiers();
        TextColor fg = TextColor.ANSI.DEFAULT;
        TextColor bg = TextColor.ANSI.DEFAULT;
        if (color) {
            switch (role) {
                case DIM -> fg = TextColor.ANSI.BLACK_BRIGHT;
                case TITLE -> {
                    fg = TextColor.ANSI.CYAN_BRIGHT;
                    g.enableModifiers(SGR.BOLD);
                }
                case HEADER -> {
                    fg = TextColor.ANSI.WHITE_BRIGHT;
                    bg = TextColor.ANSI.BLUE;
                    g.enableModifiers(SGR.BOLD);
                }
                case GOOD -> fg = TextColor.ANSI.GREEN_BRIGHT;
                case BAD -> fg = TextColor.ANSI.RED_BRIGHT;
                case WARN -> fg = TextColor.ANSI.YELLOW_BRIGHT;
                case KEY -> {
                    fg = TextColor.ANSI.BLACK;
                    bg = TextColor.ANSI.CYAN;
                }
                case SELECTED -> {
                    fg = TextColor.ANSI.BLACK;
                    bg = TextColor.ANSI.WHITE;
                }
                default -> {
                }
            }
        } else {
            switch (role) {
                case TITLE, HEADER -> g.enableModifiers(SGR.BOLD);
                case KEY, SELECTED -> g.enableModifiers(SGR.REVERSE);
                default -> {
                }
            }
        }
        g.setForegroundColor(fg);
        g.setBackgroundColor(bg);
    }

    /** The theme of forms and dialogs: Lanterna's widgets in the same 16 colours, or none. */
    public Theme theme() {
        if (color) {
            SimpleTheme t = SimpleTheme.makeTheme(true, TextColor.ANSI.BLACK, TextColor.ANSI.WHITE,
                    TextColor.ANSI.WHITE_BRIGHT, TextColor.ANSI.BLUE, TextColor.ANSI.WHITE_BRIGHT, TextColor.ANSI.BLUE,
                    TextColor.ANSI.DEFAULT);
            return t;
        }
        SimpleTheme t = new SimpleTheme(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT);
        t.getDefaultDefinition().setSelected(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, SGR.REVERSE);
        t.getDefaultDefinition().setActive(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, SGR.REVERSE);
        t.getDefaultDefinition().setPreLight(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, SGR.BOLD);
        t.getDefaultDefinition().setInsensitive(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT);
        return t;
    }
}
