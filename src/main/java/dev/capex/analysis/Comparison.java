package dev.capex.analysis;

import dev.capex.engine.Engine;
import dev.capex.engine.QuarterResult;
import dev.capex.engine.Score;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario;
import dev.capex.save.SaveFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Several saved games of one scenario laid side by side (docs/save-format.md): their figures quarter by
 * quarter, a leaderboard by score, and for each pair of games the first quarter in which their
 * decisions differ and the split of the final gap into choices and luck.
 *
 * <p>Choices and luck: write S(d, w) for the outcome (score or TSR) of the decisions d played in the
 * world w (the seed). Games A = (dA, wA) and B = (dB, wB) differ by gap = S(dA, wA) - S(dB, wB). With
 * equal seeds the whole gap is choices. Otherwise each game's decisions are replayed in the other's
 * world, and the gap is split symmetrically (the two-factor Shapley split): choices is the average,
 * over the two worlds, of the difference the decisions make in the same world,
 * choices = ½[(S(dA, wA) - S(dB, wA)) + (S(dA, wB) - S(dB, wB))], and luck is the average, over the two
 * sets of decisions, of the difference the world makes, luck = ½[(S(dA, wA) - S(dA, wB)) + (S(dB, wA) -
 * S(dB, wB))], so that choices + luck = gap exactly. A decision the other world refuses (it had been
 * accepted in its own) is skipped there by the engine and reported.
 */
public final class Comparison {

    /** A game in the comparison: its file, a short label, the save and its replay. */
    public record Game(String file, String label, SaveFile save, Replay.Result replay) {
        public GameState finalState() {
            return replay.finalState();
        }

        public Score score() {
            return Score.of(save.scenario(), finalState());
        }

        public int quartersPlayed() {
            return replay.quarters().size();
        }
    }

    /** A line of the leaderboard. */
    public record Standing(int place, Game game, Score score) {
    }

    /** A part of a gap: the total, and how much of it is choices and how much luck. */
    public record Split(double gap, double choices, double luck) {
    }

    /** What differs between two games. */
    public record Pair(Game a, Game b, Quarter firstDifference, List<String> whatDiffered, Split score, Split tsr,
            List<String> skipped) {
        public boolean sameSeed() {
            return a.save().seed() == b.save().seed();
        }
    }

    private final Scenario scenario;
    private final List<Game> games;
    private final List<Standing> leaderboard;
    private final List<Pair> pairs;

    private Comparison(Scenario scenario, List<Game> games, List<Standing> leaderboard, List<Pair> pairs) {
        this.scenario = scenario;
        this.games = games;
        this.leaderboard = leaderboard;
        this.pairs = pairs;
    }

    public Scenario scenario() {
        return scenario;
    }

    public List<Game> games() {
        return games;
    }

    public List<Standing> leaderboard() {
        return leaderboard;
    }

    public List<Pair> pairs() {
        return pairs;
    }

    /** Saves of different scenarios cannot be compared. */
    public static final class DifferentScenarios extends Exception {
        public DifferentScenarios(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Compares replayed games (their files in the same order). Games must share a scenario: the same id
     * and the same scenario (by content; the hash is shown when they differ).
     */
    public static Comparison of(List<String> files, List<Replay.Result> replays) throws DifferentScenarios {
        SaveFile first = replays.get(0).save();
        for (int i = 1; i < replays.size(); i++) {
            SaveFile s = replays.get(i).save();
            if (!s.scenarioId().equals(first.scenarioId()) || !s.scenario().equals(first.scenario())) {
                throw new DifferentScenarios(files.get(0) + " and " + files.get(i) + " are games of different scenarios ("
                        + first.scenarioId() + " " + first.scenarioSha256().substring(0, 12) + "… and " + s.scenarioId()
                        + " " + s.scenarioSha256().substring(0, 12) + "…); only games of one scenario can be compared");
            }
        }
        List<Game> games = new ArrayList<>();
        for (int i = 0; i < replays.size(); i++) {
            games.add(new Game(files.get(i), label(files, replays, i), replays.get(i).save(), replays.get(i)));
        }
        List<Game> sorted = new ArrayList<>(games);
        sorted.sort(Comparator.comparingDouble((Game g) -> -g.score().total()));
        List<Standing> board = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Game g = sorted.get(i);
            int place = i > 0 && g.score().total() == sorted.get(i - 1).score().total() ? board.get(i - 1).place() : i + 1;
            board.add(new Standing(place, g, g.score()));
        }
        Counterfactuals cf = new Counterfactuals(first.scenario());
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < games.size(); i++) {
            for (int j = i + 1; j < games.size(); j++) {
                pairs.add(pair(games.get(i), games.get(j), cf));
            }
        }
        return new Comparison(first.scenario(), games, board, pairs);
    }

    private static String label(List<String> files, List<Replay.Result> replays, int i) {
        String team = replays.get(i).save().team();
        int same = 0;
        for (Replay.Result r : replays) {
            if (r.save().team().equals(team)) {
                same++;
            }
        }
        return same == 1 ? team : team + " (" + java.nio.file.Path.of(files.get(i)).getFileName() + ")";
    }

    private static Pair pair(Game a, Game b, Counterfactuals cf) {
        // Where the decisions first differ.
        Quarter firstDiff = null;
        List<String> what = new ArrayList<>();
        List<SaveFile.SavedQuarter> qa = a.save().quarters();
        List<SaveFile.SavedQuarter> qb = b.save().quarters();
        int n = Math.max(qa.size(), qb.size());
        for (int i = 0; i < n; i++) {
            if (i >= qa.size() || i >= qb.size()) {
                Game shorter = i >= qa.size() ? a : b;
                Game longer = shorter == a ? b : a;
                firstDiff = a.save().scenario().start().plus(i);
                what.add(shorter.label() + "'s game stops before " + firstDiff + "; " + longer.label() + " played on to "
                        + longer.save().quarters().get(longer.save().quarters().size() - 1).quarter());
                break;
            }
            List<Decision> da = qa.get(i).decisions();
            List<Decision> db = qb.get(i).decisions();
            if (!da.equals(db)) {
                firstDiff = Quarter.parse(qa.get(i).quarter());
                List<Decision> onlyA = minus(da, db);
                List<Decision> onlyB = minus(db, da);
                if (onlyA.isEmpty() && onlyB.isEmpty()) {
                    what.add("the same decisions in a different order");
                } else {
                    what.add(a.label() + ": " + summaries(onlyA) + " | " + b.label() + ": " + summaries(onlyB));
                }
                break;
            }
        }
        double scoreA = a.score().total();
        double scoreB = b.score().total();
        double tsrA = a.score().tsr();
        double tsrB = b.score().tsr();
        List<String> skipped = new ArrayList<>();
        Split score;
        Split tsr;
        if (a.save().seed() == b.save().seed()) {
            score = new Split(scoreA - scoreB, scoreA - scoreB, 0);
            tsr = new Split(tsrA - tsrB, tsrA - tsrB, 0);
        } else {
            Played aInB = cf.play(a, b.save().seed());
            Played bInA = cf.play(b, a.save().seed());
            skipped.addAll(aInB.skipped());
            skipped.addAll(bInA.skipped());
            score = split(scoreA, scoreB, aInB.score().total(), bInA.score().total());
            tsr = split(tsrA, tsrB, aInB.score().tsr(), bInA.score().tsr());
        }
        return new Pair(a, b, firstDiff, what, score, tsr, skipped);
    }

    /** The symmetric split (see the class comment); luck is the rest of the gap so that the sum is exact. */
    static Split split(double aInA, double bInB, double aInB, double bInA) {
        double gap = aInA - bInB;
        double choices = ((aInA - bInA) + (aInB - bInB)) / 2;
        return new Split(gap, choices, gap - choices);
    }

    /** The decisions of {@code x} that {@code y} does not hold (as many times as x holds them more often). */
    public static List<Decision> minus(List<Decision> x, List<Decision> y) {
        List<Decision> rest = new ArrayList<>(y);
        List<Decision> out = new ArrayList<>();
        for (Decision d : x) {
            if (!rest.remove(d)) {
                out.add(d);
            }
        }
        return out;
    }

    private static String summaries(List<Decision> ds) {
        if (ds.isEmpty()) {
            return "nothing else";
        }
        List<String> s = new ArrayList<>();
        for (Decision d : ds) {
            s.add(d.summary());
        }
        return String.join(", ", s);
    }

    /** One game's decisions replayed in another world. */
    record Counterfactual(GameState state, List<String> skipped) {
    }

    /** Plays games' decisions in other worlds, once each. */
    private static final class Counterfactuals {
        private final Scenario sc;
        private final Map<String, Counterfactual> done = new HashMap<>();

        Counterfactuals(Scenario sc) {
            this.sc = sc;
        }

        Played play(Game g, long seed) {
            Counterfactual c = done.computeIfAbsent(g.file() + "\u0000" + seed, k -> run(g, seed));
            return new Played(c, Score.of(sc, c.state()));
        }

        private Counterfactual run(Game g, long seed) {
            GameState s = Engine.start(sc, seed);
            List<String> skipped = new ArrayList<>();
            for (Replay.ReplayedQuarter rq : g.replay().quarters()) {
                if (s.isOver()) {
                    skipped.add(g.label() + "'s decisions from " + rq.quarter() + " on, in the world of seed " + seed
                            + ": the game there was already over (" + dev.capex.report.EngineText.english(s.endReason()) + ")");
                    break;
                }
                List<Decision> ds = rq.saved().decisions();
                QuarterResult r = Engine.resolve(sc, s, ds);
                int i = 0;
                for (GameEvent e : r.events()) {
                    if (e instanceof GameEvent.DecisionApplied) {
                        i++;
                    } else if (e instanceof GameEvent.DecisionRefused rf) {
                        if (!rq.refused().contains(i)) {
                            skipped.add(g.label() + "'s decision in " + rq.quarter() + " '" + ds.get(i).summary()
                                    + "' is refused in the world of seed " + seed + " (" + dev.capex.report.EngineText.english(rf.reason()) + ")");
                        }
                        i++;
                    }
                }
                s = r.state();
            }
            return new Counterfactual(s, skipped);
        }
    }

    record Played(Counterfactual c, Score score) {
        List<String> skipped() {
            return c.skipped();
        }
    }
}
