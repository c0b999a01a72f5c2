package dev.capex.analysis.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.cli.CapexCommand;
import dev.capex.strategy.Plan;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** capex probe as a scenario designer runs it. */
class ProbeCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            CommandLine cl = CapexCommand.commandLine();
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args);
            return new Run(code, bytes.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void itPrintsTheBestPlanAgainstTheExpertAndTheBotsAndWritesItAsAPlanFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("best.json");
        Run r = run("probe", "meta-2025", "--budget", "24", "--seeds", "2", "--worlds", "6", "--seed", "4",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        for (String s : new String[] {"probe best", "expert (plan)", "Meta's 2025 moves (plan)", "status-quo (bot)",
            "random (bot)", "Best plan / expert plan, median score", "Levers the best plan leans on", "24 plans evaluated"}) {
            assertTrue(r.out().contains(s), s + " missing from\n" + r.out());
        }
        Plan best = Plan.load(out);
        assertTrue(best.name().contains("meta-2025"));
        assertTrue(Files.readString(out).contains("--budget 24"));
    }

    @Test
    void badInputIsOneClearLine(@TempDir Path dir) {
        Run budget = run("probe", "meta-2025", "--budget", "0");
        assertEquals(2, budget.code());
        assertTrue(budget.err().contains("--budget must be"), budget.err());
        assertFalse(budget.err().contains("Exception"), budget.err());
        Run scenario = run("probe", "no-such-scenario", "--budget", "5");
        assertEquals(3, scenario.code());
        assertTrue(scenario.err().contains("no-such-scenario"), scenario.err());
        Run expert = run("probe", "meta-2025", "--budget", "5", "--expert", dir.resolve("none.json").toString());
        assertEquals(3, expert.code());
        assertTrue(expert.err().contains("no such plan file"), expert.err());
        Run folder = run("probe", "meta-2025", "--budget", "5", "--out", dir.resolve("missing/best.json").toString());
        assertEquals(2, folder.code());
        assertTrue(folder.err().contains("folder does not exist"), folder.err());
    }
}
