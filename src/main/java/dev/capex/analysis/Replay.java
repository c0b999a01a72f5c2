package dev.capex.analysis;

import dev.capex.engine.Engine;
import dev.capex.engine.QuarterResult;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario;
import dev.capex.save.SaveFile;
import dev.capex.save.SaveFile.Headline;
import dev.capex.save.SaveFile.SavedQuarter;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays a save: folds its decisions over the engine from the opening position of its scenario and
 * seed, and checks each quarter's state digest against the one recorded. The first quarter that
 * differs is reported with the headline figures that differ and the decisions the engine refused on
 * replay although it had accepted them when the game was played.
 */
public final class Replay {
    private Replay() {
    }

    /** One quarter replayed, beside what the save recorded for it. */
    public record ReplayedQuarter(SavedQuarter saved, QuarterResult result, String digest, Headline figures,
            List<Integer> refused) {
        public Quarter quarter() {
            return Quarter.parse(saved.quarter());
        }

        /** The digest, every recorded figure and the refused decisions all as replayed. */
        public boolean matches() {
            return digest.equals(saved.digest()) && figures.equals(saved.figures()) && refused.equals(saved.refused());
        }
    }

    /** Where a replay first departs from its save, and how. */
    public record Mismatch(String quarter, String what, List<String> differences) {
        /** One line: the quarter, what differs, the figures that differ. */
        public String message() {
            StringBuilder sb = new StringBuilder("the replay differs from the save in ").append(quarter).append(": ")
                    .append(what);
            if (!differences.isEmpty()) {
                sb.append("; ").append(String.join("; ", differences));
            }
            return sb.toString();
        }
    }

    /** A replayed save: every quarter that could be replayed, and the first mismatch (null if none). */
    public record Result(SaveFile save, GameState start, List<ReplayedQuarter> quarters, Mismatch mismatch) {
        public boolean matches() {
            return mismatch == null;
        }

        /** The state after the last quarter replayed (the opening position if none was played). */
        public GameState finalState() {
            return quarters.isEmpty() ? start : quarters.get(quarters.size() - 1).result().state();
        }

        /**
         * The save in the current format (its digests recomputed from the replay): how a version-1 save
         * is migrated. Only for a replay that matched its save.
         */
        public SaveFile migrated() {
            if (!matches()) {
                throw new IllegalStateException("a save that does not replay cannot be migrated: " + mismatch.message());
            }
            List<GameState> states = new ArrayList<>();
            for (ReplayedQuarter q : quarters) {
                states.add(q.result().state());
            }
            return save.migrated(states);
        }
    }

    /** Replays every quarter of the save (stopping early only if the replayed game ends before the save does). */
    public static Result run(SaveFile save) {
        Scenario sc = save.scenario();
        GameState start = Engine.start(sc, save.seed());
        dev.capex.scenario.StartupTrace.mark("replay: opening state");
        GameState state = start;
        List<ReplayedQuarter> out = new ArrayList<>();
        Mismatch first = null;
        for (SavedQuarter q : save.quarters()) {
            if (state.isOver()) {
                if (first == null) {
                    first = new Mismatch(q.quarter(), "the replayed game was already over (" + dev.capex.report.EngineText.english(state.endReason())
                            + ") but the save goes on", List.of());
                }
                break;
            }
            QuarterResult r = Engine.resolve(sc, state, q.decisions());
            ReplayedQuarter rq = new ReplayedQuarter(q, r, save.digestOf(r.state()), Headline.of(sc, r.state()),
                    SaveFile.refusedIndexes(q.decisions(), r));
            out.add(rq);
            if (first == null && !rq.matches()) {
                first = mismatch(save, rq);
            }
            state = r.state();
            if (out.size() == 1) {
                dev.capex.scenario.StartupTrace.mark("replay: first quarter");
            }
        }
        dev.capex.scenario.StartupTrace.mark("replay: the other quarters");
        return new Result(save, start, out, first);
    }

    private static Mismatch mismatch(SaveFile save, ReplayedQuarter rq) {
        List<String> diffs = new ArrayList<>();
        List<Decision> ds = rq.saved().decisions();
        for (Integer i : rq.refused()) {
            if (!rq.saved().refused().contains(i)) {
                String reason = rq.result().events().stream()
                        .filter(e -> e instanceof dev.capex.engine.event.GameEvent.DecisionRefused rf && rf.decision() == ds.get(i))
                        .map(e -> dev.capex.report.EngineText.english(((dev.capex.engine.event.GameEvent.DecisionRefused) e).reason()))
                        .findFirst().orElse("");
                diffs.add("the engine refused the decision '" + ds.get(i).summary() + "' (" + reason
                        + "), which it had accepted when the game was played");
            }
        }
        for (Integer i : rq.saved().refused()) {
            if (!rq.refused().contains(i)) {
                diffs.add("the engine accepted the decision '" + ds.get(i).summary()
                        + "', which it had refused when the game was played");
            }
        }
        List<String> figures = rq.saved().figures().differences(rq.figures());
        if (!figures.isEmpty()) {
            diffs.add("figures that differ: " + String.join(", ", figures));
        } else {
            diffs.add("the headline figures agree but other parts of the state differ");
        }
        if (rq.digest().equals(rq.saved().digest())) {
            // The state replays exactly, so what the save records beside it was edited (or is damaged).
            int i = save.quarters().indexOf(rq.saved());
            List<String> edited = new ArrayList<>();
            for (String f : rq.saved().figures().differences(rq.figures())) {
                edited.add("quarters[" + i + "].figures." + f);
            }
            if (!rq.refused().equals(rq.saved().refused())) {
                edited.add("quarters[" + i + "].refused " + rq.saved().refused() + " in the save, " + rq.refused()
                        + " replayed");
            }
            return new Mismatch(rq.saved().quarter(), "the state replays to the recorded digest but the figures "
                    + "recorded beside it do not match it (the save was edited or damaged)", edited);
        }
        String what = "the state's digest is " + rq.digest().substring(0, 12) + "…, the save records "
                + rq.saved().digest().substring(0, 12) + "…";
        if (save.programVersion() != null && !save.programVersion().equals(dev.capex.save.SaveJson.programVersion())) {
            what += " (the save was written by Capex " + save.programVersion() + ", this is Capex "
                    + dev.capex.save.SaveJson.programVersion() + ")";
        }
        return new Mismatch(rq.saved().quarter(), what, diffs);
    }
}
