package dev.capex.cli;

import dev.capex.engine.QuarterResult;
import dev.capex.engine.model.Scenario;
import dev.capex.play.GameSession;
import dev.capex.play.PlainGame;
import dev.capex.report.Text;
import dev.capex.strategy.Plan;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** capex play: the dashboard (default), the plain text mode, or a plan played non-interactively. */
@Command(name = "play", mixinStandardHelpOptions = true,
        description = {"Play a game as Meta's CFO.",
            "Without options it opens the terminal dashboard; --plain plays at a text prompt (screen readers, "
                    + "scripts); --plan FILE plays every quarter with the plan's decisions."})
public final class PlayCommand implements Callable<Integer> {

    @Option(names = "--scenario", paramLabel = "NAME|FILE", defaultValue = "meta-2025",
            description = "a built-in scenario name or a scenario file (default: ${DEFAULT-VALUE})")
    String scenario;

    @Option(names = "--seed", paramLabel = "N", description = "the world's seed (default: a random one, printed)")
    Long seed;

    @Option(names = "--team", paramLabel = "NAME", defaultValue = "Player", description = "the team's name (default: ${DEFAULT-VALUE})")
    String team;

    @Option(names = "--plain", description = "play at a plain text prompt")
    boolean plain;

    @Option(names = "--plan", paramLabel = "FILE", description = "play every quarter with this plan file's decisions")
    String plan;

    @Option(names = "--window", description = "open the dashboard in Lanterna's own window (when the console cannot be driven)")
    boolean window;

    @Option(names = "--no-color", description = "draw the dashboard without colours")
    boolean noColor;

    @Override
    public Integer call() throws Exception {
        Scenario sc = Inputs.scenario(scenario);
        Plan p = plan == null ? null : Inputs.plan(plan);
        long s = seed != null ? seed : Math.abs(System.nanoTime() % 1_000_000);
        GameSession session = new GameSession(sc, s, team);
        PrintStream out = System.out;
        if (p != null) {
            out.println("Capex — " + sc.name() + " — team " + team + ", seed " + s + ", plan " + p.name());
            while (!session.state().isOver()) {
                QuarterResult r = session.play(p.forQuarter(session.state().quarter()));
                Text.quarter(sc, r).forEach(out::println);
            }
            Text.scorecard(sc, session.state()).forEach(out::println);
            return ExitCodes.OK;
        }
        if (plain) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            new PlainGame(session, in, out).run();
            return ExitCodes.OK;
        }
        if (System.console() == null && !window) {
            throw new ExitCodes.Failure(ExitCodes.NO_TERMINAL,
                    "no terminal to draw the dashboard on (standard input or output is not a console); "
                            + "use 'capex play --plain' for the text mode or 'capex play --plan FILE'");
        }
        if (window && java.awt.GraphicsEnvironment.isHeadless()) {
            throw new ExitCodes.Failure(ExitCodes.NO_TERMINAL, "--window needs a graphical display and there is none; "
                    + "run 'capex play' in a terminal, or 'capex play --plain'");
        }
        // AUTOSAVE HOOK (saves helper): dev.capex.save.Autosave was not on main yet; register it on the session here.
        dev.capex.tui.TerminalLauncher.run(session, window, !noColor);
        return ExitCodes.OK;
    }
}
