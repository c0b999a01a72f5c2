package dev.capex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * capex play reads its everyday command lines without picocli (for the dashboard's first frame). For
 * every form it takes, it must read exactly what picocli reads; everything else it leaves to picocli.
 */
class PlayQuickParseTest {
    private static PlayCommand picocli(String... args) {
        CommandLine.ParseResult r = CapexCommand.commandLine().parseArgs(args);
        return (PlayCommand) r.subcommand().commandSpec().userObject();
    }

    private static List<Object> fields(PlayCommand c) {
        return Arrays.asList(c.scenario, c.seed, c.team, c.plain, c.plan, c.save, c.continueFrom, c.window, c.noColor);
    }

    @Test
    void theEverydayCommandLinesReadAsPicocliReadsThem() {
        String[][] lines = {
            {"play"},
            {"play", "--seed", "7"},
            {"play", "--seed", "0"},
            {"play", "--seed", "123456789012345678"},
            {"play", "--scenario", "rate-shock", "--team", "Blue Team", "--seed", "42"},
            {"play", "--plain", "--scenario", "scenarios/sandbox.json"},
            {"play", "--plan", "scenarios/plans/seeds-2025.json", "--save", "out/game.json", "--seed", "3"},
            {"play", "--window", "--no-color", "--team", "Équipe ünïcode"},
        };
        for (String[] args : lines) {
            PlayCommand quick = PlayCommand.quickParse(args);
            assertNotNull(quick, String.join(" ", args) + " should be read without picocli");
            assertEquals(fields(picocli(args)), fields(quick), String.join(" ", args));
        }
    }

    @Test
    void anythingUnusualIsLeftToPicocliAndItsMessages() {
        String[][] lines = {
            {"play", "--help"}, {"play", "-h"}, {"play", "--version"},
            {"play", "--continue", "saves/x.json"},
            {"play", "--seed=7"}, {"play", "--seed", "007"}, {"play", "--seed", "-3"}, {"play", "--seed", "seven"},
            {"play", "--seed", "1234567890123456789012"}, {"play", "--seed"},
            {"play", "--seed", "1", "--seed", "2"}, {"play", "--plain", "--plain"},
            {"play", "--team", "--plain"}, {"play", "--scenario", "@args.txt"}, {"play", "--team", ""},
            {"play", "--", "x"}, {"play", "extra"}, {"play", "--sead", "7"},
            {"replay", "x.json"}, {},
        };
        for (String[] args : lines) {
            assertNull(PlayCommand.quickParse(args), String.join(" ", args));
        }
    }
}
