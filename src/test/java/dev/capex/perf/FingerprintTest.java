package dev.capex.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.Engine;
import dev.capex.engine.Preview;
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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The performance work must not change a single result. This hashes everything a player, a save or a
 * report can see: every state's digest, every event's category and text, every quarter's statements,
 * and every preview (events, cash, interest, leverage, headroom, rating outlook), over every built-in
 * scenario played by every bot, and over random decisions (many refused, with their reasons) previewed
 * and then resolved as they are. The expected hashes were recorded before the optimisations; a change
 * to the game's rules or texts must update them on purpose.
 */
class FingerprintTest {
    // Updated on purpose: a GPU order's outcome names the units and generation; cutting Reality Labs has a
    // wind-down cost and shrinks its revenue (scenario fields realityLabsRevenueElasticity and
    // realityLabsWindDownQuartersOfCut). The golden save's digests did not change.
    // Updated on purpose (issue 13, texts only; the golden save's digests did not change): negative money
    // reads "-$7.3B"; "this quarter" once; a build refusal says how much power is left; a GPU order says why
    // its delivery is further away than the lead time; an asset sale's mode in words.
    static final String BOTS = "9fd3ced6adc4504bbcba75e9e6343c3a88910e6685fd5c84fba42137a5b73b99";
    static final String RANDOM = "eb02c3a96e7e33bb312147c2ece8d1f9256ab5521d8e6917bd555d7e3eb1d193";

    /** The bots, each previewing its own decisions before the quarter is resolved. */
    static String botsFingerprint() throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (String name : ScenarioLoader.BUILT_IN) {
            Scenario sc = ScenarioLoader.resolve(name);
            for (Map.Entry<String, Strategy> bot : Bots.all().entrySet()) {
                for (long seed = 1; seed <= 3; seed++) {
                    GameState s = Engine.start(sc, seed);
                    add(md, Engine.legacyDigest(s)); // the format-1 digest: the hashes below predate format 2
                    while (!s.isOver()) {
                        List<Decision> d = bot.getValue().decide(sc, s);
                        add(md, d.toString());
                        add(md, Engine.preview(sc, s, d));
                        QuarterResult r = Engine.resolve(sc, s, d);
                        add(md, r);
                        s = r.state();
                    }
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Random decisions sent as they are: the engine refuses many of them, for many reasons. */
    static String randomFingerprint(int[] refused) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (String name : ScenarioLoader.BUILT_IN) {
            Scenario sc = ScenarioLoader.resolve(name);
            for (long seed = 1; seed <= 12; seed++) {
                GameState s = Engine.start(sc, seed);
                while (!s.isOver()) {
                    RandomStream r = new RandomStreams(seed * 31 + 7).stream(s.quarter(), "test.fingerprint");
                    List<Decision> d = new ArrayList<>();
                    int n = 1 + r.nextInt(8);
                    for (int i = 0; i < n; i++) {
                        d.add(RandomDecisions.any(sc, s, r));
                        // Every prefix previewed, as the dashboard does while a player queues levers.
                        add(md, Engine.preview(sc, s, d));
                    }
                    QuarterResult q = Engine.resolve(sc, s, d);
                    for (GameEvent e : q.events()) {
                        if (e instanceof GameEvent.DecisionRefused) {
                            refused[0]++;
                        }
                    }
                    add(md, q);
                    s = q.state();
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static void add(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
    }

    static void add(MessageDigest md, GameEvent e) {
        add(md, e.category() + " " + e.text());
        if (e instanceof GameEvent.DecisionApplied a) {
            add(md, a.decision() + " " + a.outcome());
        } else if (e instanceof GameEvent.DecisionRefused r) {
            add(md, r.decision() + " " + r.reason());
        }
    }

    static void add(MessageDigest md, Preview p) {
        for (GameEvent e : p.decisionEvents()) {
            add(md, e);
        }
        add(md, p.cashAfterM() + " " + p.cashBeforeM() + " " + p.interestPerYearM() + " " + p.interestPerYearBeforeM()
                + " " + Double.doubleToLongBits(p.netLeverage()) + " " + Double.doubleToLongBits(p.covenantHeadroom())
                + " " + p.hasCovenants() + " " + p.ratingNow() + " " + p.ratingOutlook() + " " + p.debtAfterM()
                + " " + p.lastRefused());
    }

    static void add(MessageDigest md, QuarterResult r) {
        for (GameEvent e : r.events()) {
            add(md, e);
        }
        add(md, r.statements().toString());
        add(md, Engine.legacyDigest(r.state()));
    }

    @Test
    void everyBotInEveryScenarioPlaysExactlyAsBefore() throws Exception {
        assertEquals(BOTS, botsFingerprint());
    }

    @Test
    void randomDecisionsAndTheirRefusalsReadExactlyAsBefore() throws Exception {
        int[] refused = {0};
        String h = randomFingerprint(refused);
        assertTrue(refused[0] > 1000, "only " + refused[0] + " refusals: the random paths test too little");
        assertEquals(RANDOM, h);
    }
}
