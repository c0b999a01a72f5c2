package dev.capex;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.ConstructorCallTarget;
import com.tngtech.archunit.core.domain.AccessTarget.MethodCallTarget;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The architecture's rules, in one place so that {@code ArchitectureTest} runs them on the program and
 * {@code PlantedViolationsTest} runs the very same rules on planted violations (so that a rule cannot
 * silently go blind). See docs/model.md ("The engine is pure") and ARCHITECTURE.md.
 *
 * <p>Layers, from the top: command line → workshop → dashboard and text mode → analysis and report →
 * strategy → save → scenario → engine. A layer uses only the layers below it.
 */
public final class ArchitectureRules {
    private ArchitectureRules() {
    }

    public static final String ENGINE = "dev.capex.engine..";

    /** Every package outside the engine: the engine depends on none of them. */
    public static final String[] SHELL = {"dev.capex.cli..", "dev.capex.workshop..", "dev.capex.serve..", "dev.capex.tui..",
        "dev.capex.play..", "dev.capex.analysis..", "dev.capex.report..", "dev.capex.strategy..", "dev.capex.save..",
        "dev.capex.scenario.."};

    /**
     * Mutable statics the engine still holds, each with the reason and who removes it. The rule fails
     * for any other; {@code ArchitectureTest} fails once one of these is gone, so the list only shrinks.
     */
    public static final Map<String, String> PENDING_MUTABLE_STATICS = Map.of(
            "ScenarioIndex.last", "a one-slot cache of the last scenario's index; the compiled scenario of the "
                    + "engine rewrite (issue 9, branch engine) replaces it");

    /**
     * Whether the packages inside the engine are checked for cycles too. It was false while the engine
     * had a cycle (engine ↔ engine.rules, removed by the engine rewrite of issue 9), and
     * {@code ArchitectureTest#thePackagesInsideTheEngineHaveNoCycle} then checked that the cycle was
     * still there, failing once it was gone to ask for this switch; it is on since.
     */
    public static final boolean ENGINE_CYCLES_CHECKED = true;

    private static final Set<String> MUTABLE_TYPES = Set.of("java.util.ArrayList", "java.util.LinkedList",
            "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.HashSet",
            "java.util.LinkedHashSet", "java.util.TreeSet", "java.util.ArrayDeque", "java.util.EnumMap",
            "java.util.IdentityHashMap", "java.util.WeakHashMap", "java.util.BitSet", "java.lang.StringBuilder",
            "java.lang.StringBuffer", "java.util.concurrent.ConcurrentHashMap");

    private static final Set<String> NON_STRICT_MATH = Set.of("sin", "cos", "tan", "asin", "acos", "atan", "atan2",
            "sinh", "cosh", "tanh", "exp", "expm1", "log", "log10", "log1p", "pow", "cbrt", "hypot", "sqrt");

    /** The forbidden APIs of the engine, by name: each one a way to make a game depend on more than (state, decisions, seed). */
    public static Map<String, ArchRule> engineRules() {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("no mutable statics", fields().that().areDeclaredInClassesThat().resideInAPackage(ENGINE)
                .and().areStatic().should(beImmutable())
                .because("state shared between games breaks replays and parallel batches"));
        rules.put("no shell packages", noClasses().that().resideInAPackage(ENGINE)
                .should().dependOnClassesThat().resideInAnyPackage(SHELL)
                .because("the engine is the bottom layer: the shell uses it, never the reverse"));
        rules.put("no IO, JSON, terminal or command line", noClasses().that().resideInAPackage(ENGINE)
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..",
                        "com.fasterxml.jackson..", "com.googlecode.lanterna..", "picocli..")
                .because("the engine is a pure function of (state, decisions, seed)"));
        rules.put("no clock-seeded commons-math generators", noClasses().that().resideInAPackage(ENGINE)
                .should().callConstructorWhere(clockSeededCommonsMath())
                .because("a commons-math distribution or generator built without a RandomGenerator seeds itself "
                        + "from the clock"));
        rules.put("no environment or system properties", noClasses().that().resideInAPackage(ENGINE)
                .should().callMethodWhere(calls("read the environment", t ->
                        t.getOwner().isEquivalentTo(System.class) && Set.of("getenv", "getProperty", "getProperties")
                                .contains(t.getName())
                        || t.getOwner().isEquivalentTo(Integer.class) && t.getName().equals("getInteger")
                        || t.getOwner().isEquivalentTo(Long.class) && t.getName().equals("getLong")
                        || t.getOwner().isEquivalentTo(Boolean.class) && t.getName().equals("getBoolean")))
                .because("a game must not depend on the machine it runs on"));
        rules.put("no wall clock", noClasses().that().resideInAPackage(ENGINE)
                .should().callMethodWhere(calls("read the time", t ->
                        t.getOwner().getPackageName().equals("java.time") && t.getName().equals("now")
                        || t.getOwner().isEquivalentTo(System.class)
                                && Set.of("currentTimeMillis", "nanoTime").contains(t.getName())))
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Date")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Calendar")
                .because("the engine's time is the game's quarter, never the wall clock"));
        rules.put("no global or unseeded randomness", noClasses().that().resideInAPackage(ENGINE)
                .should().dependOnClassesThat().areAssignableTo(java.util.Random.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.SplittableRandom")
                .orShould().callMethodWhere(calls("draw from a global random source", t ->
                        (t.getOwner().isEquivalentTo(Math.class) || t.getOwner().isEquivalentTo(StrictMath.class))
                                && t.getName().equals("random")
                        || t.getOwner().isEquivalentTo(java.util.UUID.class) && t.getName().equals("randomUUID")
                        || t.getOwner().isEquivalentTo(java.util.Collections.class) && t.getName().equals("shuffle")))
                .because("every draw comes from the game's seeded streams (engine.random)"));
        rules.put("StrictMath, not Math", noClasses().that().resideInAPackage(ENGINE)
                .should().callMethodWhere(calls("call java.lang.Math's transcendental functions", t ->
                        t.getOwner().isEquivalentTo(Math.class) && NON_STRICT_MATH.contains(t.getName())))
                .because("Math's functions may differ bit-wise between JVMs and break replays; StrictMath does not"));
        rules.put("no threads", noClasses().that().resideInAPackage(ENGINE)
                .should().dependOnClassesThat().areAssignableTo(Thread.class)
                .orShould().dependOnClassesThat().resideInAPackage("java.util.concurrent..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.ThreadLocal")
                .orShould().callMethodWhere(calls("run a parallel stream", t ->
                        Set.of("parallel", "parallelStream").contains(t.getName())
                        && t.getOwner().getPackageName().startsWith("java.util")))
                .because("a quarter is computed on one thread, in one order; batches parallelise whole games"));
        return rules;
    }

    /** The layers, each using only the layers below it; every layer must hold classes. */
    public static ArchRule layers() {
        return layers(false);
    }

    /** The layers; {@code optional}: layers may be empty (to check a few planted classes on their own). */
    public static ArchRule layers(boolean optional) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(optional)
                .layer("Command line").definedBy("dev.capex.cli..")
                .layer("Workshop").definedBy("dev.capex.workshop..", "dev.capex.serve..")
                .layer("Dashboard and text mode").definedBy("dev.capex.tui..", "dev.capex.play..")
                .layer("Analysis and report").definedBy("dev.capex.analysis..", "dev.capex.report..")
                .layer("Strategy").definedBy("dev.capex.strategy..")
                .layer("Save").definedBy("dev.capex.save..")
                .layer("Scenario").definedBy("dev.capex.scenario..")
                .layer("Engine").definedBy(ENGINE)
                .whereLayer("Command line").mayNotBeAccessedByAnyLayer()
                .whereLayer("Workshop").mayOnlyBeAccessedByLayers("Command line")
                .whereLayer("Dashboard and text mode").mayOnlyBeAccessedByLayers("Command line", "Workshop")
                .whereLayer("Analysis and report").mayOnlyBeAccessedByLayers("Command line", "Workshop",
                        "Dashboard and text mode")
                .whereLayer("Strategy").mayOnlyBeAccessedByLayers("Command line", "Workshop", "Dashboard and text mode",
                        "Analysis and report")
                .whereLayer("Save").mayOnlyBeAccessedByLayers("Command line", "Workshop", "Dashboard and text mode",
                        "Analysis and report", "Strategy")
                .whereLayer("Scenario").mayOnlyBeAccessedByLayers("Command line", "Workshop",
                        "Dashboard and text mode", "Analysis and report", "Strategy", "Save")
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("Command line", "Workshop", "Dashboard and text mode",
                        "Analysis and report", "Strategy", "Save", "Scenario")
                .because("docs/model.md: the engine at the bottom, the command line at the top");
    }

    /** No cycle between packages, leaving out the dependencies between the engine's own packages. */
    public static ArchRule noCyclesOutsideTheEngine() {
        return slices().matching("dev.capex.(**)").should().beFreeOfCycles()
                .ignoreDependency(inEngine(), inEngine());
    }

    /** No cycle between any two packages, the engine's own included. */
    public static ArchRule noCycles() {
        return slices().matching("dev.capex.(**)").should().beFreeOfCycles();
    }

    private static DescribedPredicate<JavaClass> inEngine() {
        return DescribedPredicate.describe("in the engine", c -> c.getPackageName().startsWith("dev.capex.engine"));
    }

    private static DescribedPredicate<JavaMethodCall> calls(String what,
            java.util.function.Predicate<MethodCallTarget> p) {
        return DescribedPredicate.describe(what, c -> p.test(c.getTarget()));
    }

    private static DescribedPredicate<JavaConstructorCall> clockSeededCommonsMath() {
        return DescribedPredicate.describe("construct a commons-math distribution or generator without a RandomGenerator",
                c -> {
                    ConstructorCallTarget t = c.getTarget();
                    String pkg = t.getOwner().getPackageName();
                    List<JavaClass> params = t.getRawParameterTypes();
                    boolean seeded = params.stream().anyMatch(p -> p.getName()
                            .equals("org.apache.commons.math3.random.RandomGenerator"));
                    if (pkg.startsWith("org.apache.commons.math3.distribution")) {
                        return !seeded;
                    }
                    // The generators' constructors without arguments seed themselves from the clock.
                    return pkg.equals("org.apache.commons.math3.random") && params.isEmpty();
                });
    }

    /** Whether the class's static initializer builds an unmodifiable collection (a heuristic, see below). */
    private static boolean buildsUnmodifiable(JavaClass owner) {
        return owner.getStaticInitializer().map(init -> init.getMethodCallsFromSelf().stream().anyMatch(c -> {
            String o = c.getTargetOwner().getName();
            String n = c.getName();
            return Set.of("java.util.List", "java.util.Set", "java.util.Map").contains(o)
                    && Set.of("of", "copyOf", "ofEntries").contains(n)
                    || o.equals("java.util.Collections") && n.startsWith("unmodifiable")
                    || o.equals("java.util.stream.Stream") && n.equals("toList");
        })).orElse(false);
    }

    /** A static field is final, of no mutable collection or builder type, and an array only if private. */
    private static ArchCondition<JavaField> beImmutable() {
        return new ArchCondition<>("be final, of an immutable type (a private array at most)") {
            @Override
            public void check(JavaField f, ConditionEvents events) {
                if (f.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                    return; // the compiler's own (an enum's $VALUES, a switch map)
                }
                String key = f.getOwner().getSimpleName() + "." + f.getName();
                if (PENDING_MUTABLE_STATICS.containsKey(key)) {
                    return;
                }
                JavaClass type = f.getRawType();
                String problem = null;
                if (!f.getModifiers().contains(JavaModifier.FINAL)) {
                    problem = "is not final";
                } else if (MUTABLE_TYPES.contains(type.getName())
                        || type.getPackageName().equals("java.util.concurrent.atomic")) {
                    problem = "holds a mutable " + type.getSimpleName();
                } else if (type.isArray() && !f.getModifiers().contains(JavaModifier.PRIVATE)) {
                    problem = "is an array that other classes can change";
                } else if ((type.isAssignableTo(java.util.Collection.class) || type.isAssignableTo(Map.class))
                        && !buildsUnmodifiable(f.getOwner())) {
                    problem = "is a collection that is not built unmodifiable (List.of, Map.copyOf, "
                            + "Collections.unmodifiable..., Stream.toList in the static initializer)";
                }
                if (problem != null) {
                    events.add(SimpleConditionEvent.violated(f, "static field " + f.getFullName() + " " + problem
                            + " in " + f.getSourceCodeLocation()));
                }
            }
        };
    }
}
