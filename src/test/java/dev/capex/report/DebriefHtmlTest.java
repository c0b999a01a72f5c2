package dev.capex.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.model.Scenario;
import dev.capex.scenario.ScenarioLoader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The debrief of three teams in one world: a page that opens without a network, with a chart per metric,
 * a leaderboard row per team and the bots as reference, the moments that mattered and the CSV beside it.
 * The page is well-formed XML, so the JDK's own parser checks it (no extra test dependency).
 */
class DebriefHtmlTest {
    static Debrief debrief;
    static String html;
    static Document doc;

    @BeforeAll
    static void render() throws Exception {
        Scenario sc = ScenarioLoader.load(Path.of("scenarios", "meta-2025-workshop.json"));
        debrief = Debrief.of(List.of(TeamGame.bot(sc, 7, "leverage"), TeamGame.bot(sc, 7, "conservative"),
                TeamGame.bot(sc, 7, "talent-first")));
        html = HtmlDebrief.render(debrief, "debrief.csv", "test");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder b = f.newDocumentBuilder();
        doc = b.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void onePageThatNeedsNoNetwork() {
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertEquals(0, doc.getElementsByTagName("script").getLength(), "no scripts");
        assertEquals(0, doc.getElementsByTagName("link").getLength(), "no external stylesheets or fonts");
        assertEquals(0, doc.getElementsByTagName("img").getLength(), "no images to fetch");
        assertFalse(html.contains("http://") && html.replace("http://www.w3.org/", "").contains("http://"),
                "no address outside the page except XML namespaces");
        assertFalse(html.contains("https://"));
        assertFalse(html.contains("@import") || html.contains("url("), "the CSS fetches nothing");
    }

    @Test
    void aChartPerMetricWithALinePerTeamALegendAndAxisLabels() {
        for (HtmlDebrief.Metric m : HtmlDebrief.METRICS) {
            Element svg = byId("svg", "chart-" + m.id());
            assertTrue(svg != null, "a chart of " + m.id());
            List<String> series = new ArrayList<>();
            NodeList gs = svg.getElementsByTagName("g");
            for (int i = 0; i < gs.getLength(); i++) {
                Element g = (Element) gs.item(i);
                if (g.getAttribute("class").equals("series")) {
                    series.add(g.getAttribute("data-series"));
                    assertTrue(g.getElementsByTagName("path").getLength() > 0, "a line for " + g.getAttribute("data-series"));
                }
            }
            assertEquals(List.of("bot leverage", "bot conservative", "bot talent-first"), series, m.id());
            String text = svg.getTextContent();
            assertTrue(text.contains("quarter") && text.contains(m.axis()), "axis labels on " + m.id());
            assertTrue(text.contains("2025Q2") && text.contains("2027Q1"), "quarters on the x axis of " + m.id());
            assertEquals(3, countClass(svg, "legend-item"), "a legend entry per team on " + m.id());
        }
        for (String id : List.of("cash", "debt", "interest", "rank", "share-price")) {
            assertTrue(byId("svg", "chart-" + id) != null, "the brief's metric " + id);
        }
    }

    @Test
    void meaningIsNotByColourAlone() {
        Element cash = byId("svg", "chart-cash");
        NodeList paths = cash.getElementsByTagName("path");
        List<String> dashes = new ArrayList<>();
        for (int i = 0; i < paths.getLength(); i++) {
            Element p = (Element) paths.item(i);
            if (p.getParentNode() instanceof Element g && g.getAttribute("class").equals("series")) {
                dashes.add(p.getAttribute("stroke-dasharray"));
            }
        }
        assertEquals(3, dashes.stream().distinct().count(), "each team's line has its own dash pattern: " + dashes);
        assertEquals(3, countClass(cash, "end-label"), "each line is named at its end");
    }

    @Test
    void aLeaderboardRowPerTeamAndTheBotsAsReference() {
        Element table = null;
        NodeList tables = doc.getElementsByTagName("table");
        for (int i = 0; i < tables.getLength(); i++) {
            if (((Element) tables.item(i)).getAttribute("class").equals("leaderboard")) {
                table = (Element) tables.item(i);
            }
        }
        assertTrue(table != null);
        NodeList rows = table.getElementsByTagName("tr");
        int teams = 0;
        int bots = 0;
        for (int i = 0; i < rows.getLength(); i++) {
            String cls = ((Element) rows.item(i)).getAttribute("class");
            teams += cls.equals("team") ? 1 : 0;
            bots += cls.equals("bot") ? 1 : 0;
        }
        assertEquals(3, teams);
        assertEquals(dev.capex.strategy.Bots.all().size(), bots, "every built-in bot is a reference line");
        assertTrue(byId("svg", "chart-score") != null, "the score chart with the bots' reference lines");
        // Ranked by score: the leverage bot defaults or trails in this world; the best team comes first.
        List<Leaderboard.Row> board = debrief.leaderboard().teams();
        assertTrue(board.get(0).score() >= board.get(1).score() && board.get(1).score() >= board.get(2).score());
    }

    @Test
    void theMomentsTimelineAndCsvAreThere() {
        assertTrue(byId("section", "moments") != null);
        assertTrue(html.contains("The market turns on AI capex"), "the workshop's shock is in the debrief");
        assertTrue(byId("section", "timeline") != null);
        assertTrue(html.contains("<strong>Done:</strong>"), "the decisions are in the timeline");
        Element csv = byId("pre", "csv");
        String[] lines = csv.getTextContent().split("\n");
        assertEquals(DebriefCsv.HEADER, lines[0]);
        assertEquals(1 + 3 * 8, lines.length, "a CSV row per team per quarter");
        assertTrue(html.contains("href=\"debrief.csv\""), "the CSV beside the page is linked");
        assertTrue(html.contains("href=\"data:text/csv"), "and embedded");
    }

    @Test
    void inGermanThePageSpeaksGermanAndIsStillWellFormed() throws Exception {
        Msg.use("de");
        String de;
        try {
            de = HtmlDebrief.render(debrief, "debrief.csv", "test");
        } finally {
            Msg.use("en");
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.newDocumentBuilder().parse(new ByteArrayInputStream(de.getBytes(StandardCharsets.UTF_8)));
        for (String word : List.of("lang=\"de\"", "Rangliste", "Über die Quartale", "Die Momente, die zählten",
                "Zeitleiste: Entscheidungen und Ereignisse", "Quartal", "Die Daten", "Liquidität am Quartalsende",
                "Vergleich: die eingebauten Bots in derselben Welt")) {
            assertTrue(de.contains(word), "the German debrief shows '" + word + "'");
        }
        for (String word : List.of("Leaderboard", "Over the quarters", "The moments that mattered", "Timeline:",
                "Cash at the end of the quarter", "<strong>Done:</strong>", "<strong>Refused:</strong>")) {
            assertFalse(de.contains(word), "no English '" + word + "' in the German debrief");
        }
    }

    private static Element byId(String tag, String id) {
        NodeList l = doc.getElementsByTagName(tag);
        for (int i = 0; i < l.getLength(); i++) {
            Element e = (Element) l.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        return null;
    }

    private static int countClass(Element root, String cls) {
        int n = 0;
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            if (((Element) all.item(i)).getAttribute("class").equals(cls)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void everyTeamsPriceBridgeAddsUpToItsPriceChangeEachQuarter() {
        Element section = byId("section", "bridges");
        assertTrue(section != null, "a section on why the share price moved");
        NodeList tables = section.getElementsByTagName("table");
        assertEquals(debrief.games().size(), tables.getLength(), "a bridge per team");
        for (int t = 0; t < tables.getLength(); t++) {
            NodeList rows = ((Element) tables.item(t)).getElementsByTagName("tr");
            assertTrue(rows.getLength() > 2, "a row per quarter");
            double before = Double.NaN;
            for (int r = 1; r < rows.getLength(); r++) {
                NodeList cells = ((Element) rows.item(r)).getElementsByTagName("td");
                double price = dollars(cells.item(1).getTextContent());
                long sum = 0;
                for (int c = 2; c < cells.getLength() - 1; c++) {
                    String v = cells.item(c).getTextContent();
                    sum += v.isEmpty() ? 0 : Math.round(dollars(v) * 100);
                }
                long total = Math.round(dollars(cells.item(cells.getLength() - 1).getTextContent()) * 100);
                assertEquals(total, sum, "the drivers add up to the change, row " + r);
                if (!Double.isNaN(before)) {
                    assertEquals(Math.round(price * 100) - Math.round(before * 100), total, "row " + r);
                }
                before = price;
            }
        }
    }

    private static double dollars(String s) {
        return Double.parseDouble(s.replace("$", "").replace("+", "").replace(",", ""));
    }
}
