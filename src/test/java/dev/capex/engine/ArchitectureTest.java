package dev.capex.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine is a pure function: no IO, no JSON library, no terminal, no clock, no global randomness. */
class ArchitectureTest {
    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.capex.engine");

    @Test
    void theEngineImportsNoIoJsonTerminalOrClock() {
        noClasses().that().resideInAPackage("dev.capex.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..",
                        "com.fasterxml.jackson..", "com.googlecode.lanterna..", "picocli..")
                .because("the engine is a pure function of (state, decisions, seed)")
                .check(engine);
    }

    @Test
    void theEngineReadsNoClockAndNoGlobalRandomSource() {
        noClasses().that().resideInAPackage("dev.capex.engine..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Instant")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.LocalDateTime")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(Math.class, "random")
                .check(engine);
    }

    @Test
    void theEngineUsesStrictMathForTranscendentalFunctions() {
        noClasses().that().resideInAPackage("dev.capex.engine..")
                .should().callMethod(Math.class, "log", double.class)
                .orShould().callMethod(Math.class, "exp", double.class)
                .orShould().callMethod(Math.class, "pow", double.class, double.class)
                .orShould().callMethod(Math.class, "log10", double.class)
                .orShould().callMethod(Math.class, "sqrt", double.class)
                .orShould().callMethod(Math.class, "cos", double.class)
                .because("Math's transcendental functions may differ bit-wise between JVMs and break replays")
                .check(engine);
    }
}
