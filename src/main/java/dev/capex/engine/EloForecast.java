package dev.capex.engine;

import dev.capex.engine.math.FdlibmLog;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.rules.ArenaRules;

/**
 * What the next release of Meta's lab is on course to score in the arena, and why: the same formula the
 * engine uses when the run finishes (Elo = a + k log10(effective compute / reference), effective
 * compute = training H100e x talent x data x technique, plus the reasoning step), with the rest of the
 * run assumed to train at today's compute and talent. The Elo splits exactly into drivers:
 * <ul>
 * <li>compute: the Elo the run's raw compute would give with every efficiency at 1;</li>
 * <li>talent, data, technique: k log10 of each efficiency factor (technique averaged over the quarters
 * left, as industry-wide algorithmic progress keeps growing);</li>
 * <li>reasoning: the step once the lab has the stars and the data for RL models.</li>
 * </ul>
 * The release adds noise with the scenario's standard deviation; the forecast is its expectation.
 */
public record EloForecast(String model, Quarter releaseQuarter, int quartersLeft, double elo, double noiseSd,
        double compute, double talent, double data, double technique, double reasoning, double trainingH100e,
        double bestElo, int rank) {

    /** What a decision would change: more stars, another training share, compute added, better data. */
    public record Assumptions(int extraStars, double trainingShare, double extraH100e, double dataQualityGain) {
        public static Assumptions of(GameState s) {
            return new Assumptions(0, s.policy().trainingShare(), 0, 0);
        }

        public Assumptions withStars(int n) {
            return new Assumptions(extraStars + n, trainingShare, extraH100e, dataQualityGain);
        }

        public Assumptions withTrainingShare(double share) {
            return new Assumptions(extraStars, share, extraH100e, dataQualityGain);
        }

        public Assumptions withH100e(double h) {
            return new Assumptions(extraStars, trainingShare, extraH100e + h, dataQualityGain);
        }

        public Assumptions withData(double gain) {
            return new Assumptions(extraStars, trainingShare, extraH100e, dataQualityGain + gain);
        }
    }

    /** The forecast on today's course. */
    public static EloForecast of(Scenario sc, GameState s) {
        return of(sc, s, Assumptions.of(s));
    }

    public static EloForecast of(Scenario sc, GameState s, Assumptions a) {
        Scenario.Ai ai = sc.ai();
        var tal = sc.talent();
        int stars = Math.max(0, s.lab().stars() + a.extraStars());
        double talent = (1 + tal.factorK() * FdlibmLog.log(1 + stars / tal.factorScale())) * s.lab().ai().morale();
        double dq = Math.max(0, Math.min(1.0, s.lab().ai().dataQuality() + a.dataQualityGain()));
        double data = ArenaRules.dataFactor(ai, dq);
        int left = Math.max(1, ai.runLengthQuarters() - s.lab().ai().runQuarters());
        // Technique grows every quarter before the lab trains (WorldRules runs before ArenaRules).
        double growth = 0;
        for (int j = 1; j <= left; j++) {
            growth += StrictMath.exp(ai.techniqueGrowthPerQuarter() * j);
        }
        double technique = s.world().macro().techniqueIndex() * growth / left;
        double h = Math.max(0, (s.lab().ai().h100eOnline() + a.extraH100e()) * a.trainingShare());
        double eff = talent * data * technique;
        double raw = s.lab().ai().runCompute() / eff + left * h;
        double effective = raw * eff;
        boolean reasoning = s.lab().ai().reasoning()
                || (stars >= ai.reasoningStarsRequired() && dq >= ai.reasoningDataRequired());
        double total = ArenaRules.elo(ai, effective, reasoning);
        double k = ai.eloPerDecade();
        double tE = k * FdlibmLog.log10(talent);
        double dE = k * FdlibmLog.log10(data);
        double xE = k * FdlibmLog.log10(technique);
        double rE = reasoning ? ai.reasoningElo() : 0;
        double cE = total - tE - dE - xE - rE; // a + k log10(raw / reference), and the floor when it binds
        int runNumber = s.lab().ai().runNumber();
        String name = runNumber < ai.modelNames().size() ? ai.modelNames().get(runNumber) : "Llama run " + (runNumber + 1);
        int rank = dev.capex.engine.model.ArenaRank.ofMeta(s.world().arena(), Math.max(total, s.lab().ai().bestElo()));
        return new EloForecast(name, s.quarter().plus(left - 1), left, total, ai.eloNoiseSd(), cE, tE, dE, xE, rE, h,
                s.lab().ai().bestElo(), rank);
    }
}
