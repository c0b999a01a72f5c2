package dev.capex.analysis.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.cli.CapexCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** capex simulate as a user runs it: the table, the CSV, and clean errors. */
class SimulateCommandTest {
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
    void theCsvOfARunIsTheSameOnOneThreadAndOnFour() {
        Run one = run("simulate", "--strategy", "conservative", "--worlds", "40", "--threads", "1", "--format", "csv");
        Run four = run("simulate", "--strategy", "conservative", "--worlds", "40", "--threads", "4", "--format", "csv");
        assertEquals(0, one.code(), one.err());
        assertEquals(one.out(), four.out());
        String[] lines = one.out().trim().split("\\R");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("strategy,worlds,tsr_p5,"), lines[0]);
        assertTrue(lines[1].startsWith("conservative,40,"), lines[1]);
    }

    @Test
    void theTextReportShowsEachMeasuresPercentilesAndTheShares() {
        Run r = run("simulate", "--strategy", "leverage", "--worlds", "20", "--seed", "100", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("leverage in 20 worlds of meta-2025 (seeds 100 to 119)"), r.out());
        for (String label : new String[] {"TSR", "score", "final rank", "minimum cash $M", "peak net leverage",
            "rating cut in", "default in"}) {
            assertTrue(r.out().contains(label), label + " missing from\n" + r.out());
        }
    }

    @Test
    void aPlanFileIsAStrategyToo() {
        Run r = run("simulate", "--strategy", "scenarios/plans/seeds-2025.json", "--worlds", "5", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"worlds\" : 5"), r.out());
        assertTrue(r.out().contains("\"tsr\""), r.out());
    }

    @Test
    void wrongInputEndsWithAOneLineMessageAndTheDocumentedExitCode() {
        Run zero = run("simulate", "--strategy", "leverage", "--worlds", "0");
        assertEquals(2, zero.code());
        assertTrue(zero.err().contains("--worlds must be at least 1"), zero.err());
        Run unknown = run("simulate", "--strategy", "yolo", "--worlds", "3");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("no bot or plan file 'yolo'"), unknown.err());
        Run missing = run("simulate", "--strategy", "no/such/plan.json", "--worlds", "3");
        assertEquals(3, missing.code());
        Run both = run("simulate", "--strategy", "leverage", "--save", "x.json");
        assertEquals(2, both.code());
        Run format = run("simulate", "--strategy", "leverage", "--worlds", "3", "--format", "xml");
        assertEquals(2, format.code());
    }

    static final String GOLDEN = "src/test/resources/saves/golden-seeds-2025-seed7.json";

    @Test
    void aSavedGameIsPlacedAmongItsOwnWorldsAndTheBots(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Run r = run("simulate", "--save", GOLDEN, "--worlds", "6", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Your TSR of "), r.out());
        assertTrue(r.out().contains("of your own plan's 6 worlds"), r.out());
        assertTrue(r.out().contains("Bot leverage in the same worlds"), r.out());
        assertTrue(r.out().contains("seeds 8 to 13"), r.out());
        Run csv = run("simulate", "--save", GOLDEN, "--worlds", "6", "--format", "csv");
        assertEquals(8, csv.out().trim().split("\\R").length, csv.out());
        Run missing = run("simulate", "--save", dir.resolve("nope.json").toString());
        assertEquals(3, missing.code());
        java.nio.file.Path junk = dir.resolve("junk.json");
        java.nio.file.Files.writeString(junk, "{\"decisions\": {}}");
        Run notASave = run("simulate", "--save", junk.toString());
        assertEquals(3, notASave.code());
        assertTrue(notASave.err().contains("junk.json"), notASave.err());
    }

    @Test
    void theActualOutcomeIsTheSavedGamesOwnResult() throws Exception {
        dev.capex.save.SaveFile save = dev.capex.save.SaveJson.load(java.nio.file.Path.of(GOLDEN));
        SaveReader.Loaded loaded = SaveReader.read(java.nio.file.Path.of(GOLDEN), null);
        WorldOutcome actual = World.play(loaded.scenario(), dev.capex.strategy.Strategy.of(
                new dev.capex.strategy.Plan("golden", loaded.game().decisions())), loaded.game().seed(),
                loaded.game().quarters());
        var last = save.quarters().get(save.quarters().size() - 1).figures();
        assertEquals(last.tsr(), actual.tsr(), 1e-12);
        assertEquals(last.score(), actual.score(), 1e-9);
        assertEquals(last.rank(), actual.finalRank());
    }
}
