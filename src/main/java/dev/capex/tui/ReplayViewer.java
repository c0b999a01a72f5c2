package dev.capex.tui;

import dev.capex.report.EventText;
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
    private static final String[][] KEYS = {{"←→", "quarter"}, {"Home/End", "first/last"}, {"r", "result"},
        {"s", "score"}, {"PgDn", "news"}, {"?", "help"}, {"q", "quit"}};
    private static final String[][] WIDE_KEYS = {{"←→ p/n", "quarter"}, {"Home/End", "first/last"},
        {"r", "quarter's result"}, {"s", "scorecard"}, {"PgUp/PgDn", "news"}, {"?", "help"}, {"q Esc", "quit"}};

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
        String shown = at == 0 ? "opening position" : replay.quarters().get(at - 1).quarter().toString();
        String over = at > 0 && at == quarters() && session.state().isOver() ? " · GAME OVER" : "";
        String header = String.format(Locale.ROOT, " REPLAY · %s · %d of %d · %s · team %s · seed %d%s", shown, at,
                quarters(), scenario.id(), save.team(), save.seed(), over);
        String wide = String.format(Locale.ROOT, " REPLAY · %s · %s · quarter %d of %d in the save · turn %d/%d · %s · "
                + "team %s · seed %d%s", scenario.company().name(), shown, at, quarters(), session.state().turn(),
                scenario.turns(), scenario.id(), save.team(), save.seed(), over);
        List<TextPage.Line> decisions = new ArrayList<>();
        String title;
        if (at == 0) {
            title = " DECISIONS · none yet: → plays the first quarter";
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
            title = " DECISIONS in " + shown + " (" + n + ")";
            if (n == 0) {
                decisions.add(new TextPage.Line("None: the quarter ran on the policy already in place.", Role.DIM));
            }
        }
        String opening = "The opening position of " + scenario.name() + ", before the first quarter. "
                + (quarters() == 0 ? "The save holds no quarter yet." : "→ steps to the first quarter.");
        return new DashboardView.ReadOnly(header, wide, title, decisions, opening, KEYS, WIDE_KEYS);
    }

    /** The status line: where the replay departs from its save, or where the save ends. */
    private String note() {
        if (!replay.matches()) {
            return "WARNING: " + replay.mismatch().message();
        }
        if (at == quarters() && quarters() > 0) {
            return session.state().isOver() ? "Game over, s shows the scorecard: " + session.state().endReason()
                    : "The save ends here: capex play --continue " + file + " plays on.";
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
                    case 'e', 'x', '+', '-' -> dashboard.status("A replay is read-only: capex branch " + file
                            + " --at QUARTER plays it differently from any quarter.");
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
            dashboard.status("This is the first quarter of the save.");
        } else if (to > quarters()) {
            dashboard.status("This is the last quarter of the save.");
        } else {
            show(to);
        }
    }

    /** The result page of the quarter on screen; ←/→ move to the previous or next quarter's result. */
    public void openResult() {
        if (at == 0) {
            dashboard.status("No quarter played yet: → steps to the first quarter.");
            return;
        }
        QuarterResult r = replay.quarters().get(at - 1).result();
        int rankBefore = at >= 2 ? replay.quarters().get(at - 2).result().state().lab().ai().rank() : dashboard.start().rank();
        TextPage p = ResultPage.of(palette, scenario, r, rankBefore,
                "Esc close · ←→ quarter · ↑↓ PgDn scroll");
        page(r.statements().quarter() + " result (replay)", p, k -> {
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
        TextPage p = new TextPage(palette, "Esc/Enter close · ↑↓ scroll · q quit");
        p.add(s.isOver() ? "The game is over — " + s.endReason()
                : "The scorecard so far, after " + (at == 0 ? "no quarter" : s.latest().quarter()) + " (the game goes on)",
                Role.TITLE);
        p.blank();
        for (String l : Text.scorecard(scenario, s)) {
            p.add(l, l.startsWith("===") ? Role.TITLE : Role.NORMAL);
        }
        page("Scorecard", p, null);
    }

    public void openHelp() {
        TextPage p = new TextPage(palette, "Esc/Enter close · ↑↓ scroll · q quit");
        p.add("Replay of " + file + ": the saved game on the dashboard, quarter by quarter. Nothing can be "
                + "changed here.", Role.TITLE);
        p.blank();
        p.add("  ← → p n        the previous / next quarter");
        p.add("  Home End       the first / last quarter of the save");
        p.add("  r Enter        the quarter's result: statements, events and their causes, competitors");
        p.add("                 (← → there move to the previous / next quarter's result)");
        p.add("  s              the scorecard as it stood after the quarter on screen");
        p.add("  PgUp PgDn      scroll the news");
        p.add("  ? F1           this help");
        p.add("  q Esc          leave the replay");
        p.blank();
        p.add("The panels show the game after the quarter in the header; DECISIONS lists what was decided in it "
                + "(Done or Refused, with the engine's reason), NEWS what happened.");
        p.add("To play a game differently from a quarter on: capex branch " + file + " --at QUARTER.");
        page("Help", p, null);
    }
}
