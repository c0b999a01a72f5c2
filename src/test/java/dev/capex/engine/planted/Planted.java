package dev.capex.engine.planted;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.random.Well19937c;

/**
 * Violations planted in the engine's package tree, one per nested class, compiled in the test tree
 * only: {@code PlantedViolationsTest} runs the architecture rules on each and checks which rule
 * catches it. The first ten are the ones issue 9 found undetected; the rest are the other forbidden
 * APIs of the engine. {@link Clean} does the same jobs the allowed way and must pass every rule.
 * Nothing here is ever called.
 */
@SuppressWarnings("unused")
public final class Planted {
    private Planted() {
    }

    // --- the ten of issue 9 ---

    public static final class MutableStatic {
        static int gamesPlayed;
    }

    public static final class ImportsTheSavePackage {
        int format() {
            return dev.capex.save.SaveFormat.CURRENT.number();
        }
    }

    public static final class ClockSeededNormalDistribution {
        double draw() {
            return new NormalDistribution(0, 1).sample();
        }
    }

    public static final class ReadsTheEnvironment {
        String home() {
            return System.getenv("HOME");
        }
    }

    public static final class NewDate {
        long now() {
            return new Date().getTime();
        }
    }

    public static final class LocalDateNow {
        int year() {
            return LocalDate.now().getYear();
        }
    }

    public static final class RandomUuid {
        String id() {
            return UUID.randomUUID().toString();
        }
    }

    public static final class UsesSecureRandom {
        int draw() {
            return new SecureRandom().nextInt();
        }
    }

    public static final class ShufflesACollection {
        List<String> shuffled(List<String> xs) {
            List<String> copy = new ArrayList<>(xs);
            Collections.shuffle(copy);
            return copy;
        }
    }

    public static final class NonStrictSine {
        double wave(double x) {
            return Math.sin(x);
        }
    }

    // --- the other forbidden APIs ---

    public static final class MutableStaticCollection {
        static final List<String> CACHE = new ArrayList<>();
    }

    public static final class ReadsASystemProperty {
        String user() {
            return System.getProperty("user.name");
        }
    }

    public static final class LocalDateTimeNow {
        int hour() {
            return LocalDateTime.now().getHour();
        }
    }

    public static final class InstantNow {
        long seconds() {
            return Instant.now().getEpochSecond();
        }
    }

    public static final class CurrentTimeMillis {
        long now() {
            return System.currentTimeMillis();
        }
    }

    public static final class NanoTime {
        long now() {
            return System.nanoTime();
        }
    }

    public static final class UsesJavaUtilRandom {
        double draw() {
            return new Random(7).nextGaussian();
        }
    }

    public static final class MathRandom {
        double draw() {
            return Math.random();
        }
    }

    public static final class NonStrictCosine {
        double wave(double x) {
            return Math.cos(x);
        }
    }

    public static final class NonStrictTangent {
        double slope(double x) {
            return Math.tan(x);
        }
    }

    public static final class NonStrictExp {
        double growth(double x) {
            return Math.exp(x);
        }
    }

    public static final class NonStrictLog {
        double rate(double x) {
            return Math.log(x);
        }
    }

    public static final class NonStrictPow {
        double compound(double x) {
            return Math.pow(1 + x, 4);
        }
    }

    public static final class StartsAThread {
        void run() {
            new Thread(() -> { }).start();
        }
    }

    public static final class ParallelStream {
        long count(List<String> xs) {
            return xs.parallelStream().filter(String::isEmpty).count();
        }
    }

    public static final class ReadsAFile {
        boolean exists() {
            return new java.io.File("scenarios").exists();
        }
    }

    /** The same jobs done the engine's way: every rule passes. */
    public static final class Clean {
        static final int QUARTERS = 15;
        private static final long[] TABLE = {1, 2, 3};
        static final List<String> NAMES = List.of("a", "b");

        double wave(double x) {
            return StrictMath.sin(x) + StrictMath.pow(x, 2) + StrictMath.log(1 + x) + Math.abs(x) + TABLE[0];
        }

        double draw(int seed) {
            return new NormalDistribution(new Well19937c(seed), 0, 1).sample();
        }

        List<String> sorted(List<String> xs) {
            List<String> copy = new ArrayList<>(xs);
            Collections.sort(copy);
            return copy;
        }
    }
}
