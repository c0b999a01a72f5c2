package dev.capex.cli;

import dev.capex.engine.model.Scenario;
import dev.capex.scenario.ScenarioLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** capex scenarios: the shipped scenarios with a line each. */
@Command(name = "scenarios", mixinStandardHelpOptions = true, description = "List the built-in scenarios.")
public final class ScenariosCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        for (String name : ScenarioLoader.BUILT_IN) {
            Scenario sc = Inputs.scenario(name);
            System.out.printf("%-22s %s (%s to %s)%n", name, sc.name(), sc.startQuarter(), sc.endQuarter());
        }
        return ExitCodes.OK;
    }
}
