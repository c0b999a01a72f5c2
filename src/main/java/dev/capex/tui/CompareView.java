package dev.capex.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.AbstractComponent;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.ComponentRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;
import dev.capex.analysis.Comparison;
import dev.capex.analysis.Comparison.Game;
import dev.capex.analysis.Comparison.Pair;
import dev.capex.analysis.Comparison.Split;
import dev.capex.analysis.Comparison.Standing;
import dev.capex.analysis.Replay;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Quarter;
import dev.capex.save.SaveFile.Headline;
import dev.capex.tui.Palette.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Saved games side by side in the terminal (what {@code capex compare} prints, to browse): per quarter
 * each game's cash, debt, interest, rating, Elo and rank, GW online, share price, TSR and score (the
 * best in each row marked with *), the leaderboard, and for each pair where their decisions first
 * differ, what differed, and the split of the gap into choices and luck. ←/→ move the quarter, Tab
 * cycles the sections (at 80x24, one below the table at a time) or the pairs (on a taller terminal,
 * where the leaderboard stays on screen), ↑↓ scroll, d jumps to the pair's first difference, ? help,
 * q quits. Reads the {@link Comparison}; computes nothing of its own.
 */
public final class CompareView extends ViewerBase {
    /** From this many rows the leaderboard and a pair are both on screen (and the table has more rows). */
    static final int LARGE_ROWS = 34;

    private final Comparison comparison;
    private final Board board = new Board();
    private final BasicWindow main;
    private final int quarters;
    private int at;
    private int section;
    private int scroll;
    private int firstGame;
    private int lastLowerRows = 5;
    private int lastVisibleGames = 1;
    private boolean lastLarge;
    private String status = "";

    /** Opens the comparison at its last quarter, with the leaderboard below the table. */
    public CompareView(Comparison comparison, Screen screen, boolean color) {
        super(screen, color);
        this.comparison = comparison;
        int n = 0;
        for (Game g : comparison.games()) {
            n = Math.max(n, g.quartersPlayed());
        }
        this.quarters = n;
        this.at = Math.max(0, n - 1);
        this.main = new BasicWindow() {
            @Override
            public boolean handleInput(KeyStroke k) {
                return key(k);
            }
        };
        main.setComponent(board);
        mainWindow(main);
    }

    /** The quarter on screen (index from the scenario's first quarter). */
    public int quarterIndex() {
        return at;
    }

    public Quarter quarter() {
        return comparison.scenario().start().plus(at);
    }

    /** 0: the leaderboard; k: the k-th pair. */
    public int section() {
        return section;
    }

    // ---- keys

    private boolean key(KeyStroke k) {
        status = "";
        switch (k.getKeyType()) {
            case ArrowLeft -> moveQuarter(-1);
            case ArrowRight -> moveQuarter(1);
            case Home -> at = 0;
            case End -> at = Math.max(0, quarters - 1);
            case Tab -> cycle(1);
            case ReverseTab -> cycle(-1);
            case ArrowUp -> scroll = Math.max(0, scroll - 1);
            case ArrowDown -> scroll++;
            case PageUp -> scroll = Math.max(0, scroll - Math.max(1, lastLowerRows - 1));
            case PageDown -> scroll += Math.max(1, lastLowerRows - 1);
            case F1 -> openHelp();
            case Escape -> done = true;
            case Character -> {
                switch (Character.toLowerCase(k.getCharacter())) {
                    case 'p', 'h' -> moveQuarter(-1);
                    case 'n', 'l' -> moveQuarter(1);
                    case 'd' -> firstDifference();
                    case '<', '[', ',' -> shiftGames(-1);
                    case '>', ']', '.' -> shiftGames(1);
                    case '?' -> openHelp();
                    case 'q' -> done = true;
                    default -> {
                        return false;
                    }
                }
            }
            default -> {
                return false;
            }
        }
        board.invalidate();
        return true;
    }

    private void moveQuarter(int d) {
        int to = at + d;
        if (to < 0) {
            status = "the first quarter";
        } else if (to >= quarters) {
            status = "the last quarter";
        } else {
            at = to;
        }
    }

    private void cycle(int d) {
        int m = comparison.pairs().size();
        if (lastLarge) {
            int p = Math.max(1, section) - 1;
            section = 1 + Math.floorMod(p + d, m);
        } else {
            section = Math.floorMod(section + d, m + 1);
        }
        scroll = 0;
    }

    private Pair pair() {
        return comparison.pairs().get(Math.max(1, section) - 1);
    }

    private void firstDifference() {
        Pair p = pair();
        if (p.firstDifference() == null) {
            status = "these two games made the same decisions throughout";
            return;
        }
        if (section == 0) {
            section = 1;
            scroll = 0;
        }
        at = Math.max(0, Math.min(quarters - 1, p.firstDifference().minus(comparison.scenario().start())));
    }

    private void shiftGames(int d) {
        int n = comparison.games().size();
        firstGame = Math.max(0, Math.min(n - lastVisibleGames, firstGame + d));
    }

    public void openHelp() {
        TextPage p = new TextPage(palette, "Esc/Enter close · ↑↓ scroll · q quit");
        p.add("Comparing " + comparison.games().size() + " games of " + comparison.scenario().name(), Role.TITLE);
        p.blank();
        p.add("  ← → p n        the previous / next quarter in the table");
        p.add("  Home End       the first / last quarter");
        p.add("  Tab Shift-Tab  the next / previous section below the table: the leaderboard, then each pair");
        p.add("                 (on a tall terminal the leaderboard stays on screen and Tab goes through the pairs)");
        p.add("  d              the quarter in which the pair's decisions first differ");
        p.add("  ↑ ↓ PgUp PgDn  scroll the section");
        p.add("  < >            other games, when not all of them fit side by side");
        p.add("  ? F1           this help");
        p.add("  q Esc          leave");
        p.blank();
        p.add("Reading it", Role.TITLE);
        p.add("  * marks the best figure of a row in the quarter (lowest debt, interest and rank; highest otherwise).");
        p.add("  — : the game had ended (defaulted, finished) or its save stops before that quarter.");
        p.add("  Score: the scorecard so far (TSR, rank, rating, free cash flow, GW, survival); TSR: total "
                + "shareholder return since the start.");
        p.add("  Choices and luck: with equal seeds the whole gap between two games is choices. With unequal seeds "
                + "each game's decisions are replayed in the other's world; choices is what the decisions change in "
                + "the same world (averaged over both worlds), luck the rest, so choices + luck = the gap.");
        page("Help", p, null);
    }

    // ---- drawing

    private final class Board extends AbstractComponent<Board> {
        @Override
        protected ComponentRenderer<Board> createDefaultRenderer() {
            return new ComponentRenderer<>() {
                @Override
                public TerminalSize getPreferredSize(Board b) {
                    return new TerminalSize(DashboardView.MIN_COLUMNS, DashboardView.MIN_ROWS);
                }

                @Override
                public void drawComponent(TextGUIGraphics g, Board b) {
                    CompareView.this.draw(new Canvas(g, palette));
                }
            };
        }
    }

    private void draw(Canvas cv) {
        cv.clear();
        if (cv.width < DashboardView.MIN_COLUMNS || cv.height < DashboardView.MIN_ROWS) {
            List<String> msg = new ArrayList<>();
            msg.add("The compare view needs a terminal of at least " + DashboardView.MIN_COLUMNS + "x"
                    + DashboardView.MIN_ROWS + ";");
            msg.add("this one is " + cv.width + "x" + cv.height + ".");
            msg.add("Make the window larger (it redraws), or q and capex compare --format text.");
            int r = Math.max(0, (cv.height - msg.size()) / 2);
            for (int i = 0; i < msg.size(); i++) {
                cv.text(1, r + i, msg.get(i), i == 0 ? Role.WARN : Role.NORMAL);
            }
            return;
        }
        boolean large = cv.height >= LARGE_ROWS;
        boolean wide = cv.width >= 110;
        lastLarge = large;
        if (large && section == 0) {
            section = 1;
        }
        header(cv, wide);
        int row = cv.height >= 30 ? 2 : 1;
        row = table(cv, row, large, wide);
        int bottom = cv.height - 1;
        if (large) {
            row++;
            List<TextPage.Line> lb = leaderboard(wide);
            cv.text(0, row++, " LEADERBOARD (by score, at the end of each save)", Role.TITLE);
            for (TextPage.Line l : lb) {
                cv.text(1, row++, l.text(), l.role());
            }
            row++;
            lower(cv, row, bottom - row, pairTitle(), pairLines(pair(), cv.width - 2));
        } else if (section == 0) {
            lower(cv, row, bottom - row, " LEADERBOARD (by score) · Tab: the pairs", leaderboard(wide));
        } else {
            lower(cv, row, bottom - row, pairTitle(), pairLines(pair(), cv.width - 2));
        }
        keyBar(cv, bottom, wide);
    }

    private void header(Canvas cv, boolean wide) {
        cv.fill(0, 0, cv.width, Role.HEADER);
        String s = wide ? String.format(Locale.ROOT, " COMPARE · %d games of %s · %s · quarter %d of %d",
                comparison.games().size(), comparison.scenario().name(), quarter(), at + 1, quarters)
                : String.format(Locale.ROOT, " COMPARE · %d games · %s · %s · %d of %d", comparison.games().size(),
                        comparison.scenario().id(), quarter(), at + 1, quarters);
        cv.text(0, 0, s, Role.HEADER);
    }

    /** One row of the table: a label, how a game's figures read, and which way is better (0: none). */
    private record Metric(String label, Function<Headline, String> text, ToDoubleFunction<Headline> value, int better) {
    }

    private List<Metric> metrics(boolean large) {
        List<Metric> m = new ArrayList<>();
        m.add(new Metric("Cash", h -> Fmt.money(h.cashM()), Headline::cashM, 1));
        m.add(new Metric("Debt", h -> Fmt.money(h.debtM()), Headline::debtM, -1));
        m.add(new Metric("Interest q", h -> Fmt.money(h.interestM()), Headline::interestM, -1));
        if (large) {
            m.add(new Metric("Net leverage", h -> Fmt.ratio(h.netLeverage()), Headline::netLeverage, -1));
        }
        m.add(new Metric("Rating", Headline::rating, h -> ratingIndex(h.rating()), -1));
        m.add(new Metric("Elo", h -> fmt("%.0f", h.elo()), Headline::elo, 1));
        m.add(new Metric("Arena rank", h -> "#" + h.rank(), Headline::rank, -1));
        m.add(new Metric("GW online", h -> fmt("%.2f", h.gwOnline()), Headline::gwOnline, 1));
        m.add(new Metric("Share price", h -> fmt("$%.2f", h.sharePrice()), Headline::sharePrice, 1));
        m.add(new Metric("TSR", h -> fmt("%+.1f%%", h.tsr() * 100), Headline::tsr, 1));
        m.add(new Metric("Score", h -> fmt("%.1f", h.score()), Headline::score, 1));
        return m;
    }

    private int ratingIndex(String name) {
        var ratings = comparison.scenario().finance().ratings();
        for (int i = 0; i < ratings.size(); i++) {
            if (ratings.get(i).name().equals(name)) {
                return i;
            }
        }
        return ratings.size();
    }

    private static String fmt(String f, double v) {
        return String.format(Locale.ROOT, f, v);
    }

    private Headline figures(Game g) {
        return at < g.quartersPlayed() ? g.replay().quarters().get(at).figures() : null;
    }

    /** The side-by-side table of the quarter; returns the row after it. */
    private int table(Canvas cv, int row, boolean large, boolean wide) {
        List<Game> games = comparison.games();
        int n = games.size();
        int labelW = wide ? 14 : 12;
        int colW = Math.max(11, Math.min(22, (cv.width - labelW) / n));
        int visible = Math.max(1, Math.min(n, (cv.width - labelW) / colW));
        lastVisibleGames = visible;
        firstGame = Math.max(0, Math.min(firstGame, n - visible));
        String title = " QUARTER " + quarter() + " · ←→";
        for (Pair p : comparison.pairs()) {
            if (quarter().equals(p.firstDifference())) {
                title += " · » " + p.a().label() + " and " + p.b().label() + " decide differently from here";
                break;
            }
        }
        cv.fill(0, row, cv.width, Role.NORMAL);
        cv.text(0, row, title, Role.TITLE);
        if (!status.isEmpty()) {
            String s = " (" + status + ")";
            cv.text(Math.max(0, cv.width - s.length()), row, s, Role.WARN);
        }
        row++;
        String more = visible < n ? String.format(Locale.ROOT, "%d-%d of %d <>", firstGame + 1, firstGame + visible, n) : "";
        cv.text(0, row, Fmt.padRight(more, labelW), Role.DIM);
        // A label too long for its column goes on two rows, cut where it breaks best.
        boolean twoRows = false;
        for (int i = 0; i < visible; i++) {
            twoRows |= games.get(firstGame + i).label().length() > colW - 1;
        }
        for (int i = 0; i < visible; i++) {
            String label = games.get(firstGame + i).label();
            int col = labelW + i * colW;
            int w = colW - 1;
            if (label.length() <= w) {
                cv.text(col, row + (twoRows ? 1 : 0), Fmt.padLeft(label, w), Role.TITLE);
            } else {
                int cut = label.lastIndexOf(' ', w);
                cut = cut <= 0 ? w : cut;
                String rest = label.substring(cut).strip();
                // The end of a label tells games apart ("Team (its-file.json)"): keep it, cut the middle.
                rest = rest.length() <= w ? rest : "…" + rest.substring(rest.length() - (w - 1));
                cv.text(col, row, Fmt.padLeft(label.substring(0, cut), w), Role.TITLE);
                cv.text(col, row + 1, Fmt.padLeft(rest, w), Role.TITLE);
            }
        }
        row += twoRows ? 2 : 1;
        List<Metric> ms = metrics(large);
        boolean firstRow = true;
        for (Metric m : ms) {
            cv.text(0, row, Fmt.padRight(m.label(), labelW), Role.DIM);
            double best = Double.NaN;
            int have = 0;
            for (Game g : games) {
                Headline h = figures(g);
                if (h != null) {
                    have++;
                    double v = m.value().applyAsDouble(h) * m.better();
                    best = Double.isNaN(best) ? v : Math.max(best, v);
                }
            }
            for (int i = 0; i < visible; i++) {
                Headline h = figures(games.get(firstGame + i));
                Game g = games.get(firstGame + i);
                String t = firstRow && h == null ? (g.finalState().isOver() ? status(g) : "save ends") : "—";
                Role r = Role.DIM;
                if (h != null) {
                    boolean top = have >= 2 && m.better() != 0 && m.value().applyAsDouble(h) * m.better() == best;
                    t = (top ? "*" : "") + m.text().apply(h);
                    r = top ? Role.GOOD : Role.NORMAL;
                }
                cv.text(labelW + i * colW, row, Fmt.padLeft(t, colW - 1), r);
            }
            firstRow = false;
            row++;
        }
        if (large) {
            cv.text(0, row, Fmt.padRight("Decisions", labelW), Role.DIM);
            for (int i = 0; i < visible; i++) {
                Game g = games.get(firstGame + i);
                String t = "—";
                if (at < g.quartersPlayed()) {
                    Replay.ReplayedQuarter q = g.replay().quarters().get(at);
                    int d = q.saved().decisions().size();
                    t = d + (q.refused().isEmpty() ? "" : " (" + q.refused().size() + " refused)");
                }
                cv.text(labelW + i * colW, row, Fmt.padLeft(t, colW - 1), Role.NORMAL);
            }
            row++;
            cv.text(0, row, Fmt.padRight("Seed", labelW), Role.DIM);
            for (int i = 0; i < visible; i++) {
                cv.text(labelW + i * colW, row, Fmt.padLeft(Long.toString(games.get(firstGame + i).save().seed()),
                        colW - 1), Role.DIM);
            }
            row++;
        }
        return row;
    }

    private static String status(Game g) {
        GameState s = g.finalState();
        return s.isOver() ? s.status().name().toLowerCase(Locale.ROOT) : "in progress";
    }

    private List<TextPage.Line> leaderboard(boolean wide) {
        List<TextPage.Line> out = new ArrayList<>();
        int lw = wide ? 24 : 14;
        String f = "%2s  %-" + lw + "s %6s %4s  %-11s %8s %5s  %-6s %7s" + (wide ? " %8s" : "");
        out.add(new TextPage.Line(String.format(Locale.ROOT, f, "#", "Game", "Seed", "Qtrs", "Status", "TSR", "Rank",
                "Rating", "Score", "Behind"), Role.DIM));
        double lead = comparison.leaderboard().get(0).score().total();
        for (Standing s : comparison.leaderboard()) {
            Game g = s.game();
            out.add(new TextPage.Line(String.format(Locale.ROOT, f, s.place(), Fmt.fit(g.label(), lw), g.save().seed(),
                    g.quartersPlayed(), status(g), fmt("%+.1f%%", s.score().tsr() * 100), "#" + s.score().finalRank(),
                    s.score().rating(), fmt("%.1f", s.score().total()),
                    s.place() == 1 ? "leader" : fmt("%.1f", lead - s.score().total())),
                    s.place() == 1 ? Role.GOOD : Role.NORMAL));
        }
        return out;
    }

    private String pairTitle() {
        int m = comparison.pairs().size();
        Pair p = pair();
        return String.format(Locale.ROOT, " PAIR %d of %d · %s vs %s · Tab: %s", Math.max(1, section), m,
                p.a().label(), p.b().label(), lastLarge ? "next pair" : "next section");
    }

    private List<TextPage.Line> pairLines(Pair p, int width) {
        List<TextPage.Line> raw = new ArrayList<>();
        raw.add(new TextPage.Line(p.sameSeed() ? "Same seed (" + p.a().save().seed() + "): the whole gap is choices."
                : "Seeds " + p.a().save().seed() + " and " + p.b().save().seed()
                        + ": each game's decisions replayed in the other's world.", Role.DIM));
        splitLines(raw, "Score", p.score(), 1, "points", width);
        splitLines(raw, "TSR", p.tsr(), 100, "pts", width);
        if (p.firstDifference() == null) {
            raw.add(new TextPage.Line("Decisions first differ: never — the same decisions in every quarter.", Role.NORMAL));
        } else {
            raw.add(new TextPage.Line("Decisions first differ in " + p.firstDifference() + " (d shows that quarter):",
                    Role.TITLE));
            for (String w : p.whatDiffered()) {
                for (String part : w.split(" \\| ")) {
                    raw.add(new TextPage.Line("  " + part, Role.NORMAL));
                }
            }
        }
        if (!p.skipped().isEmpty()) {
            raw.add(new TextPage.Line("Skipped in the other world:", Role.WARN));
            for (String s : p.skipped()) {
                raw.add(new TextPage.Line("  " + s, Role.NORMAL));
            }
        }
        List<TextPage.Line> out = new ArrayList<>();
        for (TextPage.Line l : raw) {
            String indent = l.text().startsWith("  ") ? "    " : "  ";
            for (String w : Fmt.wrap(l.text(), width, indent)) {
                out.add(new TextPage.Line(w, l.role()));
            }
        }
        return out;
    }

    /** "Score gap +12.3 points = choices +10.1 + luck +2.2" and a bar of the two parts' sizes. */
    private static void splitLines(List<TextPage.Line> out, String what, Split s, double scale, String unit, int width) {
        out.add(new TextPage.Line(String.format(Locale.ROOT, "%s gap %+.1f %s = choices %+.1f + luck %+.1f", what,
                s.gap() * scale, unit, s.choices() * scale, s.luck() * scale), Role.TITLE));
        double c = Math.abs(s.choices());
        double l = Math.abs(s.luck());
        if (c + l < 1e-12) {
            out.add(new TextPage.Line("  no gap", Role.DIM));
            return;
        }
        int bar = Math.max(10, Math.min(40, width - 40));
        int nc = (int) Math.round(bar * c / (c + l));
        out.add(new TextPage.Line(String.format(Locale.ROOT, "  choices %3.0f%% %s%s %3.0f%% luck", 100 * c / (c + l),
                "█".repeat(nc), "░".repeat(bar - nc), 100 * l / (c + l)), Role.NORMAL));
    }

    /** A titled, scrolling list of lines in rows [row, row + rows). */
    private void lower(Canvas cv, int row, int rows, String title, List<TextPage.Line> lines) {
        int body = Math.max(1, rows - 1);
        lastLowerRows = body;
        scroll = Math.max(0, Math.min(scroll, Math.max(0, lines.size() - body)));
        String t = title;
        if (lines.size() > body) {
            t += String.format(Locale.ROOT, " · %d-%d of %d ↑↓", scroll + 1, Math.min(lines.size(), scroll + body),
                    lines.size());
        }
        cv.text(0, row, t, Role.TITLE);
        for (int i = 0; i < body && scroll + i < lines.size(); i++) {
            TextPage.Line l = lines.get(scroll + i);
            cv.text(1, row + 1 + i, l.text(), l.role());
        }
    }

    private void keyBar(Canvas cv, int row, boolean wide) {
        cv.fill(0, row, cv.width, Role.NORMAL);
        List<String[]> keys = new ArrayList<>();
        keys.add(new String[] {"←→", "quarter"});
        if (wide) {
            keys.add(new String[] {"Home/End", "first/last"});
        }
        keys.add(new String[] {"Tab", lastLarge ? "pair" : "section"});
        keys.add(new String[] {"↑↓", "scroll"});
        keys.add(new String[] {"d", wide ? "first difference" : "1st diff"});
        if (lastVisibleGames < comparison.games().size()) {
            keys.add(new String[] {"<>", "games"});
        }
        keys.add(new String[] {"?", "help"});
        keys.add(new String[] {"q", "quit"});
        int col = 0;
        for (String[] k : keys) {
            col = cv.text(col, row, " " + k[0] + " ", Role.KEY);
            col = cv.text(col, row, (wide ? " " : "") + k[1] + " ", Role.NORMAL);
        }
    }
}
