package dev.capex.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.Engine;
import dev.capex.engine.QuarterResult;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.random.RandomStreams;
import dev.capex.scenario.ScenarioLoader;
import dev.capex.strategy.Bots;
import dev.capex.strategy.RandomDecisions;
import dev.capex.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sentences the engine writes itself reach a German player in German: random decisions (refused for
 * many reasons) and every bot are played in every built-in scenario, and every refusal reason and every
 * engine-written event text they produce must match a template of {@link EngineText}.
 */
class EngineTextTest {
    @AfterEach
    void english() {
        Msg.use("en");
    }

    /** Every sentence the engine wrote in these games, with the event it came in. */
    static Map<String, String> sentences() throws Exception {
        Map<String, String> out = new TreeMap<>();
        for (String name : ScenarioLoader.BUILT_IN) {
            Scenario sc = ScenarioLoader.resolve(name);
            for (long seed = 1; seed <= 6; seed++) {
                GameState s = Engine.start(sc, seed);
                while (!s.isOver()) {
                    RandomStream r = new RandomStreams(seed * 31 + 7).stream(s.quarter(), "test.engineText");
                    List<Decision> d = new ArrayList<>();
                    int n = 1 + r.nextInt(8);
                    for (int i = 0; i < n; i++) {
                        d.add(RandomDecisions.any(sc, s, r));
                    }
                    QuarterResult q = Engine.resolve(sc, s, d);
                    collect(q, out);
                    s = q.state();
                }
            }
            for (Strategy bot : Bots.all().values()) {
                GameState s = Engine.start(sc, 3);
                while (!s.isOver()) {
                    QuarterResult q = Engine.resolve(sc, s, bot.decide(sc, s));
                    collect(q, out);
                    s = q.state();
                }
            }
        }
        return out;
    }

    static void collect(QuarterResult q, Map<String, String> out) {
        for (GameEvent e : q.events()) {
            String kind = e.getClass().getSimpleName();
            if (e instanceof GameEvent.DecisionRefused x) {
                out.put(x.reason(), kind);
            } else if (e instanceof GameEvent.StakeNews x) {
                out.put(x.text(), kind);
            } else if (e instanceof GameEvent.Milestone x) {
                out.put(x.text(), kind);
            } else if (e instanceof GameEvent.GameEnded x) {
                out.put(x.reason(), kind);
            } else if (e instanceof GameEvent.DebtRepaid x) {
                out.put(x.why(), kind);
            } else if (e instanceof GameEvent.StarsLeft x) {
                out.put(x.cause(), kind);
            } else if (e instanceof GameEvent.ConstructionDelayed x) {
                out.put(x.cause(), kind);
            } else if (e instanceof GameEvent.RatingChanged x) {
                out.put(x.cause(), kind);
            }
        }
        out.remove("");
    }

    @Test
    void everySentenceTheEngineWroteHasAGermanTemplate() throws Exception {
        Map<String, String> all = sentences();
        Msg.use("de");
        TreeSet<String> missing = new TreeSet<>();
        int translated = 0;
        for (Map.Entry<String, String> e : all.entrySet()) {
            String s = e.getKey();
            // A rival's or a lab's name ("Google" in StarsLeft.to) is a name, not a sentence.
            if (!s.contains(" ")) {
                continue;
            }
            String de = EngineText.translate(s);
            if (de == null) {
                missing.add(e.getValue() + ": " + s);
            } else {
                translated++;
                assertFalse(de.contains("%s") || de.contains("%d"), "a value left out: " + de);
            }
        }
        assertTrue(translated > 30, "only " + translated + " sentences seen: the games test too little");
        assertTrue(missing.isEmpty(), missing.size() + " engine sentences have no German template in "
                + "EngineText (add an eng.* key to both bundles):\n" + String.join("\n", missing));
    }

    @Test
    void aSentenceIsTranslatedWithItsValuesAndNestedPhrases() {
        Msg.use("de");
        assertEquals("nicht genug Liquidität: die Anzahlung braucht $12.0B, und Meta hat nach den früheren "
                + "Entscheidungen dieses Quartals $3.1B",
                EngineText.reason("not enough cash: the deposit needs $12.0B and Meta has $3.1B after this "
                        + "quarter's earlier decisions"));
        // German may put the values in another order.
        assertEquals("in Hyperion sind nur noch 0.20 GW Leistung frei (der Netzanschluss erlaubt 5.00 GW, und "
                + "4.80 GW sind gebaut oder im Bau): dort höchstens 0.20 GW bauen", EngineText.reason(
                "only 0.20 GW of powered capacity is left at Hyperion (its grid connection allows 5.00 GW and "
                        + "4.80 GW is built or underway): build at most 0.20 GW there"));
        // An unknown sentence is shown as the engine wrote it, never lost.
        assertEquals("something new", EngineText.reason("something new"));
    }

    @Test
    void englishShowsNoRawIdentifierAndChangesNothingElse() {
        Msg.use("en");
        assertEquals("a parcel can be sold outright or put into a co-development JV",
                EngineText.reason("a parcel can be sold outright or put into a coDevelopment JV"));
        assertEquals("hire at least one star", EngineText.reason("hire at least one star"));
    }

    @Test
    void everyTemplateIsInBothBundlesAndMatchesItsOwnEnglish() throws Exception {
        for (String k : EngineText.KEYS) {
            String en = Msg.english(k);
            assertNotNull(en);
            assertFalse(en.equals(k), k + " is missing from the English bundle");
            String sample = en.replace("%%", "%").replaceAll("%(\\d+\\$)?s", "X1");
            assertTrue(EngineText.regex(en).matcher(sample).matches(), k + ": its pattern does not match " + sample);
        }
        java.util.Properties de = BundleKeysTest.load(BundleKeysTest.DE);
        for (String k : EngineText.KEYS) {
            assertTrue(de.containsKey(k), k + " is missing from the German bundle");
        }
    }
}
