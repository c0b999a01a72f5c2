package dev.capex.analysis.batch;

import dev.capex.engine.model.Scenario;
import dev.capex.strategy.Plan;
import dev.capex.strategy.Strategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Was it the choices or the world? A game's decisions are replayed in N other worlds (a decision a
 * world refuses is skipped and counted), and the game's actual outcome is placed among those worlds
 * and among each bot's worlds (the same seeds, so every strategy faces the same N worlds: common random
 * numbers). Every world stops at the quarter the game reached, so an unfinished game is compared with
 * games of the same length.
 */
public final class LuckVersusSkill {
    private LuckVersusSkill() {
    }

    /** The analysis: the actual outcome, the plan's worlds and each bot's worlds. */
    public record Report(RecordedGame game, WorldOutcome actual, long seed, Summary ownWorlds,
            Map<String, Summary> bots) {

        /** Share of the plan's other worlds whose TSR the actual game beat (ties count half). */
        public double tsrBeatOwn() {
            return ownWorlds.tsrBeatenShare();
        }

        /** Share of a bot's worlds whose TSR the actual game beat. */
        public double tsrBeat(String bot) {
            return bots.get(bot).tsrBeatenShare();
        }

        /** The bots whose median TSR the actual game's TSR is above. */
        public List<String> botMediansBeaten() {
            List<String> out = new ArrayList<>();
            bots.forEach((name, s) -> {
                if (actual.tsr() > s.percentile(Metric.TSR, 50) + Metric.TSR.resolution() / 2) {
                    out.add(name);
                }
            });
            return out;
        }

        /** "Your TSR of +45.2% beat 81% of your own plan's 1,000 worlds and the median of every bot." */
        public String verdict() {
            List<String> beaten = botMediansBeaten();
            String bots;
            if (this.bots.isEmpty()) {
                bots = "";
            } else if (beaten.size() == this.bots.size()) {
                bots = " and the median of every bot";
            } else if (beaten.isEmpty()) {
                bots = " and the median of no bot";
            } else {
                bots = " and the median of " + beaten.size() + " of " + this.bots.size() + " bots ("
                        + String.join(", ", beaten) + ")";
            }
            return String.format(Locale.ROOT, "Your TSR of %+.1f%% beat %.0f%% of your own plan's %,d worlds%s.",
                    actual.tsr() * 100, Math.floor(tsrBeatOwn() * 100), ownWorlds.worlds(), bots);
        }
    }

    /**
     * Replays {@code game} in {@code worlds} worlds seeded {@code seed, seed + 1, ...} and plays each
     * of {@code bots} in the same worlds.
     */
    public static Report analyse(Scenario sc, RecordedGame game, long seed, long worlds, int threads,
            Map<String, Strategy> bots, AtomicLong progress) {
        Strategy plan = Strategy.of(new Plan(game.name(), game.decisions()));
        WorldOutcome actual = World.play(sc, plan, game.seed(), game.quarters());
        Summary own = new BatchRun(sc, plan, seed, worlds).threads(threads).maxQuarters(game.quarters())
                .reference(actual).progress(progress).run();
        Map<String, Summary> botSummaries = new LinkedHashMap<>();
        for (Map.Entry<String, Strategy> b : bots.entrySet()) {
            botSummaries.put(b.getKey(), new BatchRun(sc, b.getValue(), seed, worlds).threads(threads)
                    .maxQuarters(game.quarters()).reference(actual).progress(progress).run());
        }
        return new Report(game, actual, seed, own, botSummaries);
    }
}
