package dev.capex.cli;

import dev.capex.analysis.Calibration;
import dev.capex.scenario.ScenarioException;
import dev.capex.strategy.Plan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * capex calibrate [REFERENCE]: replays a reported year from the balance sheet before it with the
 * decisions the company made, and prints the model's year against the reported one (docs/model.md).
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Check the model against a reported year: replay 2024 from Meta's end-2023 balance sheet with the "
                + "decisions Meta made, and print the model's year against the 10-K, with the cash bridge.",
            "The figures: revenue, income from operations, operating cash flow, capex, free cash flow and year-end cash, "
                    + "each against the tolerance of the reference file (3%)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every figure is within the tolerance",
            "2:the command line is wrong",
            "3:the reference, its scenario or its plan cannot be read",
            "7:a figure is outside the tolerance"})
public final class CalibrateCommand implements Callable<Integer> {
    static final int OUTSIDE = 7;

    @Parameters(arity = "0..1", paramLabel = "REFERENCE", defaultValue = "scenarios/calibration/meta-2024-reported.json",
            description = "The reference file: reported figures, scenario and plan (default: ${DEFAULT-VALUE}).")
    String reference;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path p = Path.of(reference);
        if (!Files.isRegularFile(p)) {
            err.println(reference + ": no such reference file (run from the Capex folder, or name the file)");
            return ExitCodes.BAD_INPUT;
        }
        try {
            Calibration.Result r = Calibration.run(p);
            out.print(r.markdown());
            out.flush();
            return r.allWithin() ? ExitCodes.OK : OUTSIDE;
        } catch (ScenarioException e) {
            err.println(e.getMessage());
        } catch (Plan.PlanException e) {
            err.println(e.getMessage());
        } catch (IOException | RuntimeException e) {
            err.println(reference + ": cannot be read: " + e.getMessage());
        }
        return ExitCodes.BAD_INPUT;
    }
}
