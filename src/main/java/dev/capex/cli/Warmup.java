package dev.capex.cli;

import dev.capex.engine.Engine;
import dev.capex.engine.QuarterResult;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario;
import dev.capex.save.SaveFile;
import dev.capex.save.SaveFormat;
import dev.capex.save.SaveJson;
import java.util.List;

/**
 * While the player reads the first frame, a low-priority thread plays the coming quarter once with no
 * decisions and writes (to a string) the save it would make, then throws both away: the engine's and the
 * save writer's classes are loaded and their code compiled before the player ends the first quarter, which
 * then takes about as long as the later ones. The engine is pure and the session is not touched, so this
 * changes nothing in the game.
 */
final class Warmup {
    private Warmup() {
    }

    static void start(Scenario sc, long seed, String team, GameState state) {
        if (state.isOver()) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                QuarterResult r = Engine.resolve(sc, state, List.of());
                SaveFile save = new SaveFile(SaveFormat.CURRENT.number(), ExitCodes.programVersion(), "2025-01-01T00:00:00Z",
                        team, sc.id(), SaveJson.scenarioSha256(sc), seed, null,
                        List.of(SaveFile.quarterOf(sc, state.quarter(), List.of(), r)), sc);
                SaveJson.write(save);
            } catch (RuntimeException | LinkageError ignored) {
                // a warm-up only: the real quarter reports anything wrong
            }
        }, "capex-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
