package dev.capex.report;

import dev.capex.engine.Score;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The teams ranked by the scenario's scorecard (Score.of), with the built-in bots' scores in the same
 * world as reference lines: what a team did, next to what simple strategies would have done.
 */
public record Leaderboard(List<Row> teams, List<Row> bots) {
    /** The line that opens the bots' part of the board (screens find the bots' part by it). */
    public static final java.util.function.Supplier<String> REFERENCE = () -> Msg.t("lb.reference");


    /** One line: a team or a bot, its score and the figures a class talks about. */
    public record Row(String name, boolean bot, double score, double tsr, int arenaRank, String rating, long cashM,
            boolean survived, String quarter, boolean finished) {

        public static Row of(String name, boolean bot, Scenario sc, GameState s) {
            Score score = Score.of(sc, s);
            return new Row(name, bot, score.total(), score.tsr(), score.finalRank(), score.rating(), s.cashM(),
                    score.survived(), s.latest().quarter().toString(), s.isOver());
        }

        /** What became of the game: defaulted, survived to the end, or unfinished (after its last quarter). */
        public String outcome() {
            return !survived ? Msg.t("lb.defaulted") : finished ? Msg.t("lb.survived") : Msg.t("lb.unfinished", quarter);
        }
    }

    /** Teams by score, best first, the unfinished games after the finished ones; bots in their reference order. */
    public static Leaderboard of(List<Row> teams, List<Row> bots) {
        List<Row> sorted = new ArrayList<>(teams);
        sorted.sort(Comparator.comparing((Row r) -> !r.finished()).thenComparing(Comparator.comparingDouble(Row::score)
                .reversed()).thenComparing(Row::name));
        List<Row> b = new ArrayList<>(bots);
        b.sort(Comparator.comparingDouble(Row::score).reversed());
        return new Leaderboard(List.copyOf(sorted), List.copyOf(b));
    }

    /** The board for replayed games, with bot references when every team played the same world. */
    public static Leaderboard of(List<ReplayedGame> games, boolean withBots) {
        List<Row> teams = new ArrayList<>();
        for (ReplayedGame g : games) {
            teams.add(Row.of(g.team(), false, g.game().scenario(), g.end()));
        }
        List<Row> bots = new ArrayList<>();
        if (withBots && BotReference.sameWorld(games)) {
            ReplayedGame first = games.get(0);
            int turn = first.end().turn();
            for (Map.Entry<String, List<GameState>> e : BotReference.runs(first.game().scenario(), first.game().seed())
                    .entrySet()) {
                bots.add(Row.of(e.getKey(), true, first.game().scenario(), BotReference.at(e.getValue(), turn)));
            }
        }
        return of(teams, bots);
    }

    /**
     * Each team's place: teams whose scores show the same (to 0.1) share it, the next place skips (1, 1,
     * 3); unfinished games are ranked apart, among themselves, after the finished ones. Only when
     * finished and unfinished games are mixed: a board of games all at the same point ranks them together.
     */
    public List<String> places() {
        boolean mixed = teams.stream().anyMatch(Row::finished) && teams.stream().anyMatch(r -> !r.finished());
        List<String> out = new ArrayList<>();
        for (Row r : teams) {
            int place = 1;
            for (Row o : teams) {
                boolean sameGroup = !mixed || o.finished() == r.finished();
                if (sameGroup && Math.round(o.score() * 10) > Math.round(r.score() * 10)) {
                    place++;
                }
            }
            out.add(mixed && !r.finished() ? "u" + place : String.valueOf(place));
        }
        return out;
    }

    /** True if some games are finished and others not: they are ranked apart. */
    public boolean mixesUnfinished() {
        return teams.stream().anyMatch(Row::finished) && teams.stream().anyMatch(r -> !r.finished());
    }

    /** The board as plain text lines (the workshop's screen between quarters, and the text mode). */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%-3s %-16s %8s %8s %6s %-6s %10s", "#", Msg.t("stand.team"), Msg.t("stand.score"), "TSR", Msg.t("lb.arena"),
                "Rating", Msg.t("lb.cash")));
        List<String> places = places();
        boolean mixed = mixesUnfinished();
        for (int i = 0; i < teams.size(); i++) {
            Row r = teams.get(i);
            if (mixed && !r.finished() && (i == 0 || teams.get(i - 1).finished())) {
                out.add(Msg.t("lb.unfinishedApart"));
            }
            out.add(line(places.get(i).replace("u", ""), r));
        }
        if (!bots.isEmpty()) {
            out.add(REFERENCE.get());
            for (Row r : bots) {
                out.add(line("-", r));
            }
        }
        return out;
    }

    private static String line(String place, Row r) {
        return String.format(Locale.ROOT, "%-3s %-16s %8.1f %+7.1f%% %6s %-6s %10s%s", place,
                r.bot() ? Msg.t("debrief.bot", r.name()) : r.name(), r.score(), r.tsr() * 100, "#" + r.arenaRank(), r.rating(),
                Text.money(r.cashM()), !r.survived() ? Msg.t("stand.defaultedTag") : r.finished() || r.bot() ? "" : Msg.t("lb.unfinishedTag"));
    }
}
