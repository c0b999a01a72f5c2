package dev.capex.tui;

import dev.capex.engine.EloForecast;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario;
import dev.capex.report.Explain;
import dev.capex.report.Msg;
import java.util.ArrayList;
import java.util.List;

/**
 * What a form's decision does to the things the finance preview does not show: the next release's Elo
 * (hires, the training share, GPUs that land before it, a stake's data and stars) and the spare power
 * when GPUs land or a build comes online. Forecasts on today's course, from the engine's formulas.
 */
final class FormOutlook {
    private FormOutlook() {
    }

    static List<String> of(Scenario sc, GameState s, Decision d) {
        List<String> out = new ArrayList<>();
        EloForecast base = EloForecast.of(sc, s);
        EloForecast.Assumptions a = EloForecast.Assumptions.of(s);
        if (d instanceof Decision.Hire h) {
            out.add(Explain.forecastChange(base, EloForecast.of(sc, s, a.withStars(h.stars()))));
        } else if (d instanceof Decision.TrainingShare t) {
            out.add(Explain.forecastChange(base, EloForecast.of(sc, s, a.withTrainingShare(t.share()))));
        } else if (d instanceof Decision.Stake k) {
            Scenario.StakeTarget t = k.target() == null ? null : sc.target(k.target());
            if (t != null) {
                double effect = k.share() >= 0.5 ? 1.0 : sc.finance().nonVotingEffectShare();
                out.add(Explain.forecastChange(base, EloForecast.of(sc, s,
                        a.withData(t.dataQualityGain() * effect).withStars(t.leaderStars()))));
            }
        } else if (d instanceof Decision.OrderGpus o) {
            Scenario.GpuGeneration g = o.generation() == null ? null : sc.generation(o.generation());
            if (g != null && o.units() > 0) {
                int lead = g.leadTimeQuarters() + (s.world().macro().gpuShortage() > sc.macro().extraLeadTimeAbove() ? 1 : 0);
                Quarter due = s.quarter().plus(lead);
                double gw = o.units() * g.kwPerGpu() / 1e6;
                double spare = Explain.spareAt(sc, s, due, gw);
                out.add(spare >= 0 ? Msg.t("form.gpuLands", due, gw, Msg.t("power.spare", spare))
                        : Msg.t("form.gpuLands", due, gw, Msg.t("power.idle", -spare)));
                // GPUs help the next release only if they are online before it.
                double powered = Math.max(0, Math.min(o.units(), o.units() * (1 + Math.min(0, spare) / gw)));
                double h100e = due.isAfter(base.releaseQuarter()) ? 0 : powered * g.h100Equivalent();
                EloForecast after = EloForecast.of(sc, s, a.withH100e(h100e * Math.max(0,
                        base.releaseQuarter().minus(due) + 1) / Math.max(1, base.quartersLeft())));
                out.add(h100e > 0 ? Explain.forecastChange(base, after)
                        : Msg.t("form.afterRelease", base.model(), base.releaseQuarter()));
            }
        } else if (d instanceof Decision.Build b) {
            Scenario.SiteSpec spec = b.site() == null ? null : sc.site(b.site());
            if (spec != null && b.gw() > 0) {
                Quarter online = s.quarter().plus(spec.buildQuarters() - 1);
                double spare = Explain.spareAt(sc, s, online, -b.gw());
                out.add(Msg.t("form.buildOnline", b.gw(), online, spare >= 0 ? Msg.t("power.spare", spare)
                        : Msg.t("power.idle", -spare)));
            }
        }
        return out;
    }
}
