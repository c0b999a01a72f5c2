package dev.capex.cli;

import dev.capex.analysis.Branch;
import dev.capex.analysis.Replay;
import dev.capex.engine.model.Quarter;
import dev.capex.save.Autosave;
import dev.capex.save.SaveFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** capex branch: a new game from a save's state before a quarter, same seed and scenario; the original stays. */
@Command(name = "branch", mixinStandardHelpOptions = true,
        description = {"Start a new game from a saved one: it keeps the decisions before the quarter given by "
                + "--at, with the same scenario and seed, and records its parent. The original save is untouched.",
            "Play the branch on with: capex play --continue NEW_SAVE"})
public final class BranchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SAVE", description = "the save to branch from")
    String file;

    @Option(names = "--at", required = true, paramLabel = "QUARTER",
            description = "the first quarter of the new game, e.g. 2026Q3 (the decisions before it are kept)")
    String at;

    @Option(names = "--team", paramLabel = "NAME", description = "the new game's team (default: the save's)")
    String team;

    @Option(names = {"--out", "--save"}, paramLabel = "FILE",
            description = "the new save file (default: saves/<team>-<scenario>-<seed>-<time>.json); --save is the same option")
    String out;

    @Override
    public Integer call() throws IOException {
        Quarter q;
        try {
            q = Quarter.parse(at);
        } catch (IllegalArgumentException e) {
            throw new ExitCodes.Failure(ExitCodes.USAGE, "--at: " + e.getMessage());
        }
        Replay.Result r = ReplayCommand.loadVerified(file);
        SaveFile save = r.migrated(); // a version-1 save's branch is written in the current format
        String newTeam = team != null ? team : save.team();
        String badTeam = dev.capex.scenario.Limits.teamProblem(newTeam);
        if (badTeam != null) {
            throw new ExitCodes.Failure(ExitCodes.USAGE, "--team: " + badTeam);
        }
        Path target = out != null ? Path.of(out)
                : Autosave.defaultPath(Path.of("saves"), newTeam, save.scenarioId(), save.seed(), LocalDateTime.now());
        if (Outputs.same(target, Path.of(file))) {
            throw new ExitCodes.Failure(ExitCodes.USAGE, "--out " + target + " is the save being branched; a branch never "
                    + "overwrites its parent: choose another --out");
        }
        if (Files.exists(target)) {
            throw new ExitCodes.Failure(ExitCodes.USAGE, target + " exists already; a branch never overwrites a save: "
                    + "choose another --out");
        }
        SaveFile branch;
        try {
            branch = Branch.at(save, file, q, newTeam, Autosave.now(), ExitCodes.programVersion());
        } catch (Branch.BadBranchPoint e) {
            throw new ExitCodes.Failure(ExitCodes.USAGE, file + ": " + e.getMessage());
        }
        try {
            dev.capex.save.AtomicFile.cleanStale(target.toAbsolutePath().getParent());
            Autosave.write(target, branch);
        } catch (IOException e) {
            throw new ExitCodes.Failure(ExitCodes.CANNOT_WRITE, target + ": cannot be written: "
                    + dev.capex.scenario.Limits.reason(e));
        }
        System.out.println("Branched " + file + " at " + q + " into " + target + " (team " + newTeam + ", seed "
                + save.seed() + ", " + branch.quarters().size() + " quarters kept).");
        System.out.println("Play it on with: capex play --continue " + target + " --plain");
        return ExitCodes.OK;
    }
}
