package dev.capex.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.cli.CapexCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** capex report writes the page and its CSV side by side, and refuses bad input in one line. */
class ReportCommandTest {

    @Test
    void writesTheDebriefAndItsCsvBesideIt(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("class-of-2026.html");
        int code = CapexCommand.commandLine().execute("report", "--scenario", "meta-2025-workshop", "--seed", "3",
                "--plan", "scenarios/plans/seeds-2025.json", "--team", "Meta 2025", "--bot", "conservative",
                "--out", html.toString());
        assertEquals(0, code);
        String page = Files.readString(html);
        assertTrue(page.contains("Meta 2025") && page.contains("bot conservative"));
        assertTrue(page.contains("href=\"class-of-2026.csv\""));
        assertTrue(Files.readString(dir.resolve("class-of-2026.csv")).startsWith(DebriefCsv.HEADER));
    }

    @Test
    void aMissingPlanIsOneLineAndExitThree(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        var cl = CapexCommand.commandLine();
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("report", "--plan", dir.resolve("nope.json").toString(), "--out",
                dir.resolve("d.html").toString());
        assertEquals(3, code);
        assertTrue(err.toString().contains("nope.json: no such plan file"), err.toString());
        assertEquals(1, err.toString().strip().lines().count());
        assertEquals(2, CapexCommand.commandLine().execute("report", "--out", dir.resolve("d.html").toString()),
                "nothing to report is a usage error");
    }
}
