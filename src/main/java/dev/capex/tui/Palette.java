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

    /** A text colour on a background colour. */
    public record Pair(TextColor.ANSI fg, TextColor.ANSI bg) {
    }

    /**
     * What a terminal shows for DEFAULT, as far as contrast goes: light grey on black (most terminals,
     * tmux and projectors' dark themes). The contrast test resolves DEFAULT to these.
     */
    public static final TextColor.ANSI DEFAULT_FG = TextColor.ANSI.WHITE;
    public static final TextColor.ANSI DEFAULT_BG = TextColor.ANSI.BLACK;

    /** Forms and dialogs: black text on bright white, fields and the focus in bright white on blue. */
    static final Pair FORM = new Pair(TextColor.ANSI.BLACK, TextColor.ANSI.WHITE_BRIGHT);
    static final Pair FORM_EDITABLE = new Pair(TextColor.ANSI.WHITE_BRIGHT, TextColor.ANSI.BLUE);
    /** A form's verdict: accepted (blue, with ✓) or refused (red, with ✗), on the form's background. */
    static final Pair VERDICT_OK = new Pair(TextColor.ANSI.BLUE, FORM.bg());
    static final Pair VERDICT_REFUSED = new Pair(TextColor.ANSI.RED, FORM.bg());

    /** The colours of a role on the dashboard (DEFAULT where the terminal's own colour is used). */
    public static Pair pair(Role role) {
        return switch (role) {
            // Not dark grey on black: a projector washes it out. Light grey is the terminal's own text.
            case DIM -> new Pair(TextColor.ANSI.WHITE, TextColor.ANSI.DEFAULT);
            case TITLE -> new Pair(TextColor.ANSI.CYAN_BRIGHT, TextColor.ANSI.DEFAULT);
            case HEADER -> new Pair(TextColor.ANSI.WHITE_BRIGHT, TextColor.ANSI.BLUE);
            case GOOD -> new Pair(TextColor.ANSI.GREEN_BRIGHT, TextColor.ANSI.DEFAULT);
            case BAD -> new Pair(TextColor.ANSI.RED_BRIGHT, TextColor.ANSI.DEFAULT);
            case WARN -> new Pair(TextColor.ANSI.YELLOW_BRIGHT, TextColor.ANSI.DEFAULT);
            case KEY -> new Pair(TextColor.ANSI.BLACK, TextColor.ANSI.CYAN);
            case SELECTED -> new Pair(TextColor.ANSI.BLACK, TextColor.ANSI.WHITE);
            case NORMAL -> new Pair(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT);
        };
    }

    /** Every pair of colours text is drawn in, dashboard roles and the forms' theme alike (for the contrast test). */
    public static java.util.List<Pair> allPairs() {
        java.util.List<Pair> out = new java.util.ArrayList<>();
        for (Role r : Role.values()) {
            out.add(pair(r));
        }
        out.add(FORM);
        out.add(FORM_EDITABLE);
        out.add(VERDICT_OK);
        out.add(VERDICT_REFUSED);
        return out;
    }

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
            Pair p = pair(role);
            fg = p.fg();
            bg = p.bg();
            if (role == Role.TITLE || role == Role.HEADER) {
                g.enableModifiers(SGR.BOLD);
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
            SimpleTheme t = SimpleTheme.makeTheme(true, FORM.fg(), FORM.bg(), FORM_EDITABLE.fg(), FORM_EDITABLE.bg(),
                    FORM_EDITABLE.fg(), FORM_EDITABLE.bg(), TextColor.ANSI.DEFAULT);
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
