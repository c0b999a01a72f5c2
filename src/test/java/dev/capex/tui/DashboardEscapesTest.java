package dev.capex.tui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.capex.engine.model.Scenario;
import dev.capex.play.GameSession;
import dev.capex.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: control characters in a scenario's names and in a team name (a save's, or a session's)
 * reach the dashboard escaped, as text a player can read, never as terminal controls.
 */
class DashboardEscapesTest {
    @Test
    void escapeSequencesInTheCompanyAndTeamNamesAreShownEscaped() throws Exception {
        String text = Files.readString(Path.of("scenarios/meta-2025.json"))
                .replace("\"name\": \"Meta Platforms\"", "\"name\": \"Meta\\u001b[2J\\u0007Co\"");
        Scenario sc = ScenarioLoader.parse("escapes.json", text);
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(140, 40));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        GameSession session = new GameSession(sc, 7, "Team\u001b]0;x\u0007");
        new CapexTui(session, screen, false).redraw();
        String shown = terminal.toString();
        assertTrue(shown.contains("Meta\\e[2J\\u0007Co"), shown);
        assertTrue(shown.contains("Team\\e]0;x\\u0007"), shown);
        for (char c : shown.toCharArray()) {
            assertTrue(c == '\n' || c >= 0x20 && (c < 0x7f || c > 0x9f), "a raw control character " + (int) c);
        }
    }
}
