package dev.capex.cli;

import dev.capex.engine.model.Scenario;
import dev.capex.serve.Classroom;
import dev.capex.serve.ClassroomServer;
import dev.capex.serve.FacilitatorConsole;
import dev.capex.serve.JoinCodes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** capex serve: the classroom — every team on its own laptop over SSH, the facilitator's console here. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a workshop over SSH: each team logs in from its own laptop (ssh -p PORT TEAM@HOST, its "
                + "join code as the password) and plays its own game on the full dashboard; every team plays the same "
                + "world. This terminal is the facilitator's console (type help).",
            "Every change is saved at once in DIR (each team's save, its queued decisions, the timer): after a crash, "
                    + "capex serve --resume DIR --bind ADDR --port N brings every team back where it was."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--teams", paramLabel = "NAMES", split = ",", description = "the teams, comma-separated, e.g. "
            + "\"Red,Blue,Green\" (each logs in with its name)")
    List<String> teams = new ArrayList<>();

    @Option(names = "--scenario", paramLabel = "NAME|FILE", defaultValue = "meta-2025-workshop",
            description = "a built-in scenario name or a scenario file (default: ${DEFAULT-VALUE})")
    String scenario;

    @Option(names = "--seed", paramLabel = "N", description = "the world's seed (default: a random one, printed)")
    Long seed;

    @Option(names = "--dir", paramLabel = "DIR", description = "the workshop's folder: saves, queues, host key, join "
            + "codes (default: saves/serve-SCENARIO-SEED)")
    Path dir;

    @Option(names = "--resume", paramLabel = "DIR", arity = "0..1", fallbackValue = "",
            description = "go on with the workshop saved in DIR (or in --dir)")
    String resume;

    @Option(names = "--bind", paramLabel = "ADDR", required = true,
            description = "the address to listen on: 0.0.0.0 for every network, or this laptop's address on the "
                    + "classroom's network; 127.0.0.1 for this computer only")
    String bind;

    @Option(names = "--lang", paramLabel = "de|en",
            description = "the language of what the teams see on their laptops (dashboard, forms, results, status "
                    + "lines): de (German) or en (English); default: the locale (LANG). The facilitator's console "
                    + "stays English")
    String lang;

    @Option(names = "--port", paramLabel = "N", required = true, description = "the TCP port (e.g. 2222; 0: any free one)")
    int port;

    @Option(names = "--codes", paramLabel = "FILE", description = "also write the join codes to FILE (readable by "
            + "you only); they are always in DIR/join-codes.txt")
    Path codesFile;

    @Option(names = "--quarter-minutes", paramLabel = "MIN", defaultValue = "12",
            description = "the time for each quarter (default: ${DEFAULT-VALUE}; the console can pause and extend)")
    double quarterMinutes;

    @Option(names = "--idle-minutes", paramLabel = "MIN", defaultValue = "30",
            description = "disconnect a laptop that sends no key for this long (default: ${DEFAULT-VALUE})")
    long idleMinutes;

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "100",
            description = "at most this many SSH connections at once (default: ${DEFAULT-VALUE})")
    int maxConnections;

    @Option(names = "--grace-seconds", paramLabel = "S", defaultValue = "10",
            description = "when every team has ended its turn, the quarter plays after this wait (default: "
                    + "${DEFAULT-VALUE}), in which a team can still take its turn back")
    long graceSeconds;

    @Option(names = "--no-console", description = "no facilitator's commands from standard input (the quarters play "
            + "when the teams are done or the timer ends); stop with Ctrl-C")
    boolean noConsole;

    @Option(names = "--no-color", description = "the teams' dashboards without colour")
    boolean noColor;

    @Override
    public Integer call() throws IOException {
        Languages.use(lang);
        if (port < 0 || port > 65535) {
            throw new ExitCodes.Failure(ExitCodes.USAGE, "serve: --port must be between 0 and 65535, not " + port);
        }
        if (quarterMinutes <= 0 || quarterMinutes > 600) {
            throw new ExitCodes.Failure(ExitCodes.USAGE, "serve: --quarter-minutes must be between 0 and 600");
        }
        Classroom room;
        JoinCodes codes;
        Path folder;
        if (resume != null) {
            folder = resume.isEmpty() ? dir : Path.of(resume);
            if (folder == null) {
                throw new ExitCodes.Failure(ExitCodes.USAGE, "serve: --resume needs the workshop's folder: --resume DIR");
            }
            if (!teams.isEmpty() || seed != null) {
                throw new ExitCodes.Failure(ExitCodes.USAGE, "serve: --teams and --seed cannot be used with --resume: "
                        + "the folder holds them");
            }
            try {
                room = Classroom.resume(folder, System::currentTimeMillis);
                codes = JoinCodes.read(folder.resolve("join-codes.txt"), room.names());
            } catch (IOException e) {
                throw new ExitCodes.Failure(ExitCodes.BAD_INPUT, "serve: cannot resume " + folder + ": " + e.getMessage());
            }
            System.out.println("Resumed the workshop in " + folder + " at " + room.quarter() + ".");
        } else {
            List<String> names = WorkshopCommand.names("serve", teams);
            if (names.isEmpty()) {
                throw new ExitCodes.Failure(ExitCodes.USAGE, "serve: name the teams with --teams \"Red,Blue,...\" (or "
                        + "--resume DIR)");
            }
            for (String n : names) {
                if (!n.matches("[\\p{L}\\p{N} ._-]{1,32}")) {
                    throw new ExitCodes.Failure(ExitCodes.USAGE, "serve: the team name '" + n + "' cannot be an SSH "
                            + "login: use letters, digits, spaces, '.', '_' or '-' (at most 32)");
                }
            }
            Scenario sc = Inputs.scenario(scenario);
            long s = seed != null ? seed : Math.abs(new SecureRandom().nextLong() % 1_000_000);
            folder = dir != null ? dir : Path.of("saves", "serve-" + sc.id() + "-" + s);
            if (Files.exists(folder.resolve(Classroom.MANIFEST))) {
                throw new ExitCodes.Failure(ExitCodes.USAGE, "serve: " + folder + " already holds a workshop: go on "
                        + "with it with --resume " + folder + ", or choose another --dir");
            }
            try {
                room = Classroom.create(folder, sc, s, names, (long) (quarterMinutes * 60_000), System::currentTimeMillis);
            } catch (IllegalArgumentException e) {
                throw new ExitCodes.Failure(ExitCodes.USAGE, "serve: " + e.getMessage());
            }
            codes = JoinCodes.generate(names, new SecureRandom());
            codes.write(folder.resolve("join-codes.txt"), names);
            System.out.println("New workshop in " + folder + ": " + sc.name() + ", seed " + s + ".");
        }
        if (codesFile != null) {
            codes.write(codesFile, room.names());
        }
        ClassroomServer.Config cfg = new ClassroomServer.Config(bind, port, Duration.ofMinutes(idleMinutes),
                maxConnections, 4, graceSeconds * 1000, !noColor, 4L << 20);
        ClassroomServer server = new ClassroomServer(room, codes, cfg, System::currentTimeMillis,
                m -> System.out.println("[" + java.time.LocalTime.now().withNano(0) + "] " + m));
        try {
            server.start();
        } catch (IOException e) {
            throw new ExitCodes.Failure(ExitCodes.BAD_INPUT, "serve: cannot listen on " + bind + ":" + port + ": "
                    + e.getMessage());
        }
        Thread hook = new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                // stopping
            }
        }, "capex-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        FacilitatorConsole console = new FacilitatorConsole(server, System.out, ServeCommand::debrief);
        server.onAdvance(() -> {
            if (room.isOver()) {
                console.board().forEach(System.out::println);
                try {
                    System.out.println(debrief(room));
                } catch (IOException | RuntimeException e) {
                    System.out.println("Could not write the debrief: " + e.getMessage());
                }
            }
        });
        System.out.println("Listening on " + bind + ":" + server.port() + ". Host key: " + server.fingerprint());
        System.out.println("Teams log in with:  ssh -p " + server.port() + " TEAM@" + (bind.equals("0.0.0.0")
                ? "THIS-LAPTOP'S-ADDRESS" : bind) + "   (the password is the team's join code)");
        for (String t : room.names()) {
            System.out.println(String.format("  %-16s %s", t, codes.of(t)));
        }
        System.out.println("The codes are in " + folder.resolve("join-codes.txt") + (codesFile != null ? " and " + codesFile
                : "") + " (readable by you only).");
        System.out.flush();
        boolean stopped = false;
        if (!noConsole) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            stopped = console.run(in);
            if (!stopped) {
                System.out.println("The console's input has ended; the server goes on (stop it with Ctrl-C).");
            }
        }
        if (!stopped) {
            try {
                Thread.currentThread().join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs
        }
        server.close();
        System.out.println("Stopped. Every game is saved in " + folder + "; go on with: capex serve --resume " + folder
                + " --bind " + bind + " --port " + port);
        return ExitCodes.OK;
    }

    /** The debrief of every team's save, beside them: DIR/debrief.html. */
    static String debrief(Classroom room) throws IOException {
        ReportCommand r = new ReportCommand();
        for (Classroom.Team t : room.teams()) {
            r.saves.add(room.dir().resolve(t.slug() + ".json"));
        }
        r.out = room.dir().resolve("debrief.html");
        r.scenario = "meta-2025";
        r.call();
        return "Debrief: " + r.out + " (open it on the projector).";
    }
}
