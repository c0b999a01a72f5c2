package dev.capex.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.cli.CapexCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** capex validate: what a facilitator sees when checking scenario files, and the exit code a script gets. */
class ValidateCommandTest {
    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run run(String... args) {
        CommandLine cl = CapexCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static final String BAD = "src/test/resources/scenarios-bad/";

    @Test
    void aValidScenarioSaysSoAndExitsZero() {
        Run r = run("validate", "scenarios/meta-2025.json");
        assertEquals(0, r.code());
        assertEquals(List.of("scenarios/meta-2025.json: valid"), r.lines());
    }

    @Test
    void everyProblemIsPrintedOnItsOwnLineWithFileLineColumnAndField() {
        Run r = run("validate", BAD + "dangling-reference.json");
        assertEquals(3, r.code());
        assertEquals(4, r.lines().size(), r.out());
        assertTrue(r.lines().get(0).startsWith(BAD + "dangling-reference.json:111:20: finance.startRating: 'AA' is not"),
                r.lines().get(0));
        for (String line : r.lines()) {
            assertTrue(line.matches("\\Q" + BAD + "dangling-reference.json\\E:\\d+:\\d+: [\\w.\\[\\]]+: .+"), line);
        }
    }

    @Test
    void oneBadFileAmongGoodOnesFailsTheRunAndTheGoodOnesAreStillListed() {
        Run r = run("validate", "scenarios/meta-2025.json", BAD + "wrong-type.json", BAD + "minimal-valid.json");
        assertEquals(3, r.code());
        assertEquals(List.of("scenarios/meta-2025.json: valid",
                BAD + "wrong-type.json:143:46: lenders[1].spreadBp: expected a whole number, got the text \"240bp\"",
                BAD + "minimal-valid.json: valid",
                "1 problem in 1 of 3 files"), r.lines());
    }

    @Test
    void aMissingFileIsAProblemNotACrash() {
        Run r = run("validate", BAD + "does-not-exist.json");
        assertEquals(3, r.code());
        assertEquals(List.of(BAD + "does-not-exist.json: no such file"), r.lines());
        assertEquals("", r.err());
    }

    @Test
    void noFileIsAUsageErrorAndHelpWorks() {
        assertEquals(2, run("validate").code());
        Run help = run("validate", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Usage: capex validate") && help.out().contains("FILE"), help.out());
        assertTrue(help.out().contains("3   at least one file has a problem") || help.out().contains("at least one file has a problem"),
                help.out());
    }
}
