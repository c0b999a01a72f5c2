package dev.capex.engine.rules;

import dev.capex.engine.turn.Turn;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.*;
import dev.capex.engine.model.Scenario.GpuGeneration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Step 5: compute. GPUs online = min(delivered GPUs, powered capacity / kW per GPU), filling the power
 * with the most efficient generations first; idle GPUs still depreciate. Rented cloud adds compute
 * without power. The training share splits compute between training and inference (ads), and the
 * resale share rents some out.
 */
public final class ComputeRules {
    private ComputeRules() {
    }

    public static void allocate(Turn w) {
        double kwAvailable = 0;
        for (SiteState s : w.sites) {
            kwAvailable += s.onlineGw() * 1e6;
        }
        List<GpuCohort> byEfficiency = new ArrayList<>(w.cohorts);
        byEfficiency.sort(Comparator.comparingDouble((GpuCohort c) -> {
            GpuGeneration g = w.sc.generation(c.generation());
            return -g.h100Equivalent() / g.kwPerGpu();
        }).thenComparing(GpuCohort::id));
        long online = 0;
        long total = 0;
        double h100e = 0;
        double kwUsed = 0;
        for (GpuCohort c : byEfficiency) {
            GpuGeneration g = w.sc.generation(c.generation());
            total += c.units();
            long fits = (long) StrictMath.floor((kwAvailable - kwUsed) / g.kwPerGpu());
            long n = Math.max(0, Math.min(c.units(), fits));
            online += n;
            kwUsed += n * g.kwPerGpu();
            h100e += n * g.h100Equivalent();
        }
        double cloud = 0;
        for (CloudContract c : w.cloud) {
            if (c.activeIn(w.q)) {
                cloud += c.h100e();
            }
        }
        w.gwUsed = kwUsed / 1e6;
        w.h100eOnline = h100e + cloud;
        double training = w.h100eOnline * w.policy.trainingShare();
        w.resaleH100e = w.h100eOnline * w.policy.resaleShare();
        w.inferenceH100e = (w.h100eOnline - training - w.resaleH100e) * w.ai.inferenceEfficiency();
        long idle = total - online;
        AiState a = w.ai;
        w.ai = new AiState(a.runCompute(), a.runQuarters(), a.runNumber(), a.dataQuality(), a.inferenceEfficiency(),
                a.reasoning(), a.bestElo(), a.bestModel(), a.rank(), a.morale(), online, idle, w.h100eOnline, training);
        if (idle > 0 && idle >= total / 50) {
            w.event(new GameEvent.GpusIdle(idle, total, w.gwOnlineNow()));
        }
        double mwh = w.gwUsed * w.sc.costs().powerMwhPerGwQuarter();
        w.powerCostM = Turn.round(mwh * w.sc.macro().powerPricePerMwh() / 1e6);
    }
}
