package dev.capex.analysis.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The balance probe's findings as text: the best plan against the field, and the levers it leans on. */
public final class ProbeReport {
    private ProbeReport() {
    }

    public static List<String> text(Probe.Result r) {
        List<String> out = new ArrayList<>();
        Probe.Settings s = r.settings();
        out.add(String.format(Locale.ROOT, "Balance probe of %s: %,d plans evaluated in %d search worlds each "
                + "(seeds %d to %d), search seed %d", r.scenarioId(), r.evaluations(), s.searchWorlds(),
                Probe.SEARCH_SEED_BASE, Probe.SEARCH_SEED_BASE + s.searchWorlds() - 1, s.seed()));
        out.add(String.format(Locale.ROOT, "Compared in %d check worlds (seeds 1 to %d, the same for every plan; "
                + "nearest-rank percentiles):", s.checkWorlds(), s.checkWorlds()));
        out.add("");
        out.add(String.format(Locale.ROOT, "  %-28s %9s %9s %9s %11s %8s %8s", "plan", "score p5", "p50", "p95",
                "TSR p50", "default", "beaten"));
        List<Probe.Entry> rows = new ArrayList<>();
        rows.add(r.bestEntry());
        rows.addAll(r.field());
        for (Probe.Entry e : rows) {
            String beaten = e == r.bestEntry() ? "" : String.format(Locale.ROOT, "%.0f%%", 100 * r.bestEntry().beats(e));
            out.add(String.format(Locale.ROOT, "  %-28s %9.1f %9.1f %9.1f %+10.0f%% %7.0f%% %8s",
                    label(e), e.scoreP5(), e.scoreP50(), e.scoreP95(), 100 * e.tsrP50(), 100 * e.defaultShare(), beaten));
        }
        out.add("  (beaten: the share of worlds where the probe's best plan scores higher)");
        out.add("");
        if (r.expert() != null) {
            double ratio = r.ratioToExpert();
            out.add(String.format(Locale.ROOT, "Best plan / expert plan, median score: %.1f / %.1f = %.2fx%s",
                    r.bestEntry().scoreP50(), r.expert().scoreP50(), ratio,
                    ratio > 1.25 ? "  (above 1.25x: a strong player beats sound play by a wide margin; see the levers below)"
                            : ""));
            out.add("");
        }
        out.add("Levers the best plan leans on (its decisions by lever, and its median score without them):");
        out.add(String.format(Locale.ROOT, "  %-42s %9s %11s %9s", "lever", "decisions", "p50 without", "change"));
        for (Probe.Ablation a : r.ablations()) {
            out.add(String.format(Locale.ROOT, "  %-42s %4d %3.0f%% %11.1f %+9.1f", a.lever().label(), a.decisions(),
                    100 * a.decisionShare(), a.scoreP50Without(), a.scoreP50Without() - r.bestEntry().scoreP50()));
        }
        if (r.ablations().isEmpty()) {
            out.add("  (none: the best plan decides nothing)");
        }
        return out;
    }

    private static String label(Probe.Entry e) {
        String name = e.name().length() > 22 ? e.name().substring(0, 21) + "…" : e.name();
        return e.kind().isEmpty() ? name : name + " (" + e.kind() + ")";
    }
}
