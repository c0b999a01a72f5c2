package dev.capex.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.cli.CapexCommand;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.Scenario;
import dev.capex.play.GameSession;
import dev.capex.save.Autosave;
import dev.capex.save.SaveJson;
import dev.capex.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * capex report with the saves a classroom really leaves: two teams of one name (a branch keeps its
 * parent's name), a game stopped halfway, and saves of another scenario.
 */
class ReportTeamsApartTest {

    static Path save(Path dir, String file, String scenario, String team, int quarters, long borrow) throws Exception {
        Scenario sc = ScenarioLoader.load(Path.of("scenarios", scenario + ".json"));
        GameSession s = new GameSession(sc, 4, team);
        for (int q = 0; q < quarters && !s.state().isOver(); q++) {
            if (q == 0 && borrow > 0) {
                s.queue(new Decision.PrivateCredit("apollo", borrow, "corporate", null, 0));
            }
            s.endQuarter();
        }
        Path p = dir.resolve(file);
        Autosave.write(p, Autosave.of(s, Autosave.now(), null, SaveJson.programVersion()));
        return p;
    }

    @Test
    void teamsOfOneNameAreToldApartAndUnfinishedGamesAreRankedApart(@TempDir Path dir) throws Exception {
        Path a = save(dir, "red.json", "meta-2025-workshop", "Red", 8, 10_000);
        Path b = save(dir, "red-branch.json", "meta-2025-workshop", "Red", 8, 0);
        Path c = save(dir, "blue.json", "meta-2025-workshop", "Blue", 3, 0);
        Path html = dir.resolve("d.html");
        int code = CapexCommand.commandLine().execute("report", a.toString(), b.toString(), c.toString(), "--out",
                html.toString());
        assertEquals(0, code);
        String page = Files.readString(html);
        assertTrue(page.contains("Red (red.json)") && page.contains("Red (red-branch.json)"), "named by their files");
        assertTrue(page.contains("unfinished (after 2025Q4)"), "Blue's game stopped after three quarters");
        assertTrue(page.contains("Unfinished games, ranked apart"));
        int blueRow = page.indexOf("<th scope=\"row\">Blue</th>");
        assertTrue(blueRow > page.indexOf("<th scope=\"row\">Red (red.json)</th>")
                && blueRow > page.indexOf("<th scope=\"row\">Red (red-branch.json)</th>"),
                "the unfinished game comes after every finished one, whatever its score");
    }

    @Test
    void savesOfDifferentScenariosAreRefused(@TempDir Path dir) throws Exception {
        Path a = save(dir, "red.json", "meta-2025-workshop", "Red", 2, 0);
        Path b = save(dir, "blue.json", "rate-shock", "Blue", 2, 0);
        StringWriter err = new StringWriter();
        var cl = CapexCommand.commandLine();
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("report", a.toString(), b.toString(), "--out", dir.resolve("d.html").toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("different scenarios") && err.toString().contains("rate-shock"), err.toString());
        assertTrue(Files.notExists(dir.resolve("d.html")), "nothing written");
    }

    @Test
    void tiedTeamsShareAPlace() throws Exception {
        Scenario sc = ScenarioLoader.load(Path.of("scenarios", "meta-2025-workshop.json"));
        GameSession x = new GameSession(sc, 4, "X");
        GameSession y = new GameSession(sc, 4, "Y");
        GameSession z = new GameSession(sc, 4, "Z");
        z.queue(new Decision.OrderGpus("B200", 300_000));
        for (GameSession s : List.of(x, y, z)) {
            s.endQuarter();
        }
        Leaderboard lb = Leaderboard.of(List.of(Leaderboard.Row.of("X", false, sc, x.state()),
                Leaderboard.Row.of("Y", false, sc, y.state()), Leaderboard.Row.of("Z", false, sc, z.state())), List.of());
        List<String> places = lb.places();
        int zi = lb.teams().stream().map(Leaderboard.Row::name).toList().indexOf("Z");
        int xi = lb.teams().stream().map(Leaderboard.Row::name).toList().indexOf("X");
        int yi = lb.teams().stream().map(Leaderboard.Row::name).toList().indexOf("Y");
        assertEquals(places.get(xi), places.get(yi), "X and Y did the same: one place");
        assertTrue(!places.get(zi).equals(places.get(xi)));
        List<Standings.Row> rows = Standings.of(List.of(new Standings.Entry("X", sc, x.state(), null),
                new Standings.Entry("Y", sc, y.state(), null), new Standings.Entry("Z", sc, z.state(), null)));
        assertEquals(rows.stream().filter(r -> r.team().equals("X")).findFirst().orElseThrow().place(),
                rows.stream().filter(r -> r.team().equals("Y")).findFirst().orElseThrow().place());
        int third = rows.get(2).place();
        assertEquals(rows.get(0).place() == rows.get(1).place() ? 3 : 2, third, "after a tie for first the next is 3rd");
    }
}
