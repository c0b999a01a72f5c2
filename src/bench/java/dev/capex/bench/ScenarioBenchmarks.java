package dev.capex.bench;

import dev.capex.engine.Engine;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario;
import dev.capex.scenario.ScenarioLoader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Loading the baseline scenario (strict Jackson, from the jar) and starting a game from it. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class ScenarioBenchmarks {
    String text;
    Scenario sc;
    long seed;

    @Setup
    public void setUp() throws Exception {
        try (InputStream in = ScenarioLoader.class.getResourceAsStream("/scenarios/meta-2025.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        sc = ScenarioLoader.parse("meta-2025.json", text);
    }

    /** Parse and validate the scenario text (what every command does once). */
    @Benchmark
    public Scenario parseScenario() throws Exception {
        return ScenarioLoader.parse("meta-2025.json", text);
    }

    /** Resolve a built-in name: read it from the jar, then parse. */
    @Benchmark
    public Scenario resolveBuiltIn() throws Exception {
        return ScenarioLoader.resolve("meta-2025");
    }

    /** The opening position of a game. */
    @Benchmark
    public GameState startGame() {
        return Engine.start(sc, ++seed);
    }
}
