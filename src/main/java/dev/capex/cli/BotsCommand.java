package dev.capex.cli;

import dev.capex.strategy.Bots;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** capex bots: the built-in strategies. */
@Command(name = "bots", mixinStandardHelpOptions = true, description = "List the built-in bots (strategies).")
public final class BotsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        Bots.all().forEach((name, s) -> System.out.printf("%-14s %s%n", name, s.description()));
        return ExitCodes.OK;
    }
}
