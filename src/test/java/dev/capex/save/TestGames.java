package dev.capex.save;

import dev.capex.cli.CapexCommand;
import dev.capex.engine.model.Scenario;
import dev.capex.play.GameSession;
import dev.capex.scenario.ScenarioLoader;
import dev.capex.strategy.Plan;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Games for tests: the baseline scenario played with the seeds' plan, and the command line run in-process. */
public final class TestGames {
    private TestGames() {
    }

    public static final Path SCENARIO = Path.of("scenarios/meta-2025.json");
    public static final Path PLAN = Path.of("scenarios/plans/seeds-2025.json");

    public static Scenario scenario() {
        try {
            return ScenarioLoader.load(SCENARIO);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Plan plan() {
        try {
            return Plan.load(PLAN);
        } catch (Plan.PlanException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The seeds' plan played for {@code quarters} quarters (or to the end) with this seed. */
    public static GameSession played(long seed, String team, int quarters) {
        return played(scenario(), seed, team, quarters);
    }

    public static GameSession played(Scenario sc, long seed, String team, int quarters) {
        GameSession s = new GameSession(sc, seed, team);
        Plan p = plan();
        for (int i = 0; i < quarters && !s.state().isOver(); i++) {
            s.play(p.forQuarter(s.state().quarter()));
        }
        return s;
    }

    public static SaveFile save(GameSession s) {
        return Autosave.of(s, "2026-01-01T00:00:00Z", null, "test");
    }

    public static String text(GameSession s) {
        return SaveJson.write(save(s));
    }

    /** What a command printed and returned. */
    public record Run(int exit, String out, String err) {
    }

    /** Runs the command line in this JVM, capturing standard output and error. */
    public static Run capex(String... args) {
        return capexWithInput("", args);
    }

    /** Runs the command line with this text on standard input (the commands typed at the prompt). */
    public static synchronized Run capexWithInput(String input, String... args) {
        java.io.InputStream oldIn = System.in;
        System.setIn(new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        StringWriter picoErr = new StringWriter();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            var cl = CapexCommand.commandLine();
            cl.setOut(new PrintWriter(System.out, true));
            cl.setErr(new PrintWriter(picoErr, true));
            int code = cl.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8) + picoErr);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
    }
}
