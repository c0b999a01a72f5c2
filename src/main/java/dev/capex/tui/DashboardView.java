package dev.capex.tui;

import dev.capex.report.EventText;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.AbstractComponent;
import com.googlecode.lanterna.gui2.ComponentRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import dev.capex.engine.Engine;
import dev.capex.engine.Preview;
import dev.capex.engine.QuarterResult;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario;
import dev.capex.play.GameSession;
import dev.capex.tui.Palette.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The quarterly dashboard: header, finance and AI panels with changes and sparklines, the queued
 * decisions with the cash they use, the news, and the key bar. It reads the session and draws; the
 * controller ({@link CapexTui}) handles keys. Below 80x24 it says so instead of drawing a broken screen.
 */
public final class DashboardView extends AbstractComponent<DashboardView> {
    public static final int MIN_COLUMNS = 80;
    public static final int MIN_ROWS = 24;

    private final GameSession session;
    private final Palette palette;
    private List<Metrics> series = List.of();
    private Metrics start;
    private Preview base;
    private Preview queuedPreview;
    private final List<Long> queueCash = new ArrayList<>();
    private final List<TextPage.Line> news = new ArrayList<>();
    private int selected;
    private int newsTop;
    private String status = "";
    private int lastNewsRows = 5;
    private ReadOnly readOnly;
    private GameState opening;
    private dev.capex.engine.EloForecast forecast;
    private dev.capex.report.Explain.Power power;
    private List<dev.capex.report.Explain.Rival> rivals = List.of();
    private String runningScore = "";
    private String welcome;

    /**
     * A read-only face of the dashboard (the replay viewer): its own header and key bar, and in place
     * of the queue the decisions the quarter on screen was played with. The session then holds the
     * game as it stood after that quarter, with that quarter as its last result.
     */
    public record ReadOnly(String header, String wideHeader, String decisionsTitle, List<TextPage.Line> decisions,
            String opening, String[][] keys, String[][] wideKeys) {
    }

    /** Shows the dashboard read-only (null: the player's own dashboard again) and re-reads the session. */
    public void readOnly(ReadOnly face) {
        readOnly = face;
        refresh();
    }

    public DashboardView(GameSession session, Palette palette) {
        this.session = session;
        this.palette = palette;
        refresh();
    }

    /** Re-reads the session (after a quarter, or when the queue changed). */
    public void refresh() {
        Scenario sc = session.scenario();
        GameState s = session.state();
        if (start == null) {
            // The opening position: a session that has played no quarter is still at it (every session
            // starts at Engine.start of its scenario and seed), which saves recomputing it before the first frame.
            boolean atOpening = session.log().isEmpty() && session.results().isEmpty();
            opening = atOpening ? s : Engine.start(sc, session.seed());
            start = Metrics.start(sc, opening);
        }
        forecast = dev.capex.engine.EloForecast.of(sc, s);
        power = dev.capex.report.Explain.power(sc, s);
        List<QuarterResult> done = session.results();
        GameState previous = done.size() >= 2 ? done.get(done.size() - 2).state() : done.size() == 1 ? opening : null;
        rivals = dev.capex.report.Explain.rivals(sc, s, previous, done);
        runningScore = dev.capex.report.Explain.running(sc, s);
        series = Metrics.series(start, s);
        base = Engine.preview(sc, s, List.of());
        List<Decision> q = session.queued();
        // With nothing queued the queue's pro forma is the base one (the engine is a pure function).
        queuedPreview = q.isEmpty() ? base : session.preview();
        queueCash.clear();
        long before = base.cashAfterM();
        for (int i = 0; i < q.size(); i++) {
            long after = Engine.preview(sc, s, q.subList(0, i + 1)).cashAfterM();
            queueCash.add(after - before);
            before = after;
        }
        selected = Math.max(0, Math.min(selected, q.size() - 1));
        news.clear();
        QuarterResult r = session.lastResult();
        if (r == null && readOnly != null) {
            news.add(new TextPage.Line(readOnly.opening(), Role.NORMAL));
        } else if (r == null) {
            news.add(new TextPage.Line(welcome != null ? welcome : dev.capex.report.Msg.t("dash.welcome") + " "
                    + dev.capex.report.i18n.ScenarioText.description(sc), Role.NORMAL));
            news.add(new TextPage.Line(dev.capex.report.Msg.t("dash.pressN"), Role.NORMAL));
            for (String w : dev.capex.report.Explain.weights(sc)) {
                news.add(new TextPage.Line(w, Role.NORMAL));
            }
        } else {
            for (GameEvent e : r.events()) {
                if (e.category() != GameEvent.Category.COMPETITOR && e.category() != GameEvent.Category.DECISION) {
                    news.add(new TextPage.Line(tag(e) + EventText.text(e), role(e)));
                }
            }
            for (GameEvent e : r.events()) {
                if (e.category() == GameEvent.Category.COMPETITOR) {
                    news.add(new TextPage.Line(tag(e) + EventText.text(e), Role.NORMAL));
                }
            }
        }
        newsTop = Math.min(newsTop, Math.max(0, news.size() - 1));
        invalidate();
    }

    static String tag(GameEvent e) {
        return switch (e.category()) {
            case FINANCE -> dev.capex.report.Msg.t("tag.finance");
            case AI -> dev.capex.report.Msg.t("tag.ai");
            case WORLD -> dev.capex.report.Msg.t("tag.world");
            case COMPETITOR -> dev.capex.report.Msg.t("tag.rival");
            case CARD -> dev.capex.report.Msg.t("tag.event");
            case GAME -> dev.capex.report.Msg.t("tag.game");
            case DECISION -> dev.capex.report.Msg.t("tag.decision");
        };
    }

    /** Colour follows the words: a downgrade says "Downgraded", a breach says "breached". */
    static Role role(GameEvent e) {
        if (e instanceof GameEvent.RatingChanged rc) {
            return rc.downgrade() ? Role.BAD : Role.GOOD;
        }
        if (e instanceof GameEvent.CovenantBreached || e instanceof GameEvent.EmergencyFacilityDrawn
                || e instanceof GameEvent.DecisionRefused || e instanceof GameEvent.StarsLeft
                || (e instanceof GameEvent.GameEnded g && g.defaulted())) {
            return Role.BAD;
        }
        if (e instanceof GameEvent.GpusIdle || e instanceof GameEvent.ConstructionDelayed
                || e instanceof GameEvent.CardDrawn) {
            return Role.WARN;
        }
        if (e instanceof GameEvent.ModelReleased m && m.meta()) {
            return Role.GOOD;
        }
        return Role.NORMAL;
    }

    /** The opening position's figures (before the first quarter). */
    public Metrics start() {
        return start;
    }

    public int selected() {
        return selected;
    }

    public void select(int delta) {
        int n = session.queued().size();
        selected = n == 0 ? 0 : Math.max(0, Math.min(n - 1, selected + delta));
        invalidate();
    }

    public void scrollNews(int pages) {
        newsTop = Math.max(0, Math.min(Math.max(0, news.size() - 1), newsTop + pages * Math.max(1, lastNewsRows - 1)));
        invalidate();
    }

    /**
     * The news before the first quarter instead of the scenario's description: a workshop's description
     * names the facilitator's shock, which must stay a surprise until it happens.
     */
    public void welcome(String text) {
        welcome = text;
        refresh();
    }

    public void status(String s) {
        status = s == null ? "" : s;
        invalidate();
    }

    public String status() {
        return status;
    }

    @Override
    protected ComponentRenderer<DashboardView> createDefaultRenderer() {
        return new ComponentRenderer<>() {
            @Override
            public TerminalSize getPreferredSize(DashboardView c) {
                return new TerminalSize(MIN_COLUMNS, MIN_ROWS);
            }

            @Override
            public void drawComponent(TextGUIGraphics g, DashboardView c) {
                draw(new Canvas(g, palette));
            }
        };
    }

    private void draw(Canvas cv) {
        cv.clear();
        if (cv.width < MIN_COLUMNS || cv.height < MIN_ROWS) {
            tooSmall(cv);
            return;
        }
        Scenario sc = session.scenario();
        GameState s = session.state();
        boolean wide = cv.width >= 110;
        header(cv, sc, s, wide);
        int panelTop = 1;
        int gap = cv.height >= 30 ? 1 : 0;
        int left = cv.width / 2;
        finance(cv, 0, panelTop + gap, left - 1, sc);
        ai(cv, left + 1, panelTop + gap, cv.width - left - 1, sc, s);
        int row = panelTop + gap + 11 + gap;
        int band = cv.height >= 44 ? 9 : cv.height >= 34 ? 6 : cv.height >= 28 ? 4 : 3;
        if (readOnly == null || readOnly.decisions() != null) {
            arena(cv, 0, row, left - 1, band);
            outlook(cv, left + 1, row, cv.width - left - 1, band);
            row += band + gap;
        }
        int bottom = cv.height - 1;
        int free = bottom - row - 1; // rows for queue title, queue, news title, news (status row excluded)
        int listed = readOnly != null ? readOnly.decisions().size() : session.queued().size();
        int queueRows = Math.max(2, Math.min(Math.max(2, listed), Math.max(2, (free - 2) / 3)));
        queue(cv, row, queueRows);
        row += 1 + queueRows;
        int newsRows = bottom - 1 - row - 1;
        newsPanel(cv, row, newsRows);
        cv.fill(0, bottom - 1, cv.width, Role.NORMAL);
        if (!status.isEmpty()) {
            cv.text(1, bottom - 1, "» " + status, Role.WARN);
        }
        keyBar(cv, bottom);
    }

    private void tooSmall(Canvas cv) {
        List<String> msg = new ArrayList<>();
        msg.add(dev.capex.report.Msg.t("dash.needsSize", MIN_COLUMNS, MIN_ROWS));
        msg.add(dev.capex.report.Msg.t("dash.thisOne", cv.width, cv.height));
        msg.add(dev.capex.report.Msg.t("dash.larger"));
        msg.add(dev.capex.report.Msg.t("dash.quitsPlain"));
        int r0 = Math.max(0, (cv.height - msg.size()) / 2);
        for (int i = 0; i < msg.size(); i++) {
            List<String> lines = Fmt.wrap(msg.get(i), Math.max(10, cv.width - 2), "");
            cv.text(1, r0 + i, lines.get(0), i == 0 ? Role.WARN : Role.NORMAL);
        }
    }

    private void header(Canvas cv, Scenario sc, GameState s, boolean wide) {
        cv.fill(0, 0, cv.width, Role.HEADER);
        if (readOnly != null) {
            cv.text(0, 0, wide ? readOnly.wideHeader() : readOnly.header(), Role.HEADER);
            return;
        }
        int turn = Math.min(s.turn() + 1, sc.turns());
        String left = dev.capex.report.Msg.t("dash.header",
                sc.company().name(), s.quarter(), turn, sc.turns(), wide ? dev.capex.report.i18n.ScenarioText.name(sc) : sc.id(), session.team(),
                session.seed());
        if (s.isOver()) {
            left = dev.capex.report.Msg.t("dash.headerOver",
                    sc.company().name(), s.turn(), sc.id(), session.team(), session.seed());
        }
        cv.text(0, 0, left, Role.HEADER);
    }

    private Metrics now() {
        return series.get(series.size() - 1);
    }

    private Metrics prev() {
        return series.size() >= 2 ? series.get(series.size() - 2) : null;
    }

    private String spark(ToDoubleFunction<Metrics> f, int width) {
        if (series.size() < 2) {
            return "";
        }
        return Fmt.spark(Metrics.values(series, f), width);
    }

    private int ratingIndex(Scenario sc, String name) {
        for (int i = 0; i < sc.finance().ratings().size(); i++) {
            if (sc.finance().ratings().get(i).name().equals(name)) {
                return i;
            }
        }
        return 0;
    }

    /** A panel row: label, value, change (styled by whether it is good news), sparkline. */
    private void row(Canvas cv, int col, int r, int w, String label, String value, String change, Role changeRole,
            String spark) {
        int lw = w >= 50 ? 18 : 12;
        int vw = w >= 50 ? 10 : 8;
        int cw = 10;
        cv.text(col, r, Fmt.padRight(label, lw), Role.DIM);
        cv.text(col + lw + 1, r, Fmt.padLeft(value, vw), Role.NORMAL);
        cv.text(col + lw + vw + 2, r, Fmt.padRight(change, cw), changeRole);
        int sw = w - (lw + vw + cw + 3);
        if (spark != null && sw >= 3) {
            cv.text(col + lw + vw + cw + 3, r, spark.length() > sw ? spark.substring(spark.length() - sw) : spark,
                    Role.TITLE, sw);
        }
    }

    private static Role good(double delta, boolean upIsGood) {
        if (Math.abs(delta) < 1e-9) {
            return Role.DIM;
        }
        return (delta > 0) == upIsGood ? Role.GOOD : Role.BAD;
    }

    private void finance(Canvas cv, int col, int top, int w, Scenario sc) {
        Metrics n = now();
        Metrics p = prev();
        boolean big = w >= 50;
        int sw = Math.max(0, Math.min(16, w - (big ? 18 : 12) - (big ? 10 : 8) - 13));
        cv.text(col, top, " " + (p == null ? dev.capex.report.Msg.t("dash.financeOpening") : dev.capex.report.Msg.t("dash.financeSince", p.quarter())), Role.TITLE);
        int r = top + 1;
        long dCash = p == null ? 0 : n.cashM() - p.cashM();
        row(cv, col, r++, w, dev.capex.report.Msg.t("dash.cash"), Fmt.money(n.cashM()), p == null ? "" : Fmt.moneyChange(dCash), good(dCash, true),
                spark(Metrics::cashM, sw));
        long dDebt = p == null ? 0 : n.debtM() - p.debtM();
        row(cv, col, r++, w, dev.capex.report.Msg.t("dash.debt"), Fmt.money(n.debtM()), p == null ? "" : Fmt.moneyChange(dDebt), good(dDebt, false),
                spark(Metrics::debtM, sw));
        long dInt = p == null ? 0 : n.interestM() - p.interestM();
        row(cv, col, r++, w, big ? dev.capex.report.Msg.t("dash.interestLastQtr") : dev.capex.report.Msg.t("dash.interestQtr"), Fmt.money(n.interestM()),
                p == null ? "" : Fmt.moneyChange(dInt), good(dInt, false), spark(Metrics::interestM, sw));
        long dYr = queuedPreview.interestPerYearM() - base.interestPerYearBeforeM();
        row(cv, col, r++, w, big ? dev.capex.report.Msg.t("dash.interestYear") : dev.capex.report.Msg.t("dash.interestYr"), Fmt.money(base.interestPerYearBeforeM()),
                dYr == 0 ? dev.capex.report.Msg.t("dash.runRate") : "→ " + Fmt.money(queuedPreview.interestPerYearM()), dYr == 0 ? Role.DIM : Role.WARN,
                null);
        double dLev = p == null ? 0 : n.netLeverage() - p.netLeverage();
        row(cv, col, r++, w, dev.capex.report.Msg.t("dash.netLeverage"), Fmt.ratio(n.netLeverage()), p == null ? "" : Fmt.change(dLev, "%.2fx"),
                good(dLev, false), spark(Metrics::netLeverage, sw));
        if (base.hasCovenants()) {
            double h = base.covenantHeadroom();
            row(cv, col, r++, w, big ? dev.capex.report.Msg.t("dash.covenantHeadroom") : dev.capex.report.Msg.t("dash.covenant"), Fmt.ratio(h),
                    h < 0 ? dev.capex.report.Msg.t("dash.breach") : h < 0.5 ? dev.capex.report.Msg.t("dash.tight") : "ok", h < 0 ? Role.BAD : h < 0.5 ? Role.WARN : Role.GOOD, null);
        } else {
            row(cv, col, r++, w, big ? dev.capex.report.Msg.t("dash.covenantHeadroom") : dev.capex.report.Msg.t("dash.covenant"), dev.capex.report.Msg.t("dash.none"), dev.capex.report.Msg.t("dash.noLoans"), Role.DIM, null);
        }
        int ri = ratingIndex(sc, n.rating());
        int pri = p == null ? ri : ratingIndex(sc, p.rating());
        String rc = ri == pri ? (p == null ? "" : dev.capex.report.Msg.t("dash.ratingSame"))
                : dev.capex.report.Msg.t(ri > pri ? "dash.ratingDown" : "dash.ratingUp", p.rating());
        row(cv, col, r++, w, dev.capex.report.Msg.t("dash.rating"), n.rating(), rc, ri == pri ? Role.DIM : ri > pri ? Role.BAD : Role.GOOD,
                spark(m -> -ratingIndex(sc, m.rating()), sw));
        long dF = p == null ? 0 : n.fcfM() - p.fcfM();
        row(cv, col, r++, w, big ? dev.capex.report.Msg.t("dash.fcfQ") : dev.capex.report.Msg.t("dash.fcfShort"), Fmt.money(n.fcfM()),
                p == null ? "" : Fmt.moneyChange(dF), good(dF, true), spark(Metrics::fcfM, sw));
        double dPx = p == null ? 0 : n.sharePrice() / p.sharePrice() - 1;
        row(cv, col, r++, w, dev.capex.report.Msg.t("dash.sharePrice"), String.format(Locale.ROOT, "$%.2f", n.sharePrice()),
                p == null ? "" : Fmt.change(dPx * 100, "%.1f%%"), good(dPx, true), spark(Metrics::sharePrice, sw));
        long dCap = p == null ? 0 : n.marketCapM() - p.marketCapM();
        row(cv, col, r, w, dev.capex.report.Msg.t("dash.marketCap"), Fmt.money(n.marketCapM()), p == null ? "" : Fmt.moneyChange(dCap),
                good(dCap, true), spark(Metrics::marketCapM, sw));
    }

    private void ai(Canvas cv, int col, int top, int w, Scenario sc, GameState s) {
        Metrics n = now();
        Metrics p = prev();
        boolean big = w >= 50;
        int sw = Math.max(0, Math.min(16, w - (big ? 18 : 12) - (big ? 10 : 8) - 13));
        cv.text(col, top, " " + dev.capex.report.Msg.t("dash.aiRace") + " · " + Fmt.fit(s.lab().ai().bestModel(), Math.max(4, w - 12)), Role.TITLE);
        int r = top + 1;
        double dElo = p == null ? 0 : n.elo() - p.elo();
        row(cv, col, r++, w, big ? dev.capex.report.Msg.t("dash.modelElo") : "Elo", String.format(Locale.ROOT, "%.0f", n.elo()),
                p == null ? "" : Fmt.change(dElo, "%.0f"), good(dElo, true), spark(Metrics::elo, sw));
        row(cv, col, r++, w, dev.capex.report.Msg.t("dash.arenaRank"), "#" + n.rank(), p == null ? "" : Fmt.rankChange(p.rank(), n.rank()),
                p == null || p.rank() == n.rank() ? Role.DIM : n.rank() < p.rank() ? Role.GOOD : Role.BAD,
                spark(m -> -m.rank(), sw));
        double gap = n.frontierElo() - n.elo();
        row(cv, col, r++, w, big ? dev.capex.report.Msg.t("dash.frontierElo") : dev.capex.report.Msg.t("dash.frontier"), String.format(Locale.ROOT, "%.0f", n.frontierElo()),
                dev.capex.report.Msg.t("dash.gap", gap), gap > 100 ? Role.BAD : gap > 30 ? Role.WARN : Role.GOOD,
                spark(Metrics::frontierElo, sw));
        row(cv, col, r++, w, p == null ? dev.capex.report.Msg.t("dash.gpusOwned") : dev.capex.report.Msg.t("dash.gpusOnline"), Fmt.units(n.gpusOnline()), p == null ? "" : Fmt.change(n.gpusOnline()
                - p.gpusOnline(), "%,.0f").replace(",000", "k"), Role.DIM, spark(Metrics::gpusOnline, sw));
        long idle = n.gpusIdle();
        row(cv, col, r++, w, dev.capex.report.Msg.t("dash.gpusIdle"), Fmt.units(idle), idle > 0 ? dev.capex.report.Msg.t("dash.idlePower") : dev.capex.report.Msg.t("dash.noneIdle"),
                idle > 0 ? Role.BAD : Role.DIM, null);
        row(cv, col, r++, w, big ? dev.capex.report.Msg.t("dash.gpusOnOrder") : dev.capex.report.Msg.t("dash.onOrder"), Fmt.units(s.gpusOnOrder()), "", Role.DIM, null);
        row(cv, col, r++, w, dev.capex.report.Msg.t("dash.gwOnline"), String.format(Locale.ROOT, "%.2f", s.gwOnline()),
                dev.capex.report.Msg.t("dash.bldg", s.gwUnderConstruction()), Role.DIM, spark(Metrics::gwOnline, sw));
        int len = sc.ai().runLengthQuarters();
        int done = Math.min(len, s.lab().ai().runQuarters());
        String bar = "■".repeat(done) + "□".repeat(Math.max(0, len - done));
        row(cv, col, r++, w, dev.capex.report.Msg.t("dash.trainingRun"), "#" + (s.lab().ai().runNumber() + 1) + " " + bar,
                dev.capex.report.Msg.t("dash.runOf", done, len), Role.DIM, null);
        int dStars = p == null ? 0 : n.stars() - p.stars();
        row(cv, col, r++, w, big ? dev.capex.report.Msg.t("dash.stars") : dev.capex.report.Msg.t("dash.starsShort"), Integer.toString(s.lab().stars()),
                p == null ? "" : Fmt.change(dStars, "%.0f"), good(dStars, true), spark(Metrics::stars, sw));
        row(cv, col, r, w, big ? dev.capex.report.Msg.t("dash.trainResale") : dev.capex.report.Msg.t("dash.trainResaleShort"), Fmt.pct(s.policy().trainingShare()) + " / "
                + Fmt.pct(s.policy().resaleShare()), dev.capex.report.Msg.t("dash.ofGpus"), Role.DIM, null);
    }

    /** The arena field: each lab's best model, its Elo and change, and (with room) its capex and last move. */
    private void arena(Canvas cv, int col, int top, int w, int rows) {
        cv.text(col, top, " " + (w >= 60 ? dev.capex.report.Msg.t("dash.arena") : dev.capex.report.Msg.t("dash.arenaShort")),
                Role.TITLE, w);
        int lines = rows - 1;
        if (lines < rivals.size()) {
            // Condensed: the labs in one flow, best first, wrapped over the lines there are.
            List<String> parts = new ArrayList<>();
            for (dev.capex.report.Explain.Rival r : rivals) {
                parts.add((r.meta() ? "▶" : "") + r.lab() + " " + String.format(Locale.ROOT, "%.0f", r.elo())
                        + (Math.abs(r.change()) >= 0.5 ? Fmt.change(r.change(), "%.0f").replace(" ", "") : ""));
            }
            List<String> wrapped = Fmt.wrap(String.join(" · ", parts), w - 1, "");
            for (int i = 0; i < lines && i < wrapped.size(); i++) {
                cv.text(col + 1, top + 1 + i, i == lines - 1 && wrapped.size() > lines
                        ? Fmt.fit(wrapped.get(i) + " …", w - 1) : wrapped.get(i), Role.NORMAL, w - 1);
            }
            return;
        }
        for (int i = 0; i < lines && i < rivals.size(); i++) {
            dev.capex.report.Explain.Rival r = rivals.get(i);
            String head = String.format(Locale.ROOT, "#%-2d %-9s %-16s %5.0f %-6s", i + 1, Fmt.fit(r.lab(), 9),
                    Fmt.fit(r.model(), 16), r.elo(), Math.abs(r.change()) >= 0.5
                            ? Fmt.change(r.change(), "%.0f").replace(" ", "") : "");
            String tail = r.meta() ? dev.capex.report.Msg.t("rivals.you")
                    : (r.capexM() > 0 ? Fmt.money(r.capexM()) + "/q " : "") + r.lastMove();
            cv.text(col + 1, top + 1 + i, Fmt.fit(head + " " + tail, w - 1), r.meta() ? Role.GOOD : Role.NORMAL, w - 1);
        }
    }

    /** The next release's forecast, power at a glance and the running score. */
    private void outlook(Canvas cv, int col, int top, int w, int rows) {
        boolean narrow = w < 60;
        cv.text(col, top, " " + (narrow ? dev.capex.report.Msg.t("dash.outlookShort") : dev.capex.report.Msg.t("dash.outlook")),
                Role.TITLE, w);
        List<TextPage.Line> lines = new ArrayList<>();
        lines.add(new TextPage.Line(narrow ? dev.capex.report.Explain.forecastShort(forecast)
                : dev.capex.report.Explain.forecast(forecast), Role.NORMAL));
        lines.add(new TextPage.Line(narrow ? dev.capex.report.Explain.powerShort(power)
                : dev.capex.report.Explain.powerLine(power), power.spareGw() < 0 ? Role.BAD : Role.NORMAL));
        lines.add(new TextPage.Line(narrow ? dev.capex.report.Explain.runningShort(session.scenario(), session.state())
                : runningScore, Role.NORMAL));
        lines.add(new TextPage.Line("  " + dev.capex.report.Explain.forecastDrivers(forecast), Role.NORMAL));
        for (String d : dev.capex.report.Explain.deliveryLines(power)) {
            lines.add(new TextPage.Line("  " + d, d.contains("idle") || d.contains("still") ? Role.WARN : Role.NORMAL));
        }
        for (int i = 0; i < rows - 1 && i < lines.size(); i++) {
            cv.text(col + 1, top + 1 + i, lines.get(i).text(), lines.get(i).role(), w - 1);
        }
    }

    private void queue(Canvas cv, int row, int rows) {
        if (readOnly != null) {
            cv.fill(0, row, cv.width, Role.NORMAL);
            cv.text(0, row, readOnly.decisionsTitle(), Role.TITLE);
            List<TextPage.Line> d = readOnly.decisions();
            for (int i = 0; i < rows && i < d.size(); i++) {
                boolean cut = i == rows - 1 && d.size() > rows;
                cv.text(2, row + 1 + i, cut ? dev.capex.report.Msg.t("rv.andMore", d.size() - i) : d.get(i).text(),
                        cut ? Role.DIM : d.get(i).role());
            }
            return;
        }
        List<Decision> q = session.queued();
        String title = " " + dev.capex.report.Msg.t("dash.queued", session.state().quarter(), q.size());
        if (!q.isEmpty()) {
            title += dev.capex.report.Msg.t("dash.afterThem",
                    Fmt.money(queuedPreview.cashAfterM()), Fmt.money(queuedPreview.interestPerYearM()),
                    queuedPreview.hasCovenants() ? dev.capex.report.Msg.t("dash.headroom") + " " + Fmt.ratio(queuedPreview.covenantHeadroom()) : dev.capex.report.Msg.t("dash.noCovenants"),
                    queuedPreview.ratingNow(), queuedPreview.ratingOutlook());
        }
        cv.fill(0, row, cv.width, Role.NORMAL);
        cv.text(0, row, title, Role.TITLE);
        if (q.isEmpty()) {
            cv.text(2, row + 1, dev.capex.report.Msg.t("dash.nothingQueued"), Role.DIM);
            return;
        }
        int first = Math.max(0, Math.min(selected - rows + 1, q.size() - rows));
        first = Math.max(0, Math.min(first, selected));
        for (int i = 0; i < rows && first + i < q.size(); i++) {
            int k = first + i;
            boolean sel = k == selected;
            boolean refused = k < queuedPreview.decisionEvents().size()
                    && queuedPreview.decisionEvents().get(k) instanceof GameEvent.DecisionRefused;
            String cash = k < queueCash.size() ? Fmt.moneyChange(queueCash.get(k)).replace("▲ ", "").replace("▼ ", "")
                    + dev.capex.report.Msg.t("dash.cashSuffix") : "";
            if (k < queueCash.size() && queueCash.get(k) == 0) {
                cash = dev.capex.report.Msg.t("dash.noCashNow");
            }
            String left = (sel ? "▶ " : "  ") + (k + 1) + ". " + dev.capex.report.Text.summary(session.scenario(), q.get(k)) + (refused ? dev.capex.report.Msg.t("dash.refusedSuffix") : "");
            int cw = 16;
            cv.fill(0, row + 1 + i, cv.width, sel ? Role.SELECTED : Role.NORMAL);
            cv.text(0, row + 1 + i, Fmt.padRight(left, cv.width - cw - 1), sel ? Role.SELECTED : refused ? Role.BAD
                    : Role.NORMAL);
            cv.text(cv.width - cw, row + 1 + i, Fmt.padLeft(cash, cw - 1), sel ? Role.SELECTED : Role.NORMAL);
        }
    }

    private void newsPanel(Canvas cv, int row, int rows) {
        lastNewsRows = rows;
        QuarterResult r = session.lastResult();
        List<TextPage.Line> wrapped = new ArrayList<>();
        for (TextPage.Line l : news) {
            for (String w : Fmt.wrap(l.text(), cv.width - 2, "    ")) {
                wrapped.add(new TextPage.Line(w, l.role()));
            }
        }
        int top = Math.max(0, Math.min(newsTop, Math.max(0, wrapped.size() - rows)));
        newsTop = top;
        String title = " " + (r == null ? dev.capex.report.Msg.t("dash.news") : dev.capex.report.Msg.t("dash.newsFrom", r.statements().quarter()));
        if (wrapped.size() > rows) {
            title += dev.capex.report.Msg.t("dash.newsLines", top + 1,
                    Math.min(wrapped.size(), top + rows), wrapped.size());
        }
        cv.text(0, row, title, Role.TITLE);
        for (int i = 0; i < rows && top + i < wrapped.size(); i++) {
            TextPage.Line l = wrapped.get(top + i);
            cv.text(1, row + 1 + i, l.text(), l.role());
        }
    }

    private static String[][] shortKeys() {
        return new String[][] {{"n", dev.capex.report.Msg.t("keys.new")}, {"↑↓ Enter", dev.capex.report.Msg.t("keys.edit")}, {"Del", dev.capex.report.Msg.t("keys.drop")},
            {"PgDn", dev.capex.report.Msg.t("keys.news")}, {"r", dev.capex.report.Msg.t("keys.result")}, {"e", dev.capex.report.Msg.t("keys.endQtr")}, {"?", dev.capex.report.Msg.t("keys.help")}, {"q", dev.capex.report.Msg.t("keys.quit")}};
    }

    private static String[][] mediumKeys() {
        return new String[][] {{"n", dev.capex.report.Msg.t("keys.newDecision")}, {"Enter", dev.capex.report.Msg.t("keys.edit")}, {"Del", dev.capex.report.Msg.t("keys.remove")},
            {"PgUp/PgDn", dev.capex.report.Msg.t("keys.news")}, {"r", dev.capex.report.Msg.t("keys.lastResult")}, {"g", dev.capex.report.Msg.t("keys.glossary")}, {"e", dev.capex.report.Msg.t("keys.endQuarter")},
            {"?", dev.capex.report.Msg.t("keys.help")}, {"q", dev.capex.report.Msg.t("keys.quit")}};
    }

    static int keyBarWidth(String[][] keys, boolean roomy) {
        int need = 0;
        for (String[] k : keys) {
            need += k[0].length() + 2 + k[1].length() + 1 + (roomy ? 1 : 0);
        }
        return need;
    }

    private void keyBar(Canvas cv, int row) {
        cv.fill(0, row, cv.width, Role.NORMAL);
        String[][] keys = readOnly != null ? (cv.width >= 110 ? readOnly.wideKeys() : readOnly.keys())
                : cv.width >= 110
                ? new String[][] {{"n", dev.capex.report.Msg.t("keys.newDecision")}, {"↑↓", dev.capex.report.Msg.t("keys.queue")}, {"Enter", dev.capex.report.Msg.t("keys.edit")},
                    {"Del", dev.capex.report.Msg.t("keys.remove")}, {"PgUp/PgDn", dev.capex.report.Msg.t("keys.news")}, {"r", dev.capex.report.Msg.t("keys.lastResult")},
                    {"g", dev.capex.report.Msg.t("keys.glossary")}, {"e", dev.capex.report.Msg.t("keys.endQuarter")}, {"?", dev.capex.report.Msg.t("keys.help")}, {"q", dev.capex.report.Msg.t("keys.quit")}}
                : shortKeys();
        // The roomy spacing only when every key fits with it, and the short labels when even the long
        // ones without it do not fit: a key bar cut off hides "quit".
        boolean roomy = cv.width >= 110 && keyBarWidth(keys, true) <= cv.width;
        if (readOnly == null && keyBarWidth(keys, false) > cv.width) {
            keys = keyBarWidth(mediumKeys(), false) <= cv.width ? mediumKeys() : shortKeys();
        }
        int col = 0;
        for (String[] k : keys) {
            col = cv.text(col, row, " " + k[0] + " ", Role.KEY);
            col = cv.text(col, row, (roomy ? " " : "") + k[1] + " ", Role.NORMAL);
        }
    }
}
