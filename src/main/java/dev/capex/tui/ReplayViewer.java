package dev.capex.tui;

import dev.capex.report.EngineText;
import dev.capex.report.EventText;
import dev.capex.report.Msg;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import dev.capex.analysis.Replay;
import dev.capex.engine.QuarterResult;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario;
import dev.capex.play.GameSession;
import dev.capex.report.Text;
import dev.capex.save.SaveFile;
import dev.capex.tui.Palette.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A saved game on the dashboard, read-only, quarter by quarter: the dashboard as it stood after the
 * quarter on screen, the decisions that quarter was played with in place of the queue, and that
 * quarter's news. ←/→ (p/n) step, Home/End jump, r opens the quarter's result (statements, events
 * and their causes, competitors), s the scorecard so far, ? help, q or Escape quits. No lever can be
 * pulled: the key bar names only the keys that work.
 */
public final class ReplayViewer extends ViewerBase {
    /** The key bar, in the player's language when drawn (the keys' words are looked up each time). */
    private static String[][] keys() {
        return new String[][] {{"←→", Msg.t("rv.key.quarter")}, {"Home/End", Msg.t("rv.key.firstLast")},
            {"r", Msg.t("rv.key.result")}, {"s", Msg.t("rv.key.score")}, {"PgDn", Msg.t("rv.key.news")},
            {"?", Msg.t("rv.key.help")}, {"q", Msg.t("rv.key.quit")}};
    }

    private static String[][] wideKeys() {
        return new String[][] {{"←→ p/n", Msg.t("rv.key.quarter")}, {"Home/End", Msg.t("rv.key.firstLast")},
            {"r", Msg.t("rv.key.quarterResult")}, {"s", Msg.t("rv.key.scorecard")}, {"PgUp/PgDn", Msg.t("rv.key.news")},
            {"?", Msg.t("rv.key.help")}, {"q Esc", Msg.t("rv.key.quit")}};
    }

    private final Replay.Result replay;
    private final String file;
    private final Scenario scenario;
    private final GameSession session;
    private final DashboardView dashboard;
    private final BasicWindow main;
    private int at;

    /** Opens the replay of {@code file} at its first quarter (its opening position if it has none). */
    public ReplayViewer(Replay.Result replay, String file, Screen screen, boolean color) {
        super(screen, color);
        this.replay = replay;
        this.file = file;
        SaveFile save = replay.save();
        this.scenario = save.scenario();
        this.session = new GameSession(scenario, save.seed(), save.team(), replay.start());
        this.dashboard = new DashboardView(session, palette);
        this.main = new BasicWindow() {
            @Override
            public boolean handleInput(KeyStroke k) {
                return dashboardKey(k);
            }
        };
        main.setComponent(dashboard);
        mainWindow(main);
        show(Math.min(1, quarters()));
    }

    /** How many quarters the replay holds. */
    public int quarters() {
        return replay.quarters().size();
    }

    /** The number of quarters played in the position on screen (0 = the opening position). */
    public int at() {
        return at;
    }

    public DashboardView dashboard() {
        return dashboard;
    }

    /** Shows the game as it stood after {@code k} quarters (clamped to the replay). */
    public void show(int k) {
        at = Math.max(0, Math.min(quarters(), k));
        Map<Quarter, List<Decision>> log = new LinkedHashMap<>();
        List<QuarterResult> results = new ArrayList<>();
        for (int i = 0; i < at; i++) {
            Replay.ReplayedQuarter q = replay.quarters().get(i);
            log.put(q.quarter(), q.saved().decisions());
            results.add(q.result());
        }
        GameState s = at == 0 ? replay.start() : results.get(at - 1).state();
        session.restore(log, results, s);
        dashboard.readOnly(face());
        dashboard.scrollNews(-1_000);
        dashboard.status(note());
    }

    private DashboardView.ReadOnly face() {
        SaveFile save = replay.save();
        String shown = at == 0 ? Msg.t("rv.openingPosition") : replay.quarters().get(at - 1).quarter().toString();
        String over = at > 0 && at == quarters() && session.state().isOver() ? Msg.t("rv.gameOverTag") : "";
        String header = Msg.t("rv.header", shown, at, quarters(), scenario.id(), save.team(), save.seed(), over);
        String wide = Msg.t("rv.headerWide", scenario.company().name(), shown, at, quarters(), session.state().turn(),
                scenario.turns(), scenario.id(), save.team(), save.seed(), over);
        List<TextPage.Line> decisions = new ArrayList<>();
        String title;
        if (at == 0) {
            title = Msg.t("rv.decisionsNone");
        } else {
            QuarterResult r = replay.quarters().get(at - 1).result();
            int n = 0;
            for (GameEvent e : r.events()) {
                if (e instanceof GameEvent.DecisionApplied || e instanceof GameEvent.DecisionRefused) {
                    n++;
                    decisions.add(new TextPage.Line(n + ". " + EventText.text(e), e instanceof GameEvent.DecisionRefused
                            ? Role.BAD : Role.NORMAL));
                }
            }
            title = Msg.t("rv.decisionsIn", shown, n);
            if (n == 0) {
                decisions.add(new TextPage.Line(Msg.t("rv.noDecision"), Role.DIM));
            }
        }
        String opening = Msg.t("rv.opening", dev.capex.report.i18n.ScenarioText.name(scenario)) + " "
                + (quarters() == 0 ? Msg.t("rv.noQuarterYet") : Msg.t("rv.stepToFirst"));
        return new DashboardView.ReadOnly(header, wide, title, decisions, opening, keys(), wideKeys());
    }

    /** The status line: where the replay departs from its save, or where the save ends. */
    private String note() {
        if (!replay.matches()) {
            return Msg.t("rv.warning", replay.mismatch().message());
        }
        if (at == quarters() && quarters() > 0) {
            return session.state().isOver() ? Msg.t("rv.gameOver", EngineText.end(session.state().endReason()))
                    : Msg.t("rv.saveEnds", file);
        }
        return "";
    }

    private boolean dashboardKey(KeyStroke k) {
        switch (k.getKeyType()) {
            case ArrowLeft -> step(-1);
            case ArrowRight -> step(1);
            case Home -> show(Math.min(1, quarters()));
            case End -> show(quarters());
            case PageUp -> dashboard.scrollNews(-1);
            case PageDown -> dashboard.scrollNews(1);
            case Enter -> openResult();
            case F1 -> openHelp();
            case Escape -> done = true;
            case Character -> {
                switch (Character.toLowerCase(k.getCharacter())) {
                    case 'p', 'h' -> step(-1);
                    case 'n', 'l', ' ' -> step(1);
                    case 'r' -> openResult();
                    case 's' -> openScorecard();
                    case '?' -> openHelp();
                    case 'q' -> done = true;
                    case 'e', 'x', '+', '-' -> dashboard.status(Msg.t("rv.readOnly", file));
                    default -> {
                        return false;
                    }
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void step(int d) {
        int to = at + d;
        if (to < Math.min(1, quarters())) {
            dashboard.status(Msg.t("rv.atFirst"));
        } else if (to > quarters()) {
            dashboard.status(Msg.t("rv.atLast"));
        } else {
            show(to);
        }
    }

    /** The result page of the quarter on screen; ←/→ move to the previous or next quarter's result. */
    public void openResult() {
        if (at == 0) {
            dashboard.status(Msg.t("rv.noQuarterPlayed"));
            return;
        }
        QuarterResult r = replay.quarters().get(at - 1).result();
        int rankBefore = at >= 2 ? replay.quarters().get(at - 2).result().state().lab().ai().rank() : dashboard.start().rank();
        TextPage p = ResultPage.of(palette, scenario, r, rankBefore,
                Msg.t("rv.resultKeys"));
        page(Msg.t("rv.resultTitle", r.statements().quarter()), p, k -> {
            int d = k.getKeyType() == KeyType.ArrowLeft ? -1 : k.getKeyType() == KeyType.ArrowRight ? 1 : 0;
            if (k.getKeyType() == KeyType.Character) {
                char c = Character.toLowerCase(k.getCharacter());
                d = c == 'p' ? -1 : c == 'n' ? 1 : 0;
            }
            if (d == 0 || at + d < 1 || at + d > quarters()) {
                return d != 0;
            }
            closePages(main);
            show(at + d);
            openResult();
            return true;
        });
    }

    public void openScorecard() {
        GameState s = session.state();
        TextPage p = new TextPage(palette, Msg.t("rv.pageKeys"));
        p.add(s.isOver() ? Msg.t("rv.scoreOver", EngineText.end(s.endReason()))
                : Msg.t("rv.scoreSoFar", at == 0 ? Msg.t("rv.noQuarter") : s.latest().quarter()),
                Role.TITLE);
        p.blank();
        for (String l : Text.scorecard(scenario, s)) {
            p.add(l, l.startsWith("===") ? Role.TITLE : Role.NORMAL);
        }
        page(Msg.t("rv.scorecardTitle"), p, null);
    }

    public void openHelp() {
        TextPage p = new TextPage(palette, Msg.t("rv.pageKeys"));
        p.add(Msg.t("rv.help.title", file), Role.TITLE);
        p.blank();
        p.add("  ← → p n        " + Msg.t("rv.help.step"));
        p.add("  Home End       " + Msg.t("rv.help.jump"));
        p.add("  r Enter        " + Msg.t("rv.help.result"));
        p.add("                 " + Msg.t("rv.help.resultStep"));
        p.add("  s              " + Msg.t("rv.help.score"));
        p.add("  PgUp PgDn      " + Msg.t("rv.help.news"));
        p.add("  ? F1           " + Msg.t("rv.help.help"));
        p.add("  q Esc          " + Msg.t("rv.help.quit"));
        p.blank();
        p.add(Msg.t("rv.help.panels"));
        p.add(Msg.t("rv.help.branch", file));
        page(Msg.t("rv.helpTitle"), p, null);
    }
}
