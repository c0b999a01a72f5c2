package dev.capex.cli;

import dev.capex.engine.model.Scenario;
import dev.capex.play.GameSession;
import dev.capex.save.SaveFile;
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

    @Option(names = "--lang", paramLabel = "de|en",
            description = "the language of the teams' screens: de (German) or en (English); default: the locale (LANG)")
    String lang;

    @Option(names = "--no-color", description = "the dashboard without colour")
    boolean noColor;

    @Option(names = "--fresh", description = "start a new workshop even if the folder holds one (its games are moved "
            + "to DIR/replaced-TIME/, never deleted); without it, a folder that holds the teams' games is resumed")
    boolean fresh;

    @Option(names = "--turn-minutes", paramLabel = "MIN", defaultValue = "0",
            description = "the time each team has for its turn, shown on its screen (default: no limit, the timer "
                    + "counts up)")
    double turnMinutes;

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
            WorkshopTui tui = new WorkshopTui(game, screen, !noColor, System::currentTimeMillis,
                    (long) (turnMinutes * 60_000));
            tui.redraw();
            long lastTick = System.currentTimeMillis();
            while (!tui.isDone()) {
                if (System.currentTimeMillis() - lastTick >= 1000) {
                    lastTick = System.currentTimeMillis();
                    tui.tick();
                }
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
        Languages.use(lang);
        List<String> names = names("workshop", teams);
        if (names.size() > 8) {
            throw new ExitCodes.Failure(ExitCodes.USAGE, "workshop: at most 8 teams share one screen");
        }
        if (!plain && System.console() == null) {
            throw new ExitCodes.Failure(ExitCodes.NO_TERMINAL, "no terminal to draw the workshop on (standard input "
                    + "or output is not a console); use 'capex workshop --plain'");
        }
        Path dir = saves;
        Scenario sc = null;
        long s;
        if (dir == null) {
            // The default folder is the world's: the same command run again finds the same workshop.
            sc = Inputs.scenario(scenario);
            s = seed != null ? seed : Math.abs(System.nanoTime() % 1_000_000);
            dir = Path.of("saves", "workshop-" + sc.id() + "-" + s);
            seed = s;
            sc = null;
        }
        List<GameSession> games = new ArrayList<>();
        List<SaveFile> resumed = new ArrayList<>();
        List<String> found = existingSaves(dir);
        if (!found.isEmpty() && !fresh) {
            // The folder holds this workshop's games: go on with them (a fresh one needs --fresh).
            List<String> mine = names.stream().map(WorkshopCommand::saveName).toList();
            if (!new java.util.HashSet<>(mine).equals(new java.util.HashSet<>(found))) {
                throw new ExitCodes.Failure(ExitCodes.USAGE, "workshop: " + dir + " holds the games " + String.join(", ",
                        found) + "; to go on with them give the same --teams, or start a new workshop there with --fresh "
                        + "(the old games are kept in a subfolder)");
            }
            for (String t : names) {
                dev.capex.analysis.Replay.Result r = ReplayCommand.loadVerified(dir.resolve(saveName(t)).toString());
                SaveFile f = r.save();
                if (seed != null && f.seed() != seed) {
                    throw new ExitCodes.Failure(ExitCodes.USAGE, "workshop: " + dir.resolve(saveName(t)) + " was played "
                            + "with seed " + f.seed() + ", not " + seed + "; leave --seed out to go on, or add --fresh");
                }
                if (sc != null && !f.scenarioId().equals(sc.id())) {
                    throw new ExitCodes.Failure(ExitCodes.BAD_INPUT, "workshop: the saves in " + dir + " are of different "
                            + "scenarios (" + sc.id() + ", " + f.scenarioId() + ")");
                }
                sc = f.scenario();
                games.add(GameSession.continuing(r));
                resumed.add(f);
            }
            s = resumed.get(0).seed();
            dev.capex.engine.model.Quarter ahead = games.stream().map(g -> g.state().quarter())
                    .max(dev.capex.engine.model.Quarter::compareTo).orElseThrow();
            for (GameSession g : games) {
                while (!g.state().isOver() && g.state().quarter().isBefore(ahead)) {
                    System.out.println(g.team() + "'s save stops before " + ahead + " (the workshop stopped while a "
                            + "quarter was being played): " + g.team() + " plays " + g.state().quarter()
                            + " with no new decisions.");
                    g.endQuarter();
                }
            }
            System.out.println("Resuming the workshop in " + dir + " at " + ahead + " (seed " + s + "). A new one: add "
                    + "--fresh.");
        } else {
            sc = Inputs.scenario(scenario);
            s = seed != null ? seed : Math.abs(System.nanoTime() % 1_000_000);
            if (!found.isEmpty()) {
                Path aside = dir.resolve("replaced-" + java.time.LocalDateTime.now().format(
                        java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
                java.nio.file.Files.createDirectories(aside);
                try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
                    for (Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                        java.nio.file.Files.move(f, aside.resolve(f.getFileName()));
                    }
                }
                System.out.println("The games that were in " + dir + " are kept in " + aside + ".");
            }
            for (String t : names) {
                games.add(new GameSession(sc, s, t));
            }
        }
        HotSeat game = new HotSeat(sc, s, games, resumed.isEmpty());
        for (GameSession session : games) {
            PlayCommand.probe(dir.resolve(saveName(session.team())));
        }
        List<dev.capex.save.Autosave> autosaves = new ArrayList<>();
        for (int i = 0; i < games.size(); i++) {
            GameSession session = games.get(i);
            // One save per team (atomic, after every quarter), plus its decisions as a plan file.
            Path file = dir.resolve(saveName(session.team()));
            if (resumed.isEmpty()) {
                autosaves.add(dev.capex.save.Autosave.attach(session, file));
            } else {
                autosaves.add(dev.capex.save.Autosave.attach(session, file, resumed.get(i),
                        dev.capex.save.SaveJson.programVersion()));
            }
            Path d = dir;
            session.onQuarterResolved(x -> {
                try {
                    DecisionLog.write(d, x);
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

    /** The --teams list trimmed, refusing an empty or a repeated name (case aside). */
    static List<String> names(String command, List<String> teams) {
        List<String> names = new ArrayList<>();
        for (String t : teams) {
            String n = t.trim();
            if (n.isEmpty()) {
                throw new ExitCodes.Failure(ExitCodes.USAGE, command + ": --teams has an empty team name");
            }
            String bad = dev.capex.scenario.Limits.teamProblem(n);
            if (bad != null) {
                throw new ExitCodes.Failure(ExitCodes.USAGE, command + ": --teams: " + bad);
            }
            if (names.stream().anyMatch(o -> o.equalsIgnoreCase(n))) {
                throw new ExitCodes.Failure(ExitCodes.USAGE, command + ": the team name '" + n + "' appears twice");
            }
            names.add(n);
        }
        return names;
    }

    /** The save files of a workshop in dir (TEAM.json, not the plan logs). */
    static List<String> existingSaves(Path dir) throws IOException {
        if (!java.nio.file.Files.isDirectory(dir)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.endsWith(".plan.json") && !n.startsWith("."))
                    .sorted().toList();
        }
    }

    /** red.json, "Team 2" -> team-2.json: beside the team's plan log. */
    static String saveName(String team) {
        return DecisionLog.fileName(team).replace(".plan.json", ".json");
    }
}
