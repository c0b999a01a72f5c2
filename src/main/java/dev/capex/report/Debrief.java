package dev.capex.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything a debrief shows, computed once from the teams' games: the replays, the leaderboard with
 * bot references, the world's shocks and each team's moments. HtmlDebrief and DebriefCsv only format it.
 */
public record Debrief(List<ReplayedGame> games, Leaderboard leaderboard, List<Moment> shocks, List<Moment> moments) {

    /** Moments shown per team: the most important ones, in quarter order. */
    public static final int MOMENTS_PER_TEAM = 8;

    public static Debrief of(List<TeamGame> teams) {
        List<ReplayedGame> games = new ArrayList<>();
        for (TeamGame t : teams) {
            games.add(ReplayedGame.of(t));
        }
        List<Moment> moments = new ArrayList<>();
        for (ReplayedGame g : games) {
            moments.addAll(Moments.top(Moments.of(g), MOMENTS_PER_TEAM));
        }
        List<Moment> shocks = BotReference.sameWorld(games) ? Moments.shocks(games) : List.of();
        return new Debrief(List.copyOf(games), Leaderboard.of(games, true), shocks, List.copyOf(moments));
    }

    public boolean sameWorld() {
        return BotReference.sameWorld(games);
    }
}
