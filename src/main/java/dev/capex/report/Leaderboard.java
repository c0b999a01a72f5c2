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

    /** One line: a team or a bot, its score and the figures a class talks about. */
    public record Row(String name, boolean bot, double score, double tsr, int arenaRank, String rating, long cashM,
            boolean survived, String quarter) {

        public static Row of(String name, boolean bot, Scenario sc, GameState s) {
            Score score = Score.of(sc, s);
            return new Row(name, bot, score.total(), score.tsr(), score.finalRank(), score.rating(), s.cashM(),
                    score.survived(), s.latest().quarter().toString());
        }
    }

    /** Teams by score, best first; bots in their reference order. */
    public static Leaderboard of(List<Row> teams, List<Row> bots) {
        List<Row> sorted = new ArrayList<>(teams);
        sorted.sort(Comparator.comparingDouble(Row::score).reversed().thenComparing(Row::name));
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

    /** The board as plain text lines (the workshop's screen between quarters, and the text mode). */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%-3s %-16s %8s %8s %6s %-6s %10s", "#", "Team", "Score", "TSR", "Arena",
                "Rating", "Cash"));
        int place = 1;
        for (Row r : teams) {
            out.add(line(String.valueOf(place++), r));
        }
        if (!bots.isEmpty()) {
            out.add("Reference: the built-in bots in the same world");
            for (Row r : bots) {
                out.add(line("-", r));
            }
        }
        return out;
    }

    private static String line(String place, Row r) {
        return String.format(Locale.ROOT, "%-3s %-16s %8.1f %+7.1f%% %6s %-6s %10s%s", place,
                r.bot() ? "bot " + r.name() : r.name(), r.score(), r.tsr() * 100, "#" + r.arenaRank(), r.rating(),
                Text.money(r.cashM()), r.survived() ? "" : "  DEFAULTED");
    }
}
