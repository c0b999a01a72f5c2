package dev.capex.bench;

import dev.capex.analysis.batch.World;
import dev.capex.analysis.batch.WorldOutcome;
import dev.capex.engine.Engine;
import dev.capex.engine.LiveGame;
import dev.capex.engine.Preview;
import dev.capex.engine.QuarterResult;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario;
import dev.capex.scenario.ScenarioLoader;
import dev.capex.strategy.Bots;
import dev.capex.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The engine's hot paths, one core, warm: a quarter, a full game with a bot (target: at most 50 µs),
 * a bot's decision alone, a preview, and replay verification (a digest per quarter).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Threads(1)
@State(Scope.Thread)
public class GameBenchmarks {

    @Param({"status-quo", "conservative", "leverage", "asset-light", "talent-first", "random", "none"})
    public String bot;

    Scenario sc;
    Strategy strategy;
    long seed;
    /** A mid-game state (after four quarters) and the bot's decisions for it. */
    GameState midGame;
    List<Decision> midDecisions;
    /** A recorded 15-quarter game: decisions and digests, as a save keeps them. */
    List<List<Decision>> log;
    List<String> digests;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        sc = ScenarioLoader.resolve("meta-2025");
        strategy = bot.equals("none") ? new Strategy() {
            public String name() {
                return "none";
            }

            public String description() {
                return "no decisions at all: the engine alone";
            }

            public List<Decision> decide(Scenario s, GameState st) {
                return List.of();
            }

            @Override
            public List<Decision> decide(Scenario s, LiveGame game) {
                return List.of(); // nothing read: the game's state need not be built
            }
        } : Bots.named(bot);
        GameState s = Engine.start(sc, 11);
        log = new ArrayList<>();
        digests = new ArrayList<>();
        while (!s.isOver()) {
            List<Decision> d = strategy.decide(sc, s);
            if (s.turn() == 4) {
                midGame = s;
                midDecisions = d;
            }
            log.add(d);
            s = Engine.resolve(sc, s, d).state();
            digests.add(Engine.digest(s));
        }
        if (midGame == null) {
            midGame = Engine.start(sc, 11);
            midDecisions = strategy.decide(sc, midGame);
        }
    }

    /** A full game with the bot deciding every quarter (a new seed each time: no two games alike). */
    @Benchmark
    public WorldOutcome fullGame() {
        return World.play(sc, strategy, ++seed);
    }

    /** One quarter resolved with the bot's decisions already made. */
    @Benchmark
    public QuarterResult resolveQuarter() {
        return Engine.resolve(sc, midGame, midDecisions);
    }

    /** The bot deciding one quarter (its previews included). */
    @Benchmark
    public List<Decision> decideQuarter() {
        return strategy.decide(sc, midGame);
    }

    /** One pro forma preview of the quarter's decisions. */
    @Benchmark
    public Preview previewQuarter() {
        return Engine.preview(sc, midGame, midDecisions);
    }

    /** Replay verification of a 15-quarter save: every quarter resolved again and its digest compared. */
    @Benchmark
    public boolean replayVerify(Blackhole bh) {
        GameState s = Engine.start(sc, 11);
        boolean same = true;
        for (int i = 0; i < log.size(); i++) {
            s = Engine.resolve(sc, s, log.get(i)).state();
            same &= Engine.digest(s).equals(digests.get(i));
        }
        if (!same) {
            throw new IllegalStateException("replay differs");
        }
        return same;
    }
}
