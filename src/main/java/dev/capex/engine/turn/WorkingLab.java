package dev.capex.engine.turn;

import dev.capex.engine.model.AiState;
import dev.capex.engine.model.Frictions;
import dev.capex.engine.model.Lab;
import dev.capex.engine.model.TalentCohort;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lab while a quarter is resolved ({@link Lab}, open for writing), with this quarter's layoffs and
 * the stars hired from each rival so far.
 */
public final class WorkingLab {
    public int stars;
    public final WorkingList<TalentCohort> talent;
    public final WorkingAi ai;
    public Frictions frictions;
    /** Percent of the workforce cut this quarter. */
    public double cutThisQuarter;
    /** Stars hired this quarter per rival. */
    public final Map<String, Integer> hiredFrom = new TreeMap<>();

    private static final Double NO_CUT = 0.0;

    WorkingLab(Lab l) {
        this.stars = l.stars();
        this.talent = new WorkingList<>(l.talent());
        this.ai = new WorkingAi(l.ai());
        this.frictions = l.frictions();
    }

    /** The lab to carry into the next quarter: this quarter's layoffs join the last four quarters'. */
    /** The end of the quarter: its cut joins the recent cuts (the last three quarters' and this one's). */
    void endQuarter() {
        List<Double> before = frictions.recentCuts();
        if (before.size() == 4 && sameCut(before, cutThisQuarter)) {
            return; // the last four cuts are this one already: the list after shifting is the same list
        }
        int kept = Math.min(before.size(), 3); // the last three quarters' and this one's: four at most
        Double[] cuts = new Double[kept + 1];
        for (int i = 0; i < kept; i++) {
            cuts[i] = before.get(before.size() - kept + i);
        }
        cuts[kept] = Double.doubleToRawLongBits(cutThisQuarter) == 0 ? NO_CUT : cutThisQuarter;
        frictions = frictions.withRecentCuts(List.of(cuts));
    }

    private static boolean sameCut(List<Double> cuts, double cut) {
        long bits = Double.doubleToRawLongBits(cut);
        for (int i = 0; i < cuts.size(); i++) {
            if (Double.doubleToRawLongBits(cuts.get(i)) != bits) {
                return false;
            }
        }
        return true;
    }

    /** The next quarter, in place: no cut and no hires yet. */
    void nextQuarter() {
        cutThisQuarter = 0;
        hiredFrom.clear();
    }

    /** The closed lab (after {@link Turn#endQuarter}). */
    public Lab close() {
        return new Lab(stars, WorkingList.closed(talent), ai.record(), frictions);
    }
}
