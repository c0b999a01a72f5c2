package dev.capex.save;

import dev.capex.engine.Engine;
import dev.capex.engine.QuarterResult;
import dev.capex.engine.Score;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.QuarterFigures;
import dev.capex.engine.model.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A saved game, as read from or written to a save file (docs/save-format.md): who played which
 * scenario with which seed, and for every quarter played, the decisions and what they led to (the
 * state digest and headline figures). The scenario is kept whole so that the game replays after the
 * scenario file has changed. A branch names its parent save and the quarter it was cut at.
 */
public record SaveFile(int formatVersion, String programVersion, String created, String team, String scenarioId,
        String scenarioSha256, long seed, Parent parent, List<SavedQuarter> quarters, Scenario scenario) {

    public SaveFile {
        quarters = List.copyOf(quarters);
    }

    /** Where a branch came from: the parent save file (as given when branching) and the quarter cut at. */
    public record Parent(String save, String quarter) {
    }

    /**
     * One quarter played: its decisions in the order they were sent, the indexes of those the engine
     * refused, the digest of the state after it ({@link Engine#digest}) and its headline figures.
     */
    public record SavedQuarter(String quarter, List<Decision> decisions, List<Integer> refused, String digest,
            Headline figures) {
        public SavedQuarter {
            decisions = List.copyOf(decisions);
            refused = List.copyOf(refused);
        }
    }

    /**
     * The figures of a quarter a reader wants without replaying (compare, a list of saves): the
     * quarter's {@link QuarterFigures} plus the running score and the game's status after it.
     */
    public record Headline(String quarter, long revenueM, long ebitdaM, long netIncomeM, long interestM, long capexM,
            long freeCashFlowM, long cashM, long debtM, double netLeverage, double interestCover, String rating,
            double elo, int rank, double frontierElo, long gpusOnline, double gwOnline, int stars, double sharePrice,
            long marketCapM, double tsr, double score, String status) {

        public static Headline of(Scenario sc, GameState after) {
            QuarterFigures f = after.latest();
            return new Headline(f.quarter().toString(), f.revenueM(), f.ebitdaM(), f.netIncomeM(), f.interestM(),
                    f.capexM(), f.freeCashFlowM(), f.cashM(), f.debtM(), f.netLeverage(), f.interestCover(), f.rating(),
                    f.elo(), f.rank(), f.frontierElo(), f.gpusOnline(), f.gwOnline(), f.stars(), f.sharePrice(),
                    f.marketCapM(), f.tsr(), Score.of(sc, after).total(), after.status().name());
        }

        /** The names of the figures that differ from {@code other}'s, each as "name recorded X, replayed Y". */
        public List<String> differences(Headline replayed) {
            List<String> out = new ArrayList<>();
            for (var c : Headline.class.getRecordComponents()) {
                try {
                    Object a = c.getAccessor().invoke(this);
                    Object b = c.getAccessor().invoke(replayed);
                    if (!java.util.Objects.equals(a, b)) {
                        out.add(c.getName() + " " + a + " in the save, " + b + " replayed");
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return out;
        }
    }

    /** The quarter a save of what was played, for this quarter's result. */
    public static SavedQuarter quarterOf(Scenario sc, Quarter q, List<Decision> decisions, QuarterResult r) {
        return new SavedQuarter(q.toString(), decisions, refusedIndexes(decisions, r), Engine.digest(r.state()),
                Headline.of(sc, r.state()));
    }

    /** Indexes of the decisions the engine refused: it reports one decision event per decision, in order. */
    public static List<Integer> refusedIndexes(List<Decision> decisions, QuarterResult r) {
        List<Integer> out = new ArrayList<>();
        int i = 0;
        for (GameEvent e : r.events()) {
            if (e instanceof GameEvent.DecisionApplied) {
                i++;
            } else if (e instanceof GameEvent.DecisionRefused) {
                out.add(i++);
            }
        }
        return out;
    }

    /** The state digest this save records for a state (it depends on the format the save was written in). */
    public String digestOf(GameState s) {
        SaveFormat f = SaveFormat.of(formatVersion);
        if (f == null) {
            throw new IllegalStateException("unknown save format " + formatVersion);
        }
        return f.digest(s);
    }

    /**
     * This save in the current format: the same game, each quarter's digest recomputed from
     * {@code states}, the state after each quarter as replayed. Only for a save whose replay matched
     * every recorded digest (the migration of docs/save-format.md, "Format versions").
     */
    public SaveFile migrated(List<GameState> states) {
        if (states.size() != quarters.size()) {
            throw new IllegalArgumentException("expected the state after each of the " + quarters.size()
                    + " quarters, got " + states.size());
        }
        List<SavedQuarter> qs = new ArrayList<>();
        for (int i = 0; i < quarters.size(); i++) {
            SavedQuarter q = quarters.get(i);
            qs.add(new SavedQuarter(q.quarter(), q.decisions(), q.refused(), Engine.digest(states.get(i)), q.figures()));
        }
        return new SaveFile(SaveFormat.CURRENT.number(), programVersion, created, team, scenarioId, scenarioSha256,
                seed, parent, qs, scenario);
    }

    /** Every quarter's decisions, in order (a plan of this game). */
    public Map<Quarter, List<Decision>> decisions() {
        Map<Quarter, List<Decision>> out = new LinkedHashMap<>();
        for (SavedQuarter q : quarters) {
            out.put(Quarter.parse(q.quarter()), q.decisions());
        }
        return out;
    }

    /** The quarter after the last one played: where a continued game resumes. */
    public Quarter nextQuarter() {
        return scenario.start().plus(quarters.size());
    }

    public SaveFile withQuarters(List<SavedQuarter> qs) {
        return new SaveFile(formatVersion, programVersion, created, team, scenarioId, scenarioSha256, seed, parent, qs,
                scenario);
    }
}
