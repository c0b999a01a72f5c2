package dev.capex.cli;

import dev.capex.scenario.ScenarioException;
import dev.capex.scenario.ScenarioLoader;
import dev.capex.scenario.ScenarioValidator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * capex validate FILE...: checks scenario files and reports every problem, one a line, as
 * {@code file:line:column: field: message}; a valid file prints {@code FILE: valid}.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check scenario files and report every problem with its file, line, column and field.",
            "Checks the JSON syntax, unknown, missing and mistyped fields, value ranges, quarters inside the game, "
                    + "unique ids, references between sections and the known vocabularies "
                    + "(see docs/scenario-format.md)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file is a valid scenario",
            "2:the command line is wrong",
            "3:at least one file has a problem"})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (JSON) to check.")
    List<String> files;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int invalid = 0;
        int problems = 0;
        for (String f : files) {
            ScenarioValidator.Result r = check(f);
            if (r.valid()) {
                out.println(dev.capex.scenario.Printable.line(f) + ": valid");
            } else {
                invalid++;
                int shown = 0;
                for (ScenarioException.Problem p : r.problems()) {
                    if (shown++ < dev.capex.scenario.Limits.PROBLEMS_SHOWN) {
                        out.println(dev.capex.scenario.Printable.line(p.toString()));
                    }
                    problems++;
                }
                int rest = r.problems().size() - dev.capex.scenario.Limits.PROBLEMS_SHOWN;
                if (rest > 0) {
                    out.println(f + ": … and " + rest + " more problem" + (rest == 1 ? "" : "s") + " (the first "
                            + dev.capex.scenario.Limits.PROBLEMS_SHOWN + " are shown; fix them and run validate again)");
                }
            }
        }
        if (invalid > 0 && files.size() > 1) {
            out.println(problems + (problems == 1 ? " problem" : " problems") + " in " + invalid + " of "
                    + files.size() + " files");
        }
        out.flush();
        return invalid == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    private static ScenarioValidator.Result check(String f) {
        Path p;
        try {
            p = Path.of(f);
        } catch (java.nio.file.InvalidPathException e) {
            return new ScenarioValidator.Result(null, List.of(new ScenarioException.Problem(f, 0, 0, "",
                    "is not a valid file name")));
        }
        ScenarioValidator.Result r = ScenarioLoader.check(p);
        if (!r.valid() && !p.toFile().exists() && ScenarioLoader.BUILT_IN.contains(f)) {
            return new ScenarioValidator.Result(null, List.of(new ScenarioException.Problem(f, 0, 0, "",
                    "no such file; the built-in scenario " + f + " is the file scenarios/" + f + ".json")));
        }
        return r;
    }
}
