package dev.capex.report;

import dev.capex.engine.Score;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.GameStatus;
import dev.capex.engine.model.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The projector's leaderboard between quarters: every team ranked by the scenario's scorecard, ties
 * sharing a place (1, 1, 3), with each team's change since the last quarter (score and place) and one
 * line of why — the parts of the scorecard that moved most, in the figures a class talks about.
 */
public final class Standings {

    /** A team now, and where it stood a quarter ago (null if it had not played yet). */
    public record Entry(String team, Scenario scenario, GameState now, GameState before) {
    }

    /** One line of the board. placeBefore is 0 when there was no board a quarter ago. */
    public record Row(int place, String team, double score, double scoreChange, int placeBefore, String why,
            boolean over, boolean defaulted, String quarter) {
        /** The change of place as shown: "▲2", "▼1", "=" or "new". */
        public String placeChange() {
            if (placeBefore == 0) {
                return Msg.t("stand.new");
            }
            int d = placeBefore - place;
            return d > 0 ? "▲" + d : d < 0 ? "▼" + (-d) : "=";
        }
    }

    private Standings() {
    }

    /** Places with ties: teams whose scores show the same (to 0.1) share a place, and the next place skips. */
    public static List<Row> of(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingLong((Entry e) -> shown(Score.of(e.scenario(), e.now()).total())).reversed()
                .thenComparing(Entry::team));
        List<Integer> before = placesBefore(entries);
        List<Row> rows = new ArrayList<>();
        for (Entry e : sorted) {
            Score now = Score.of(e.scenario(), e.now());
            int place = 1;
            for (Entry o : entries) {
                if (shown(Score.of(o.scenario(), o.now()).total()) > shown(now.total())) {
                    place++;
                }
            }
            Score prev = e.before() == null ? null : Score.of(e.scenario(), e.before());
            rows.add(new Row(place, e.team(), now.total(), prev == null ? 0 : now.total() - prev.total(),
                    before.get(entries.indexOf(e)), why(e, now, prev), e.now().isOver(),
                    e.now().status() == GameStatus.DEFAULTED, e.now().latest().quarter().toString()));
        }
        return rows;
    }

    private static List<Integer> placesBefore(List<Entry> entries) {
        List<Integer> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.before() == null) {
                out.add(0);
                continue;
            }
            long mine = shown(Score.of(e.scenario(), e.before()).total());
            int place = 1;
            for (Entry o : entries) {
                GameState ob = o.before() == null ? o.now() : o.before();
                if (shown(Score.of(o.scenario(), ob).total()) > mine) {
                    place++;
                }
            }
            out.add(place);
        }
        return out;
    }

    private static long shown(double score) {
        return Math.round(score * 10);
    }

    /** One line: what moved the team's score most this quarter. */
    static String why(Entry e, Score now, Score prev) {
        if (e.now().status() == GameStatus.DEFAULTED) {
            return Msg.t("stand.defaulted", EngineText.end(e.now().endReason()));
        }
        if (prev == null) {
            return Msg.t("stand.none");
        }
        Scenario.Scorecard w = e.scenario().scorecard();
        GameState a = e.before();
        GameState b = e.now();
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(w.tsrWeight() * (now.tsrPoints() - prev.tsrPoints()), Msg.t("stand.price", a.market().sharePrice(), b.market().sharePrice())));
        parts.add(new Part(w.rankWeight() * (now.rankPoints() - prev.rankPoints()), Msg.t("stand.arena", prev.finalRank(), now.finalRank())));
        parts.add(new Part(w.ratingWeight() * (now.ratingPoints() - prev.ratingPoints()), Msg.t("stand.rating", prev.rating(), now.rating())));
        parts.add(new Part(w.fcfWeight() * (now.fcfPoints() - prev.fcfPoints()), Msg.t("stand.fcf",
                Text.money(now.cumulativeFcfM() - prev.cumulativeFcfM()))));
        parts.add(new Part(w.gwWeight() * (now.gwPoints() - prev.gwPoints()), Msg.t("stand.gw", prev.gwOnline(), now.gwOnline())));
        parts.sort(Comparator.comparingDouble((Part p) -> -Math.abs(p.points())));
        List<String> shownParts = new ArrayList<>();
        for (Part p : parts) {
            if (shownParts.size() == 2 || Math.abs(p.points()) < 0.05) {
                break;
            }
            shownParts.add(String.format(Locale.ROOT, "%s (%+.1f)", p.what(), p.points()));
        }
        return shownParts.isEmpty() ? Msg.t("stand.little") : String.join(", ", shownParts);
    }

    private record Part(double points, String what) {
    }

    /** The board as text lines for a projector or a console. */
    public static List<String> lines(List<Row> rows) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%-4s %-16s %8s %7s %5s  %s", "#", Msg.t("stand.team"), Msg.t("stand.score"), Msg.t("stand.change"),
                Msg.t("stand.place"), Msg.t("stand.why")));
        for (Row r : rows) {
            out.add(String.format(Locale.ROOT, "%-4s %-16s %8.1f %+7.1f %5s  %s%s", r.place() + ".", r.team(), r.score(),
                    r.scoreChange(), r.placeChange(), r.why(), r.defaulted() ? Msg.t("stand.defaultedTag") : r.over() ? Msg.t("stand.over") : ""));
        }
        return out;
    }
}
