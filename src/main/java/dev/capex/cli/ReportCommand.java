package dev.capex.cli;

import dev.capex.engine.model.Scenario;
import dev.capex.report.Debrief;
import dev.capex.report.DebriefCsv;
import dev.capex.report.GameSource;
import dev.capex.report.HtmlDebrief;
import dev.capex.report.PlanSource;
import dev.capex.report.SaveSource;
import dev.capex.report.TeamGame;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** capex report: the debrief of saved games as one self-contained HTML file, with its CSV beside it. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the debrief of saved games: one self-contained HTML file (charts, moments that mattered, "
                + "timeline, leaderboard with the bots as reference) and the same figures as CSV beside it.",
            "Games are replayed with the engine. Besides saves, plan files (and workshop decision logs) are accepted "
                    + "with --plan FILE and the world given by --scenario and --seed."})
public final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SAVE", arity = "0..*", description = "save files, one per team")
    List<Path> saves = new ArrayList<>();

    @Option(names = "--plan", paramLabel = "FILE", description = "a plan file or workshop decision log (repeatable)")
    List<Path> plans = new ArrayList<>();

    @Option(names = "--team", paramLabel = "NAME",
            description = "the team name of each --plan, in order (default: the plan's name)")
    List<String> teams = new ArrayList<>();

    @Option(names = "--bot", paramLabel = "NAME", description = "add a built-in bot as a team (repeatable)")
    List<String> bots = new ArrayList<>();

    @Option(names = "--scenario", paramLabel = "NAME|FILE", defaultValue = "meta-2025",
            description = "the scenario of plan files and bots (default: ${DEFAULT-VALUE})")
    String scenario;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "the seed of plan files and bots "
            + "(default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "debrief.html",
            description = "the HTML file to write; the CSV goes beside it (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--lang", paramLabel = "de|en",
            description = "the language of every text: de (German) or en (English); default: the locale (LANG)")
    String lang;

    @Option(names = "--force", description = "allow --out (or its CSV) to replace a save or one of the inputs")
    boolean force;

    @Override
    public Integer call() throws IOException {
        Languages.use(lang);
        if (saves.isEmpty() && plans.isEmpty() && bots.isEmpty()) {
            throw new ExitCodes.Failure(ExitCodes.USAGE, "report: name at least one save, --plan FILE or --bot NAME");
        }
        if (teams.size() > plans.size()) {
            throw new ExitCodes.Failure(ExitCodes.USAGE, "report: more --team names (" + teams.size() + ") than --plan files ("
                    + plans.size() + ")");
        }
        if (saves.size() + plans.size() + bots.size() > dev.capex.scenario.Limits.TEAMS) {
            throw new ExitCodes.Failure(ExitCodes.USAGE, "report: at most " + dev.capex.scenario.Limits.TEAMS
                    + " games in one debrief (docs/limits.md)");
        }
        for (String t : teams) {
            String bad = dev.capex.scenario.Limits.teamProblem(t);
            if (bad != null) {
                throw new ExitCodes.Failure(ExitCodes.USAGE, "--team: " + bad);
            }
        }
        String fileName0 = out.getFileName() == null ? "" : out.getFileName().toString();
        Path csv0 = out.resolveSibling((fileName0.contains(".") ? fileName0.substring(0, fileName0.lastIndexOf('.'))
                : fileName0) + ".csv");
        List<Path> inputs = new ArrayList<>(saves);
        inputs.addAll(plans);
        if (java.nio.file.Files.exists(Path.of(scenario))) {
            inputs.add(Path.of(scenario));
        }
        Outputs.check("--out", out, force, inputs);
        Outputs.check("--out (its CSV)", csv0, force, inputs);
        List<TeamGame> games = new ArrayList<>();
        GameSource saveSource = new SaveSource();
        for (Path p : saves) {
            games.add(read(saveSource, p));
        }
        Scenario sc = plans.isEmpty() && bots.isEmpty() ? null : Inputs.scenario(scenario);
        for (int i = 0; i < plans.size(); i++) {
            games.add(read(new PlanSource(sc, seed, i < teams.size() ? teams.get(i) : null), plans.get(i)));
        }
        for (String b : bots) {
            if (dev.capex.strategy.Bots.named(b) == null) {
                throw new ExitCodes.Failure(ExitCodes.USAGE, "report: no bot named '" + b + "' (see capex bots)");
            }
            games.add(TeamGame.bot(sc, seed, b));
        }
        refuseMixedScenarios(games);
        games = namedApart(games);
        Debrief d = Debrief.of(games);
        String fileName = out.getFileName().toString();
        String csvName = (fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName) + ".csv";
        Path csv = out.resolveSibling(csvName);
        write(out, HtmlDebrief.render(d, csvName, ExitCodes.programVersion()));
        write(csv, DebriefCsv.of(d.games()));
        System.out.println("Wrote " + out + " and " + csv + " (" + games.size() + " teams).");
        return ExitCodes.OK;
    }

    /** One debrief is one world's story: saves of different scenarios are refused, each named with its scenario. */
    static void refuseMixedScenarios(List<TeamGame> games) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        for (TeamGame g : games) {
            ids.add(g.scenario().id());
        }
        if (ids.size() > 1) {
            List<String> which = new ArrayList<>();
            for (TeamGame g : games) {
                which.add(g.source() + " (" + g.scenario().id() + ")");
            }
            throw new ExitCodes.Failure(ExitCodes.USAGE, "report: the games are of different scenarios: "
                    + String.join(", ", which) + "; write one report per scenario");
        }
    }

    /**
     * Teams of the same name (a branch keeps its parent's name, two workshops both had a "Red") are told
     * apart by their file: "Red (red.json)", "Red (red-branch.json)".
     */
    static List<TeamGame> namedApart(List<TeamGame> games) {
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        for (TeamGame g : games) {
            count.merge(g.team(), 1, Integer::sum);
        }
        List<TeamGame> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (TeamGame g : games) {
            String name = g.team();
            if (count.get(name) > 1) {
                String file = g.source();
                try {
                    Path p = Path.of(file);
                    file = p.getFileName() != null ? p.getFileName().toString() : file;
                } catch (RuntimeException notAPath) {
                    // a bot's source is a phrase
                }
                name = name + " (" + file + ")";
                String base = name;
                for (int n = 2; used.contains(name); n++) {
                    name = base + " #" + n;
                }
            }
            used.add(name);
            out.add(name.equals(g.team()) ? g : new TeamGame(name, g.scenario(), g.seed(), g.decisions(), g.source(),
                    g.toTheEnd()));
        }
        return out;
    }

    private static TeamGame read(GameSource source, Path p) {
        try {
            return source.read(p);
        } catch (GameSource.BadInput e) {
            throw new ExitCodes.Failure(ExitCodes.BAD_INPUT, e.getMessage());
        }
    }

    /** Writes through a temporary file and a rename, so that a projector never shows half a debrief. */
    static void write(Path file, String text) throws IOException {
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new ExitCodes.Failure(ExitCodes.CANNOT_WRITE, file + ": the directory " + dir + " does not exist");
        }
        Outputs.write(file, text);
    }
}
