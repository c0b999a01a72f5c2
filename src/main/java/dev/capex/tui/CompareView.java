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
import dev.capex.engine.decision.Decision;
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
            status = dev.capex.report.Msg.t("cv.atFirst");
        } else if (to >= quarters) {
            status = dev.capex.report.Msg.t("cv.atLast");
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
            status = dev.capex.report.Msg.t("cv.sameDecisions");
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
        TextPage p = new TextPage(palette, dev.capex.report.Msg.t("rv.pageKeys"));
        p.add(dev.capex.report.Msg.t("cv.help.title", comparison.games().size(), dev.capex.report.i18n.ScenarioText.name(comparison.scenario())), Role.TITLE);
        p.blank();
        p.add("  ← → p n        " + dev.capex.report.Msg.t("cv.help.step"));
        p.add("  Home End       " + dev.capex.report.Msg.t("cv.help.jump"));
        p.add("  Tab Shift-Tab  " + dev.capex.report.Msg.t("cv.help.tab"));
        p.add("                 " + dev.capex.report.Msg.t("cv.help.tabTall"));
        p.add("  d              " + dev.capex.report.Msg.t("cv.help.diff"));
        p.add("  ↑ ↓ PgUp PgDn  " + dev.capex.report.Msg.t("cv.help.scroll"));
        p.add("  < >            " + dev.capex.report.Msg.t("cv.help.games"));
        p.add("  ? F1           " + dev.capex.report.Msg.t("rv.help.help"));
        p.add("  q Esc          " + dev.capex.report.Msg.t("cv.help.quit"));
        p.blank();
        p.add(dev.capex.report.Msg.t("cv.help.reading"), Role.TITLE);
        p.add("  " + dev.capex.report.Msg.t("cv.help.star"));
        p.add("  " + dev.capex.report.Msg.t("cv.help.dash"));
        p.add("  " + dev.capex.report.Msg.t("cv.help.score"));
        p.add("  " + dev.capex.report.Msg.t("cv.help.luck"));
        page(dev.capex.report.Msg.t("rv.helpTitle"), p, null);
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
            msg.add(dev.capex.report.Msg.t("cv.small1", DashboardView.MIN_COLUMNS, DashboardView.MIN_ROWS));
            msg.add(dev.capex.report.Msg.t("cv.small2", cv.width, cv.height));
            msg.add(dev.capex.report.Msg.t("cv.small3"));
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
            cv.text(0, row++, dev.capex.report.Msg.t("cv.leaderboardLarge"), Role.TITLE);
            for (TextPage.Line l : lb) {
                cv.text(1, row++, l.text(), l.role());
            }
            row++;
            lower(cv, row, bottom - row, pairTitle(), pairLines(pair(), cv.width - 2));
        } else if (section == 0) {
            lower(cv, row, bottom - row, dev.capex.report.Msg.t("cv.leaderboardSmall"), leaderboard(wide));
        } else {
            lower(cv, row, bottom - row, pairTitle(), pairLines(pair(), cv.width - 2));
        }
        keyBar(cv, bottom, wide);
    }

    private void header(Canvas cv, boolean wide) {
        cv.fill(0, 0, cv.width, Role.HEADER);
        String s = wide ? dev.capex.report.Msg.t("cv.headerWide", comparison.games().size(), dev.capex.report.i18n.ScenarioText.name(comparison.scenario()), quarter(),
                at + 1, quarters)
                : dev.capex.report.Msg.t("cv.header", comparison.games().size(), comparison.scenario().id(), quarter(), at + 1, quarters);
        cv.text(0, 0, s, Role.HEADER);
    }

    /** One row of the table: a label, how a game's figures read, and which way is better (0: none). */
    private record Metric(String label, Function<Headline, String> text, ToDoubleFunction<Headline> value, int better) {
    }

    private List<Metric> metrics(boolean large) {
        List<Metric> m = new ArrayList<>();
        m.add(new Metric(dev.capex.report.Msg.t("cv.m.cash"), h -> Fmt.money(h.cashM()), Headline::cashM, 1));
        m.add(new Metric(dev.capex.report.Msg.t("cv.m.debt"), h -> Fmt.money(h.debtM()), Headline::debtM, -1));
        m.add(new Metric(dev.capex.report.Msg.t("cv.m.interest"), h -> Fmt.money(h.interestM()), Headline::interestM, -1));
        if (large) {
            m.add(new Metric(dev.capex.report.Msg.t("cv.m.leverage"), h -> Fmt.ratio(h.netLeverage()), Headline::netLeverage, -1));
        }
        m.add(new Metric(dev.capex.report.Msg.t("cv.m.rating"), Headline::rating, h -> ratingIndex(h.rating()), -1));
        m.add(new Metric("Elo", h -> fmt("%.0f", h.elo()), Headline::elo, 1));
        m.add(new Metric(dev.capex.report.Msg.t("cv.m.rank"), h -> "#" + h.rank(), Headline::rank, -1));
        m.add(new Metric(dev.capex.report.Msg.t("cv.m.gw"), h -> fmt("%.2f", h.gwOnline()), Headline::gwOnline, 1));
        m.add(new Metric(dev.capex.report.Msg.t("cv.m.price"), h -> fmt("$%.2f", h.sharePrice()), Headline::sharePrice, 1));
        m.add(new Metric("TSR", h -> fmt("%+.1f%%", h.tsr() * 100), Headline::tsr, 1));
        m.add(new Metric(dev.capex.report.Msg.t("cv.m.score"), h -> fmt("%.1f", h.score()), Headline::score, 1));
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
        String title = dev.capex.report.Msg.t("cv.quarterTitle", quarter());
        for (Pair p : comparison.pairs()) {
            if (quarter().equals(p.firstDifference())) {
                title += dev.capex.report.Msg.t("cv.divergeHere", p.a().label(), p.b().label());
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
        String more = visible < n ? dev.capex.report.Msg.t("cv.moreGames", firstGame + 1, firstGame + visible, n) : "";
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
                String t = firstRow && h == null ? (g.finalState().isOver() ? status(g) : dev.capex.report.Msg.t("cv.saveEnds")) : "—";
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
            cv.text(0, row, Fmt.padRight(dev.capex.report.Msg.t("cv.m.decisions"), labelW), Role.DIM);
            for (int i = 0; i < visible; i++) {
                Game g = games.get(firstGame + i);
                String t = "—";
                if (at < g.quartersPlayed()) {
                    Replay.ReplayedQuarter q = g.replay().quarters().get(at);
                    int d = q.saved().decisions().size();
                    t = d + (q.refused().isEmpty() ? "" : dev.capex.report.Msg.t("cv.refused", q.refused().size()));
                }
                cv.text(labelW + i * colW, row, Fmt.padLeft(t, colW - 1), Role.NORMAL);
            }
            row++;
            cv.text(0, row, Fmt.padRight(dev.capex.report.Msg.t("cv.m.seed"), labelW), Role.DIM);
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
        return switch (s.status()) {
            case DEFAULTED -> dev.capex.report.Msg.t("cv.status.defaulted");
            case FINISHED -> dev.capex.report.Msg.t("cv.status.finished");
            default -> dev.capex.report.Msg.t("cv.status.playing");
        };
    }

    private List<TextPage.Line> leaderboard(boolean wide) {
        List<TextPage.Line> out = new ArrayList<>();
        int lw = wide ? 24 : 14;
        String f = "%2s  %-" + lw + "s %6s %4s  %-11s %8s %5s  %-6s %7s" + (wide ? " %8s" : "");
        out.add(new TextPage.Line(String.format(Locale.ROOT, f, "#", dev.capex.report.Msg.t("cv.lb.game"), dev.capex.report.Msg.t("cv.m.seed"),
                dev.capex.report.Msg.t("cv.lb.quarters"), dev.capex.report.Msg.t("cv.lb.status"), "TSR", dev.capex.report.Msg.t("cv.lb.rank"), dev.capex.report.Msg.t("cv.m.rating"),
                dev.capex.report.Msg.t("cv.m.score"), dev.capex.report.Msg.t("cv.lb.behind")), Role.DIM));
        double lead = comparison.leaderboard().get(0).score().total();
        for (Standing s : comparison.leaderboard()) {
            Game g = s.game();
            out.add(new TextPage.Line(String.format(Locale.ROOT, f, s.place(), Fmt.fit(g.label(), lw), g.save().seed(),
                    g.quartersPlayed(), status(g), fmt("%+.1f%%", s.score().tsr() * 100), "#" + s.score().finalRank(),
                    s.score().rating(), fmt("%.1f", s.score().total()),
                    s.place() == 1 ? dev.capex.report.Msg.t("cv.lb.leader") : fmt("%.1f", lead - s.score().total())),
                    s.place() == 1 ? Role.GOOD : Role.NORMAL));
        }
        return out;
    }

    private String pairTitle() {
        int m = comparison.pairs().size();
        Pair p = pair();
        return dev.capex.report.Msg.t("cv.pairTitle", Math.max(1, section), m, p.a().label(), p.b().label(),
                lastLarge ? dev.capex.report.Msg.t("cv.nextPair") : dev.capex.report.Msg.t("cv.nextSection"));
    }

    private List<TextPage.Line> pairLines(Pair p, int width) {
        List<TextPage.Line> raw = new ArrayList<>();
        raw.add(new TextPage.Line(p.sameSeed() ? dev.capex.report.Msg.t("cv.sameSeed", p.a().save().seed())
                : dev.capex.report.Msg.t("cv.otherSeeds", p.a().save().seed(), p.b().save().seed()), Role.DIM));
        splitLines(raw, dev.capex.report.Msg.t("cv.m.score"), p.score(), 1, dev.capex.report.Msg.t("cv.points"), width);
        splitLines(raw, "TSR", p.tsr(), 100, dev.capex.report.Msg.t("cv.pts"), width);
        if (p.firstDifference() == null) {
            raw.add(new TextPage.Line(dev.capex.report.Msg.t("cv.neverDiffer"), Role.NORMAL));
        } else {
            raw.add(new TextPage.Line(dev.capex.report.Msg.t("cv.firstDiffer", p.firstDifference()), Role.TITLE));
            for (String w : dev.capex.report.Msg.german() ? differedInLanguage(p) : p.whatDiffered()) {
                for (String part : w.split(" \\| ")) {
                    raw.add(new TextPage.Line("  " + part, Role.NORMAL));
                }
            }
        }
        if (!p.skipped().isEmpty()) {
            raw.add(new TextPage.Line(dev.capex.report.Msg.t("cv.skipped"), Role.WARN));
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

    /**
     * What the pair decided differently in the quarter they first differ, written by the shell in the
     * player's language (the comparison's own text, for CSV and JSON too, is English).
     */
    private List<String> differedInLanguage(Pair p) {
        List<Decision> da = decisionsIn(p.a(), p.firstDifference());
        List<Decision> db = decisionsIn(p.b(), p.firstDifference());
        return List.of(p.a().label() + ": " + summaries(Comparison.minus(da, db)) + " | " + p.b().label() + ": "
                + summaries(Comparison.minus(db, da)));
    }

    private static List<Decision> decisionsIn(Game g, Quarter q) {
        for (Replay.ReplayedQuarter rq : g.replay().quarters()) {
            if (rq.quarter().equals(q)) {
                return rq.saved().decisions();
            }
        }
        return List.of();
    }

    private String summaries(List<Decision> ds) {
        if (ds.isEmpty()) {
            return dev.capex.report.Msg.t("cv.nothingElse");
        }
        List<String> s = new ArrayList<>();
        for (Decision d : ds) {
            s.add(dev.capex.report.Text.summary(comparison.scenario(), d));
        }
        return String.join(", ", s);
    }

    /** "Score gap +12.3 points = choices +10.1 + luck +2.2" and a bar of the two parts' sizes. */
    private static void splitLines(List<TextPage.Line> out, String what, Split s, double scale, String unit, int width) {
        out.add(new TextPage.Line(dev.capex.report.Msg.t("cv.gap", what, s.gap() * scale, unit, s.choices() * scale, s.luck() * scale),
                Role.TITLE));
        double c = Math.abs(s.choices());
        double l = Math.abs(s.luck());
        if (c + l < 1e-12) {
            out.add(new TextPage.Line("  " + dev.capex.report.Msg.t("cv.noGap"), Role.DIM));
            return;
        }
        int bar = Math.max(10, Math.min(40, width - 40));
        int nc = (int) Math.round(bar * c / (c + l));
        out.add(new TextPage.Line("  " + dev.capex.report.Msg.t("cv.bar", 100 * c / (c + l), "█".repeat(nc), "░".repeat(bar - nc),
                100 * l / (c + l)), Role.NORMAL));
    }

    /** A titled, scrolling list of lines in rows [row, row + rows). */
    private void lower(Canvas cv, int row, int rows, String title, List<TextPage.Line> lines) {
        int body = Math.max(1, rows - 1);
        lastLowerRows = body;
        scroll = Math.max(0, Math.min(scroll, Math.max(0, lines.size() - body)));
        String t = title;
        if (lines.size() > body) {
            t += dev.capex.report.Msg.t("cv.scrollPos", scroll + 1, Math.min(lines.size(), scroll + body), lines.size());
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
        keys.add(new String[] {"←→", dev.capex.report.Msg.t("rv.key.quarter")});
        if (wide) {
            keys.add(new String[] {"Home/End", dev.capex.report.Msg.t("rv.key.firstLast")});
        }
        keys.add(new String[] {"Tab", lastLarge ? dev.capex.report.Msg.t("cv.key.pair") : dev.capex.report.Msg.t("cv.key.section")});
        keys.add(new String[] {"↑↓", dev.capex.report.Msg.t("cv.key.scroll")});
        keys.add(new String[] {"d", wide ? dev.capex.report.Msg.t("cv.key.diff") : dev.capex.report.Msg.t("cv.key.diffShort")});
        if (lastVisibleGames < comparison.games().size()) {
            keys.add(new String[] {"<>", dev.capex.report.Msg.t("cv.key.games")});
        }
        keys.add(new String[] {"?", dev.capex.report.Msg.t("rv.key.help")});
        keys.add(new String[] {"q", dev.capex.report.Msg.t("rv.key.quit")});
        int col = 0;
        for (String[] k : keys) {
            col = cv.text(col, row, " " + k[0] + " ", Role.KEY);
            col = cv.text(col, row, (wide ? " " : "") + k[1] + " ", Role.NORMAL);
        }
    }
}
