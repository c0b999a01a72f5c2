package dev.capex.scenarios;

import dev.capex.analysis.batch.World;
import dev.capex.analysis.batch.WorldOutcome;
import dev.capex.engine.model.Scenario;
import dev.capex.strategy.Plan;
import dev.capex.strategy.Strategy;
import java.nio.file.Path;
import java.util.Arrays;

/** A plan's median score and TSR over seeds 1 to n (nearest-rank, as capex simulate reports them). */
record Medians(double score, double tsr) {
    static Medians of(Scenario sc, Strategy s, int worlds) {
        double[] scores = new double[worlds];
        double[] tsrs = new double[worlds];
        for (int i = 0; i < worlds; i++) {
            WorldOutcome o = World.play(sc, s, i + 1);
            scores[i] = o.score();
            tsrs[i] = o.tsr();
        }
        return new Medians(median(scores), median(tsrs));
    }

    static Medians of(Scenario sc, Path plan, int worlds) {
        try {
            return of(sc, Strategy.of(Plan.load(plan)), worlds);
        } catch (Plan.PlanException e) {
            throw new AssertionError(e.getMessage());
        }
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[(int) Math.ceil(s.length / 2.0) - 1];
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "median score %.1f, TSR %+.0f%%", score, tsr * 100);
    }
}
