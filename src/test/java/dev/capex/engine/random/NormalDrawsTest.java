package dev.capex.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.model.NormalDraws;
import dev.capex.engine.model.Quarter;
import dev.capex.save.GoldenSave;
import dev.capex.save.SaveJson;
import dev.capex.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The two ways of drawing normals: Box-Muller stays exactly what every game before drew (saves replay with
 * it), the ziggurat is a standard normal (moments, tails, the whole distribution) and a different sequence;
 * the built-in scenarios use the ziggurat and an old save's scenario gets Box-Muller.
 */
class NormalDrawsTest {
    static final Quarter Q = Quarter.parse("2025Q3");

    /** Box-Muller as it was written before the ziggurat (the same uniforms, the same StrictMath calls). */
    static double boxMuller(RandomStream r) {
        double u1 = r.nextDouble();
        double u2 = r.nextDouble();
        if (u1 < 1e-300) {
            u1 = 1e-300;
        }
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    @Test
    void boxMullerIsTheDefaultAndDrawsExactlyWhatItDrewBefore() {
        for (long seed = 1; seed <= 50; seed++) {
            RandomStream plain = new RandomStreams(seed).stream(Q, "macro");
            RandomStream named = new RandomStreams(seed, NormalDraws.boxMuller).stream(Q, "macro");
            RandomStream uniforms = new RandomStreams(seed).stream(Q, "macro");
            for (int i = 0; i < 20; i++) {
                double expected = boxMuller(uniforms);
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(plain.nextGaussian()));
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(named.nextGaussian()));
            }
        }
    }

    @Test
    void theZigguratGivesOtherNumbersButTheSameUniformsAndTheSameDrawsAgain() {
        RandomStream a = new RandomStreams(9, NormalDraws.ziggurat).stream(Q, "macro");
        RandomStream b = new RandomStreams(9, NormalDraws.ziggurat).stream(Q, "macro");
        RandomStream old = new RandomStreams(9).stream(Q, "macro");
        int differ = 0;
        for (int i = 0; i < 100; i++) {
            double z = a.nextGaussian();
            assertEquals(Double.doubleToRawLongBits(z), Double.doubleToRawLongBits(b.nextGaussian()));
            differ += z != old.nextGaussian() ? 1 : 0;
        }
        assertTrue(differ > 90, differ + " of 100 normals differ from Box-Muller's");
        assertEquals(new RandomStreams(9).stream(Q, "x").nextDouble(),
                new RandomStreams(9, NormalDraws.ziggurat).stream(Q, "x").nextDouble(), "uniforms do not depend on it");
        RandomStreams reused = new RandomStreams(9, NormalDraws.ziggurat);
        assertEquals(new RandomStreams(9, NormalDraws.ziggurat).stream(Q, 77L).nextGaussian(),
                reused.reuse(Q, 77L).nextGaussian(), "a reused stream draws as a new one");
    }

    @Test
    void theZigguratIsAStandardNormal() {
        RandomStream r = new RandomStreams(2026, NormalDraws.ziggurat).stream(Q, "test");
        int n = 2_000_000;
        int bins = 100;
        long[] counts = new long[bins];
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        long beyond2 = 0;
        long beyond3 = 0;
        long beyondTail = 0;
        for (int i = 0; i < n; i++) {
            double z = r.nextGaussian();
            s1 += z;
            s2 += z * z;
            s3 += z * z * z;
            s4 += z * z * z * z;
            beyond2 += Math.abs(z) > 2 ? 1 : 0;
            beyond3 += Math.abs(z) > 3 ? 1 : 0;
            beyondTail += Math.abs(z) > 3.442619855899 ? 1 : 0; // drawn by the tail algorithm
            counts[Math.min(bins - 1, (int) (phi(z) * bins))]++;
        }
        double sd = Math.sqrt(1.0 / n);
        assertEquals(0, s1 / n, 5 * sd, "mean");
        assertEquals(1, s2 / n, 5 * Math.sqrt(2.0 / n), "variance");
        assertEquals(0, s3 / n, 5 * Math.sqrt(15.0 / n), "third moment");
        assertEquals(3, s4 / n, 5 * Math.sqrt(96.0 / n), "fourth moment");
        assertShare(0.0455003, beyond2, n, "|z| > 2");
        assertShare(0.0026998, beyond3, n, "|z| > 3");
        assertShare(0.0005762, beyondTail, n, "|z| > 3.44 (the tail)");
        // the probability integral transform is uniform: chi-square over 100 bins (df 99; 99.99% quantile ~ 157)
        double chi = 0;
        double e = (double) n / bins;
        for (long c : counts) {
            chi += (c - e) * (c - e) / e;
        }
        assertTrue(chi < 157, "chi-square of the PIT over 100 bins: " + chi);
    }

    @Test
    void theShippedScenariosDrawByTheZigguratAndAnOldSaveByBoxMuller() throws Exception {
        for (String name : ScenarioLoader.BUILT_IN) {
            assertEquals(NormalDraws.ziggurat, ScenarioLoader.resolve(name).normalDraws(), name);
        }
        assertEquals(NormalDraws.boxMuller, SaveJson.load(GoldenSave.FILE).scenario().normalDraws(),
                "the golden save's scenario has no normalDraws: it was played with Box-Muller");
        assertNotEquals(null, SaveJson.load(GoldenSave.V1_FILE).scenario().normalDraws());
    }

    private static void assertShare(double p, long count, int n, String what) {
        double sd = Math.sqrt(p * (1 - p) / n);
        assertEquals(p, (double) count / n, 5 * sd, what);
    }

    /** The standard normal CDF (Abramowitz-Stegun 7.1.26 erf, error below 1.5e-7: ample for 100 bins). */
    static double phi(double z) {
        double x = Math.abs(z) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * x);
        double erf = 1 - t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
                * Math.exp(-x * x);
        return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }
}
