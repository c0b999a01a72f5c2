package dev.capex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.capex.engine.planted.Planted;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules are not blind: run on each planted violation (dev.capex.engine.planted, test
 * tree only), exactly the expected rules catch it, and a clean class passes them all. The table it
 * prints is the one in the note.
 */
class PlantedViolationsTest {
    static final String STATICS = "no mutable statics";
    static final String SHELL = "no shell packages";
    static final String IO = "no IO, JSON, terminal or command line";
    static final String COMMONS = "no clock-seeded commons-math generators";
    static final String ENV = "no environment or system properties";
    static final String CLOCK = "no wall clock";
    static final String RANDOM = "no global or unseeded randomness";
    static final String STRICT = "StrictMath, not Math";
    static final String THREADS = "no threads";
    static final String LAYERS = "layers";
    static final String CYCLES = "no package cycles (outside the engine)";
    static final String ALL_CYCLES = "no package cycles (everywhere, pending)";

    /** Every rule, by name: the engine's forbidden APIs, the layers and the cycles. */
    static Map<String, ArchRule> allRules() {
        Map<String, ArchRule> rules = new LinkedHashMap<>(ArchitectureRules.engineRules());
        rules.put(LAYERS, ArchitectureRules.layers(true));
        rules.put(CYCLES, ArchitectureRules.noCyclesOutsideTheEngine());
        rules.put(ALL_CYCLES, ArchitectureRules.noCycles());
        return rules;
    }

    /** Each planted violation and the rules that must catch it. */
    static Map<String, List<Class<?>>> planted() {
        Map<String, List<Class<?>>> m = new LinkedHashMap<>();
        m.put("a mutable static (static int)", List.of(Planted.MutableStatic.class));
        m.put("an import of the save package", List.of(Planted.ImportsTheSavePackage.class));
        m.put("new NormalDistribution(0, 1) (clock-seeded)", List.of(Planted.ClockSeededNormalDistribution.class));
        m.put("System.getenv", List.of(Planted.ReadsTheEnvironment.class));
        m.put("new Date()", List.of(Planted.NewDate.class));
        m.put("LocalDate.now()", List.of(Planted.LocalDateNow.class));
        m.put("UUID.randomUUID()", List.of(Planted.RandomUuid.class));
        m.put("SecureRandom", List.of(Planted.UsesSecureRandom.class));
        m.put("Collections.shuffle", List.of(Planted.ShufflesACollection.class));
        m.put("Math.sin", List.of(Planted.NonStrictSine.class));
        m.put("a static final ArrayList", List.of(Planted.MutableStaticCollection.class));
        m.put("System.getProperty", List.of(Planted.ReadsASystemProperty.class));
        m.put("LocalDateTime.now()", List.of(Planted.LocalDateTimeNow.class));
        m.put("Instant.now()", List.of(Planted.InstantNow.class));
        m.put("System.currentTimeMillis", List.of(Planted.CurrentTimeMillis.class));
        m.put("System.nanoTime", List.of(Planted.NanoTime.class));
        m.put("java.util.Random", List.of(Planted.UsesJavaUtilRandom.class));
        m.put("Math.random", List.of(Planted.MathRandom.class));
        m.put("Math.cos", List.of(Planted.NonStrictCosine.class));
        m.put("Math.tan", List.of(Planted.NonStrictTangent.class));
        m.put("Math.exp", List.of(Planted.NonStrictExp.class));
        m.put("Math.log", List.of(Planted.NonStrictLog.class));
        m.put("Math.pow", List.of(Planted.NonStrictPow.class));
        m.put("new Thread", List.of(Planted.StartsAThread.class));
        m.put("a parallel stream", List.of(Planted.ParallelStream.class));
        m.put("java.io.File", List.of(Planted.ReadsAFile.class));
        m.put("a package cycle (a -> b -> a)", List.of(dev.capex.plantedcycle.a.A.class, dev.capex.plantedcycle.b.B.class));
        m.put("(clean: StrictMath, a seeded NormalDistribution, static final constants and List.of)", List.of(Planted.Clean.class));
        return m;
    }

    static final Map<String, Set<String>> EXPECTED = Map.ofEntries(
            Map.entry("a mutable static (static int)", Set.of(STATICS)),
            Map.entry("an import of the save package", Set.of(SHELL, LAYERS)),
            Map.entry("new NormalDistribution(0, 1) (clock-seeded)", Set.of(COMMONS)),
            Map.entry("System.getenv", Set.of(ENV)),
            Map.entry("new Date()", Set.of(CLOCK)),
            Map.entry("LocalDate.now()", Set.of(CLOCK)),
            Map.entry("UUID.randomUUID()", Set.of(RANDOM)),
            Map.entry("SecureRandom", Set.of(RANDOM)),
            Map.entry("Collections.shuffle", Set.of(RANDOM)),
            Map.entry("Math.sin", Set.of(STRICT)),
            Map.entry("a static final ArrayList", Set.of(STATICS)),
            Map.entry("System.getProperty", Set.of(ENV)),
            Map.entry("LocalDateTime.now()", Set.of(CLOCK)),
            Map.entry("Instant.now()", Set.of(CLOCK)),
            Map.entry("System.currentTimeMillis", Set.of(CLOCK)),
            Map.entry("System.nanoTime", Set.of(CLOCK)),
            Map.entry("java.util.Random", Set.of(RANDOM)),
            Map.entry("Math.random", Set.of(RANDOM)),
            Map.entry("Math.cos", Set.of(STRICT)),
            Map.entry("Math.tan", Set.of(STRICT)),
            Map.entry("Math.exp", Set.of(STRICT)),
            Map.entry("Math.log", Set.of(STRICT)),
            Map.entry("Math.pow", Set.of(STRICT)),
            Map.entry("new Thread", Set.of(THREADS)),
            Map.entry("a parallel stream", Set.of(THREADS)),
            Map.entry("java.io.File", Set.of(IO)),
            Map.entry("a package cycle (a -> b -> a)", Set.of(CYCLES, ALL_CYCLES)),
            Map.entry("(clean: StrictMath, a seeded NormalDistribution, static final constants and List.of)", Set.of()));

    @Test
    void eachPlantedViolationIsCaughtByTheRuleMeantForItAndTheCleanClassByNone() {
        // All planted classes imported once, with one class of the save layer (so that the layers rule
        // sees what a planted class reaches); each rule is evaluated once and its violations are
        // attributed to the planted classes they name.
        List<Class<?>> imported = new java.util.ArrayList<>();
        planted().values().forEach(imported::addAll);
        imported.add(dev.capex.save.SaveFormat.class);
        JavaClasses classes = new ClassFileImporter().importClasses(imported);
        Map<String, List<String>> violations = new LinkedHashMap<>();
        allRules().forEach((name, rule) -> violations.put(name,
                rule.allowEmptyShould(true).evaluate(classes).getFailureReport().getDetails()));
        StringBuilder table = new StringBuilder("| planted | caught by |\n|---|---|\n");
        Map<String, Set<String>> caught = new LinkedHashMap<>();
        for (Map.Entry<String, List<Class<?>>> p : planted().entrySet()) {
            Set<String> by = new TreeSet<>();
            for (Class<?> c : p.getValue()) {
                java.util.regex.Pattern named = java.util.regex.Pattern.compile(
                        java.util.regex.Pattern.quote(c.getName()) + "[.>\\s(<]");
                violations.forEach((rule, details) -> {
                    if (details.stream().anyMatch(d -> named.matcher(d).find())) {
                        by.add(rule);
                    }
                });
            }
            caught.put(p.getKey(), by);
            table.append("| ").append(p.getKey()).append(" | ").append(by.isEmpty() ? "none" : String.join(", ", by))
                    .append(" |\n");
        }
        System.out.print(table);
        for (Map.Entry<String, Set<String>> c : caught.entrySet()) {
            assertEquals(new TreeSet<>(EXPECTED.get(c.getKey())), c.getValue(), c.getKey());
        }
        assertEquals(EXPECTED.keySet(), caught.keySet());
    }
}
