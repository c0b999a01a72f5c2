package dev.capex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The start-up fast paths answer exactly as the full command-line model would. */
class CapexCommandTest {

    @Test
    void everyCommandRowMatchesItsAnnotation() {
        for (String[] row : CapexCommand.COMMANDS) {
            Command a = CapexCommand.classOf(row[1]).getAnnotation(Command.class);
            assertEquals(row[0], a.name(), "CapexCommand.COMMANDS: the class " + row[1] + " is the command " + a.name());
            assertEquals(a.description()[0], CapexCommand.summary(row),
                    "CapexCommand.COMMANDS: the line for '" + row[0] + "' must be the first line of its description");
        }
    }

    @Test
    void shortTopLevelHelpIsTheFullModelsHelp() {
        CommandLine full = CapexCommand.commandLine();
        CommandLine light = CapexCommand.shortModel();
        assertEquals(full.getUsageMessage(CommandLine.Help.Ansi.OFF), light.getUsageMessage(CommandLine.Help.Ansi.OFF));
        assertEquals(full.getSubcommands().keySet(), light.getSubcommands().keySet());
    }

    @Test
    void versionNoCommandAndUnknownCommand() {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        try {
            Captured v = run("--version");
            assertEquals(0, v.code);
            assertTrue(v.out.startsWith("capex "), v.out);
            Captured none = run();
            assertEquals(ExitCodes.USAGE, none.code, "capex with no command is a wrong command line");
            assertTrue(none.err.contains("Usage: capex"), none.err);
            Captured unknown = run("plya");
            assertEquals(ExitCodes.USAGE, unknown.code);
            assertTrue(unknown.err.contains("plya"), unknown.err);
            Captured help = run("--help");
            assertEquals(0, help.code);
            assertTrue(help.out.contains("simulate"), help.out);
            Captured sub = run("bots", "--help");
            assertEquals(0, sub.code);
            assertTrue(sub.out.contains("Usage: capex bots"), sub.out);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void aWrongArgumentIsQuotedEscapedNeverAsAControlSequence() {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        try {
            for (String[] args : new String[][] {{"play", "--seed", "\u001b[31mRED"}, {"\u001b]0;title\u0007"},
                {"replay", "a.json", "--bogus\u001b[2J"}}) {
                Captured c = run(args);
                assertEquals(ExitCodes.USAGE, c.code, String.join(" ", args));
                assertTrue(c.err.contains("RED") || c.err.contains("title") || c.err.contains("bogus"),
                        "the problem names the argument: " + c.err);
                assertTrue(c.err.chars().noneMatch(ch -> ch == 0x1b || ch == 0x07),
                        "no control character reaches the terminal: " + c.err);
            }
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private record Captured(int code, String out, String err) {
    }

    /** Runs the real entry point with its output captured (it replaces System.out/err; the caller restores them). */
    private static Captured run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CapexCommand.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Captured(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
