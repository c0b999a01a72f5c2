package dev.capex.cli;

import dev.capex.engine.model.Scenario;
import dev.capex.play.GameSession;
import dev.capex.workshop.DecisionLog;
import dev.capex.workshop.HotSeat;
import dev.capex.workshop.PlainWorkshop;
import dev.capex.workshop.WorkshopTui;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** capex workshop: teams on one screen, hot seat, one world. */
@Command(name = "workshop", mixinStandardHelpOptions = true,
        description = {"Run a hot-seat workshop: several teams on one screen, each with its own game in the same world "
                + "(scenario and seed). Each quarter every team decides in turn, with a hand-over screen between "
                + "teams; then the quarter plays for all and the leaderboard shows, with the built-in bots as reference.",
            "Each team's game is saved after every quarter to DIR/TEAM.json (and its decisions to DIR/TEAM.plan.json),",
            "for capex compare and capex report."})
public final class WorkshopCommand implements Callable<Integer> {

    @Option(names = "--teams", paramLabel = "NAMES", required = true, split = ",",
            description = "the teams, comma-separated, e.g. \"Red,Blue,Green\"")
    List<String> teams = new ArrayList<>();

    @Option(names = "--scenario", paramLabel = "NAME|FILE", defaultValue = "meta-2025-workshop",
            description = "a built-in scenario name or a scenario file (default: ${DEFAULT-VALUE})")
    String scenario;

    @Option(names = "--seed", paramLabel = "N", description = "the world's seed (default: a random one, printed)")
    Long seed;

    @Option(names = "--plain", description = "run at a plain text prompt (screen readers, scripts)")
    boolean plain;

    @Option(names = "--saves", paramLabel = "DIR", description = "where each team's save and decision log go "
            + "(default: saves/workshop-SCENARIO-SEED)")
    Path saves;

    @Option(names = "--blank-lines", paramLabel = "N", defaultValue = "40", hidden = true,
            description = "blank lines at a hand-over in --plain (default: ${DEFAULT-VALUE})")
    int blankLines;

    @Option(names = "--no-color", description = "the dashboard without colour")
    boolean noColor;

    /** The dashboard face on the real terminal, restored on exit, on an error and on a kill. */
    private void dashboard(HotSeat game) throws IOException {
        DefaultTerminalFactory factory = new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8);
        factory.setForceTextTerminal(true);
        factory.setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP);
        Screen screen = new TerminalScreen(factory.createTerminal());
        Thread restore = new Thread(() -> stop(screen), "capex-restore-terminal");
        Runtime.getRuntime().addShutdownHook(restore);
        try {
            screen.startScreen();
            screen.setCursorPosition(null);
            WorkshopTui tui = new WorkshopTui(game, screen, !noColor);
            tui.redraw();
            while (!tui.isDone()) {
                if (!tui.pump()) {
                    try {
                        Thread.sleep(15);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        } finally {
            stop(screen);
            try {
                Runtime.getRuntime().removeShutdownHook(restore);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or has run
            }
        }
    }

    private static synchronized void stop(Screen screen) {
        try {
            screen.stopScreen();
        } catch (IOException | RuntimeException e) {
            // the terminal is gone; nothing to restore
        }
    }

    @Override
    public Integer call() throws IOException {
        List<String> names = new ArrayList<>();
        for (String t : teams) {
            String n = t.trim();
            if (n.isEmpty()) {
                throw new ExitCodes.Failure(ExitCodes.USAGE, "workshop: --teams has an empty team name");
            }
            String bad = dev.capex.scenario.Limits.teamProblem(n);
            if (bad != null) {
                throw new ExitCodes.Failure(ExitCodes.USAGE, "workshop: --teams: " + bad);
            }
            if (names.contains(n)) {
                throw new ExitCodes.Failure(ExitCodes.USAGE, "workshop: the team name '" + n + "' appears twice");
            }
            names.add(n);
        }
        if (names.size() > 8) {
            throw new ExitCodes.Failure(ExitCodes.USAGE, "workshop: at most 8 teams share one screen");
        }
        Scenario sc = Inputs.scenario(scenario);
        long s = seed != null ? seed : Math.abs(System.nanoTime() % 1_000_000);
        if (!plain && System.console() == null) {
            throw new ExitCodes.Failure(ExitCodes.NO_TERMINAL, "no terminal to draw the workshop on (standard input "
                    + "or output is not a console); use 'capex workshop --plain'");
        }
        HotSeat game = new HotSeat(sc, s, names);
        Path dir = saves != null ? saves : Path.of("saves", "workshop-" + sc.id() + "-" + s);
        for (GameSession session : game.sessions()) {
            PlayCommand.probe(dir.resolve(saveName(session.team())));
        }
        List<dev.capex.save.Autosave> autosaves = new ArrayList<>();
        for (GameSession session : game.sessions()) {
            // One save per team (atomic, after every quarter), plus its decisions as a plan file.
            autosaves.add(dev.capex.save.Autosave.attach(session, dir.resolve(saveName(session.team()))));
            session.onQuarterResolved(x -> {
                try {
                    DecisionLog.write(dir, x);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        try {
            if (plain) {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                new PlainWorkshop(game, in, dev.capex.scenario.Printable.terminal(System.out), blankLines).run();
            } else {
                dashboard(game);
            }
        } catch (UncheckedIOException e) {
            throw new ExitCodes.Failure(ExitCodes.BAD_INPUT, "cannot write the teams' logs in " + dir + ": "
                    + e.getCause().getMessage());
        }
        for (dev.capex.save.Autosave a : autosaves) {
            if (a.failure() != null) {
                throw new ExitCodes.Failure(ExitCodes.CANNOT_WRITE, a.failure()
                        + "; the quarters played since the last good save are lost");
            }
        }
        List<String> saveFiles = new ArrayList<>();
        for (GameSession session : game.sessions()) {
            if (!session.log().isEmpty()) {
                saveFiles.add(dir.resolve(saveName(session.team())).toString());
            }
        }
        if (!saveFiles.isEmpty()) {
            String all = String.join(" ", saveFiles);
            System.out.println("Each team's save: " + all);
            System.out.println("Compare: capex compare " + all);
            System.out.println("Debrief: capex report " + all + " --out debrief.html");
        }
        return ExitCodes.OK;
    }

    /** red.json, "Team 2" -> team-2.json: beside the team's plan log. */
    static String saveName(String team) {
        return DecisionLog.fileName(team).replace(".plan.json", ".json");
    }
}
