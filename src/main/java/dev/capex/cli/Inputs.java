package dev.capex.cli;

import dev.capex.engine.model.Scenario;
import dev.capex.scenario.ScenarioException;
import dev.capex.scenario.ScenarioLoader;
import dev.capex.strategy.Plan;
import java.nio.file.Path;

/** Loads the command line's input files, turning every problem into a clear failure (exit 3). */
public final class Inputs {
    private Inputs() {
    }

    public static Scenario scenario(String nameOrFile) {
        try {
            return ScenarioLoader.resolve(nameOrFile);
        } catch (ScenarioException e) {
            // One line: the first problem, and where to see the rest.
            int more = e.problems().size() - 1;
            throw new ExitCodes.Failure(ExitCodes.BAD_INPUT, e.problems().get(0)
                    + (more > 0 ? " (and " + more + " more: run capex validate " + e.problems().get(0).file() + ")" : ""));
        }
    }

    public static Plan plan(String file) {
        try {
            return Plan.load(Path.of(file));
        } catch (Plan.PlanException e) {
            throw new ExitCodes.Failure(ExitCodes.BAD_INPUT, e.getMessage());
        }
    }
}
