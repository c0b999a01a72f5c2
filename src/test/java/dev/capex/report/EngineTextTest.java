package dev.capex.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.Engine;
import dev.capex.engine.QuarterResult;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.event.Reason;
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
 * What the engine once wrote as sentences (refusal reasons, a stake's news, why the game ended, and the rest) are
 * facts that {@link EngineText} renders: in English word for word as the engine wrote them (the fingerprint hashes
 * them), in German from the bundle. Every kind is rendered in both languages with sample values, and random
 * decisions and every bot are played in every built-in scenario to meet them in real games.
 */
class EngineTextTest {
    @AfterEach
    void english() {
        Msg.use("en");
    }

    /**
     * One event of each kind of fact the engine's former sentences became (a refusal's reason, a stake's news, why
     * the game ended) met in these games, by its kind ("refusal CASH", "stake PROBE", "end SOLVENT").
     */
    static Map<String, GameEvent> facts() throws Exception {
        Map<String, GameEvent> out = new TreeMap<>();
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

    static void collect(QuarterResult q, Map<String, GameEvent> out) {
        for (GameEvent e : q.events()) {
            if (e instanceof GameEvent.DecisionRefused x) {
                out.putIfAbsent("refusal " + x.reason().kind(), e);
            } else if (e instanceof GameEvent.StakeNews x) {
                out.putIfAbsent("stake " + x.what(), e);
            } else if (e instanceof GameEvent.GameEnded x) {
                out.putIfAbsent("end " + x.reason().why(), e);
            }
        }
    }

    /**
     * The games meet many kinds of these facts, and each reads in German with its values in place and no English
     * sentence left (every kind, met or not, is checked with sample values below).
     */
    @Test
    void theFactsTheGamesMeetReadInGerman() throws Exception {
        Map<String, GameEvent> all = facts();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, GameEvent> e : all.entrySet()) {
            Msg.use("en");
            String en = EventText.text(e.getValue());
            Msg.use("de");
            String de = EventText.text(e.getValue());
            if (de.contains("%s") || de.contains("%d") || (!e.getKey().startsWith("refusal ") && de.equals(en))) {
                problems.add(e.getKey() + ": '" + de + "'");
            }
        }
        assertTrue(all.keySet().stream().filter(k -> k.startsWith("refusal ")).count() > 15,
                "the games meet too few kinds of refusal: " + all.keySet());
        assertTrue(all.keySet().stream().filter(k -> k.startsWith("stake ")).count() >= 3,
                "the games meet too few kinds of stake news: " + all.keySet());
        assertTrue(all.containsKey("end SOLVENT"), all.keySet().toString());
        assertTrue(problems.isEmpty(), "not German: " + problems);
    }

    @Test
    void aReasonIsRenderedWithItsValuesAndNestedPhrases() {
        Reason cash = Reason.of(Reason.Kind.CASH, Reason.Spending.DEPOSIT, new Reason.Money(12_000), new Reason.Money(3_100));
        // English: the engine's sentence before reasons were facts, word for word (saves' tools, the fingerprint).
        assertEquals("not enough cash: the deposit needs $12.0B and Meta has $3.1B after this quarter's earlier decisions",
                EngineText.english(cash));
        Msg.use("de");
        assertEquals("nicht genug Liquidität: die Anzahlung braucht $12.0B, und Meta hat nach den früheren "
                + "Entscheidungen dieses Quartals $3.1B", EngineText.reason(cash));
        // German may put the values in another order; numbers are rounded as the sentence needs.
        Reason left = Reason.of(Reason.Kind.ONLY_POWER_LEFT, 0.2, "Hyperion", 5.0, 4.8, 0.2);
        assertEquals("in Hyperion sind nur noch 0.20 GW Leistung frei (der Netzanschluss erlaubt 5.00 GW, und "
                + "4.80 GW sind gebaut oder im Bau): dort höchstens 0.20 GW bauen", EngineText.reason(left));
        assertEquals("only 0.20 GW of powered capacity is left at Hyperion (its grid connection allows 5.00 GW and "
                + "4.80 GW is built or underway): build at most 0.20 GW there", EngineText.english(left));
        // A phrase inside a reason (who set the limit) is rendered in the same language.
        Reason lev = Reason.of(Reason.Kind.LEND_LEVERAGE, "Apollo", 3.456, 3.0,
                Reason.of(Reason.Kind.CROSS_DEFAULT, "Blue Owl", "BLUEOWL-1"));
        assertEquals("Apollo will not lend: debt and lease obligations would reach 3.46x trailing EBITDA, over the "
                + "limit of 3.00x set by Blue Owl (BLUEOWL-1, cross-default)", EngineText.english(lev));
        assertTrue(EngineText.reason(lev).contains("Blue Owl (BLUEOWL-1, Cross-Default)"), EngineText.reason(lev));
        assertEquals("bond tenors on offer: [5, 10, 30] years",
                EngineText.english(Reason.of(Reason.Kind.TENORS, List.of(5, 10, 30))));
        assertEquals("Nvidia allocates Meta at most 100,000 Nvidia GB200 a quarter (20,000 ordered already)",
                EngineText.english(Reason.of(Reason.Kind.ALLOCATION, 100_000L, "Nvidia GB200", 20_000L)));
    }

    @Test
    void englishShowsNoRawIdentifier() {
        Msg.use("en");
        assertEquals("a parcel can be sold outright or put into a co-development JV",
                EngineText.reason(Reason.of(Reason.Kind.PARCEL_MODES)));
        assertEquals("hire at least one star", EngineText.reason(Reason.of(Reason.Kind.HIRE_ONE)));
    }

    /** A value of each type a reason takes, for rendering every kind. */
    static Object sample(Class<?> type, int i) {
        if (type == String.class) {
            return "Name" + i;
        } else if (type == Integer.class) {
            return 7 + i;
        } else if (type == Long.class) {
            return 12_345L + i;
        } else if (type == Double.class) {
            return 1.25 + i;
        } else if (type == Reason.Money.class) {
            return new Reason.Money(1_500 + i);
        } else if (type == Reason.Dollars.class) {
            return new Reason.Dollars(10);
        } else if (type == Reason.Spending.class) {
            return Reason.Spending.DEPOSIT;
        } else if (type == List.class) {
            return List.of("a" + i, "b" + i);
        } else if (type == Reason.class) {
            return Reason.of(Reason.Kind.LENDER, "Lender" + i);
        }
        throw new AssertionError("no sample of " + type);
    }

    @Test
    void everyRefusalKindHasATemplateInBothLanguagesThatUsesItsValues() throws Exception {
        java.util.Properties en = BundleKeysTest.load(BundleKeysTest.EN);
        java.util.Properties de = BundleKeysTest.load(BundleKeysTest.DE);
        List<String> problems = new ArrayList<>();
        for (Reason.Kind k : Reason.Kind.values()) {
            String key = EngineText.key(k);
            if (!en.containsKey(key) || !de.containsKey(key)) {
                problems.add(k + ": " + key + " is missing from " + (en.containsKey(key) ? "the German" : "the English")
                        + " bundle");
                continue;
            }
            Object[] values = new Object[k.types().size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = sample(k.types().get(i), i);
            }
            Reason r = Reason.of(k, values);
            assertTrue(r.wellFormed(), k.toString());
            String english;
            String german;
            try {
                english = EngineText.english(r);
                Msg.use("de");
                german = EngineText.reason(r);
            } catch (RuntimeException e) {
                problems.add(k + ": its template does not take its values " + k.types() + ": " + e);
                continue;
            } finally {
                Msg.use("en");
            }
            for (String text : List.of(english, german)) {
                if (text.contains("%") && !text.matches("(?s).*\\d%.*")) {
                    problems.add(k + ": a placeholder is left in '" + text + "'");
                }
            }
            // Every value the kind carries is shown (the hiring kinds name the rival twice: one of them suffices).
            for (int i = 0; i < values.length; i++) {
                String shown = values[i] instanceof Reason.Money m ? dev.capex.engine.decision.Decision.money(m.m())
                        : values[i] instanceof Double d ? String.format(java.util.Locale.ROOT, "%.0f", Math.floor(d))
                        : values[i] instanceof Long l ? String.format(java.util.Locale.ROOT, "%,d", l)
                        : values[i] instanceof List<?> l ? String.valueOf(l.get(0))
                        : values[i] instanceof Reason n ? String.valueOf(n.args().get(0))
                        : values[i] instanceof Reason.Spending ? "" : values[i] instanceof Reason.Dollars ? "$10"
                        : String.valueOf(values[i]);
                boolean repeated = values[i] instanceof String && i > 0 && k.name().startsWith("STARS_WANT");
                if (!repeated && (!english.contains(shown) || !german.contains(shown))) {
                    problems.add(k + ": value " + (i + 1) + " (" + shown + ") is not shown: '" + english + "' / '"
                            + german + "'");
                }
            }
            if (english.equals(german) && values.length < 2 && k != Reason.Kind.LENDER) {
                problems.add(k + ": the German is the English: '" + german + "'");
            }
        }
        for (Reason.Spending w : Reason.Spending.values()) {
            assertTrue(en.containsKey(EngineText.key(w)) && de.containsKey(EngineText.key(w)), w.toString());
        }
        assertTrue(problems.isEmpty(), problems.size() + " refusal kinds cannot be rendered:\n" + String.join("\n", problems));
    }

    /**
     * A construction delay is a fact (site, risk, extra cost): its English sentence is the one the engine wrote
     * before, word for word (saves' replays and the fingerprint read it), and its German one says the same
     * numbers.
     */
    @Test
    void aConstructionDelayReadsAsTheEngineWroteItAndInGerman() {
        double[] risks = {0.04, 0.125, 0.005, 0.0, 0.3349, 1.0};
        long[] overruns = {1_200, 37, 0, 2_345_678, 999_999};
        for (double risk : risks) {
            for (long overrun : overruns) {
                String before = String.format(java.util.Locale.ROOT,
                        "the grid connection is late (%.0f%% risk this quarter); %s of extra cost", risk * 100,
                        Decision.money(overrun));
                GameEvent e = new GameEvent.ConstructionDelayed("Hyperion", risk, overrun);
                Msg.use("en");
                assertEquals("Hyperion construction delayed a quarter: " + before, EventText.text(e));
                Msg.use("de");
                String de = EventText.text(e);
                String pct = String.format(java.util.Locale.ROOT, "%.0f", risk * 100);
                assertTrue(de.contains(pct + "% Risiko") && de.contains(Decision.money(overrun)), de);
                assertFalse(de.contains("grid") || de.contains("%s"), de);
            }
        }
    }

    /** Why a debt was repaid is a fact: in English the engine's words before, in German each its own. */
    @Test
    void aRepaymentReadsAsTheEngineWroteItAndInGerman() {
        Map<GameEvent.DebtRepaid.Why, String> before = Map.of(GameEvent.DebtRepaid.Why.MATURITY, "maturity",
                GameEvent.DebtRepaid.Why.SCHEDULED, "scheduled amortisation", GameEvent.DebtRepaid.Why.SWEEP,
                "cash sweep", GameEvent.DebtRepaid.Why.EARLY, "early repayment");
        TreeSet<String> german = new TreeSet<>();
        for (GameEvent.DebtRepaid.Why why : GameEvent.DebtRepaid.Why.values()) {
            GameEvent e = new GameEvent.DebtRepaid("PC-3", "Apollo", 1_500, why);
            Msg.use("en");
            assertEquals("$1.5B of PC-3 (Apollo) repaid (" + before.get(why) + ")", EventText.text(e));
            Msg.use("de");
            String de = EventText.text(e);
            assertTrue(de.contains("PC-3 (Apollo)") && de.contains("$1.5B") && !de.contains(before.get(why)), de);
            german.add(de);
        }
        assertEquals(GameEvent.DebtRepaid.Why.values().length, german.size(), "two reasons read alike: " + german);
    }

    /**
     * Why a rating moved is a fact: every mix of what weighed on the metrics reads in English as the engine
     * wrote it before (its code, copied here), and in German with the same amounts and no English left.
     */
    @Test
    void aRatingCauseReadsAsTheEngineWroteItAndInGerman() {
        long[] amounts = {0, 1_234, -50};
        for (int mask = 0; mask < 32; mask++) {
            for (long a : amounts) {
                long debt = (mask & 1) != 0 ? a + 1 : 0;
                long gpus = (mask & 2) != 0 ? a + 20_000 : -a;
                long build = (mask & 4) != 0 ? 3 * a + 7 : 0;
                boolean emergency = (mask & 8) != 0;
                boolean down = (mask & 16) != 0;
                long ebitda = a - 5;
                GameEvent.RatingChanged.Cause c = new GameEvent.RatingChanged.Cause(
                        GameEvent.RatingChanged.Cause.Why.PRESSURE, 0, debt, gpus, build, emergency, down, ebitda);
                List<String> parts = new ArrayList<>();
                if (debt > 0) {
                    parts.add(Decision.money(debt) + " of new debt");
                }
                if (gpus > 0) {
                    parts.add(Decision.money(gpus) + " paid for GPUs");
                }
                if (build > 0) {
                    parts.add(Decision.money(build) + " of construction");
                }
                if (emergency) {
                    parts.add("the emergency facility");
                }
                if (down) {
                    parts.add("EBITDA down to " + Decision.money(ebitda));
                }
                String before = parts.isEmpty() ? "" : "after " + String.join(", ", parts) + " this quarter";
                GameEvent e = new GameEvent.RatingChanged("A+", "A", true, 1.25, 30, c);
                Msg.use("en");
                assertEquals(!before.isEmpty(), c.known());
                assertEquals(before, EngineText.cause(c));
                String text = EventText.text(e);
                assertTrue(text.endsWith("interest cover 30.0x" + (before.isEmpty() ? "" : " — " + before)), text);
                Msg.use("de");
                String de = EngineText.cause(c);
                assertEquals(before.isEmpty(), de.isEmpty(), de);
                for (String english : List.of("new debt", "paid for", "of construction", "emergency facility", "down to", "this quarter")) {
                    assertFalse(de.contains(english), de);
                }
                if (debt > 0) {
                    assertTrue(de.contains(Decision.money(debt)), de);
                }
            }
        }
        Msg.use("en");
        assertEquals("metrics have held better for 4 quarters",
                EngineText.cause(GameEvent.RatingChanged.Cause.heldBetter(4)));
        assertEquals("Meta had to draw on its emergency facility",
                EngineText.cause(GameEvent.RatingChanged.Cause.emergencyDrawn()));
        Msg.use("de");
        assertTrue(EngineText.cause(GameEvent.RatingChanged.Cause.heldBetter(4)).contains("4 Quartalen"));
        assertFalse(EngineText.cause(GameEvent.RatingChanged.Cause.emergencyDrawn()).contains("emergency"));
    }

    /** Why stars left is a fact: in English the engine's words before, in German the bundle's, same values. */
    @Test
    void whyStarsLeftReadsAsTheEngineWroteItAndInGerman() {
        Map<GameEvent.StarsLeft.Cause, String> before = new java.util.LinkedHashMap<>();
        before.put(GameEvent.StarsLeft.Cause.payBelow(12, "Google", 1_500),
                "their package ($12M) is below what Google now pays ($1.5B)");
        before.put(GameEvent.StarsLeft.Cause.retention(false), "retention risk");
        before.put(GameEvent.StarsLeft.Cause.retention(true), "retention risk with low morale after layoffs");
        before.put(GameEvent.StarsLeft.Cause.counterOffer("OpenAI"), "OpenAI is counter-offering Meta's own researchers");
        before.put(GameEvent.StarsLeft.Cause.raid("Poached"), "a talent raid (Poached)");
        for (Map.Entry<GameEvent.StarsLeft.Cause, String> c : before.entrySet()) {
            for (String to : java.util.Arrays.asList("Google", null)) {
                GameEvent e = new GameEvent.StarsLeft(3, to, c.getKey());
                Msg.use("en");
                assertEquals("3 star researchers left for " + (to == null ? "rivals" : to) + ": " + c.getValue(),
                        EventText.text(e));
                Msg.use("de");
                String de = EventText.text(e);
                assertFalse(de.contains(c.getValue()) || de.contains("rivals") || de.contains("%s"), de);
                assertTrue(de.contains(to == null ? Msg.t("eng.rivals") : to), de);
            }
        }
    }

    /** A milestone is a fact: in English the engine's words before (its code, copied here), in German the bundle's. */
    @Test
    void aMilestoneReadsAsTheEngineWroteItAndInGerman() {
        Map<GameEvent.Milestone, String> before = new java.util.LinkedHashMap<>();
        before.put(GameEvent.Milestone.reasoning(12, 0.8349, 37.5), String.format(java.util.Locale.ROOT,
                "Research milestone: with %d stars and data quality %.0f%%, Meta's lab can train reasoning (RL) "
                        + "models: +%.0f Elo on the next release", 12, 0.8349 * 100, 37.5));
        before.put(GameEvent.Milestone.taxWriteOff("Tax law", 2_345), String.format(java.util.Locale.ROOT,
                "%s: %s of deferred tax assets written off, a non-cash tax charge; cash taxes now follow "
                        + "the tax expense", "Tax law", Decision.money(2_345)));
        before.put(GameEvent.Milestone.paper(1_500, 250), "Cash kept at the operating minimum with "
                + Decision.money(1_500) + " of commercial paper and " + Decision.money(250) + " drawn on the revolver");
        before.put(GameEvent.Milestone.buybacksCut(400, 5_000), "Buybacks cut to " + Decision.money(400) + " (of "
                + Decision.money(5_000) + " planned): cash is at the operating minimum");
        for (Map.Entry<GameEvent.Milestone, String> m : before.entrySet()) {
            Msg.use("en");
            assertEquals(m.getValue(), EventText.text(m.getKey()));
            Msg.use("de");
            String de = EventText.text(m.getKey());
            assertFalse(de.equals(m.getValue()) || de.contains("%s"), de);
            if (m.getKey().amountM() > 0) {
                assertTrue(de.contains(Decision.money(m.getKey().amountM())), de);
            }
        }
    }

    /** The engine's sentence for a stake's news before it was a fact (its code, copied here). */
    static String stakeNewsBefore(GameEvent.StakeNews n, double targetGain, double effectShare) {
        String name = n.name();
        return switch (n.what()) {
            case INTEGRATED -> String.format(java.util.Locale.ROOT, "%s integrated: data quality %.0f%%%s", name,
                    n.share() * 100, targetGain > 0 ? String.format(java.util.Locale.ROOT,
                            ", inference efficiency +%.0f%%", targetGain * effectShare * 100) : "");
            case IMPAIRED -> String.format(java.util.Locale.ROOT, "Stake in %s impaired by %s: its value fell to %s",
                    name, Decision.money(n.amountM()), Decision.money(n.otherM()));
            case FORCED_SALE -> String.format(java.util.Locale.ROOT,
                    "Regulators force Meta to sell its stake in %s: %s received, data and efficiency gains partly lost",
                    name, Decision.money(n.amountM()));
            case PROBE_CARD -> String.format(java.util.Locale.ROOT,
                    "Regulators open an antitrust probe into Meta's stake in %s", name);
            case CUSTOMERS_FLEE -> String.format(java.util.Locale.ROOT,
                    "%s's other customers pull back after Meta's stake: its value falls %.0f%% to %s", name,
                    n.share() * 100, Decision.money(n.amountM()));
            case PROBE -> "Antitrust regulators open a probe into Meta's stake in " + name
                    + ": legal costs each quarter and a risk of forced divestiture";
        };
    }

    /**
     * A stake's news is a fact: every kind, with values around the rounding edges, reads in English as the engine
     * wrote it before, word for word (the fingerprint hashes it), and in German with the same values and no
     * English left.
     */
    @Test
    void everyStakeNewsReadsAsTheEngineWroteItAndInGerman() {
        java.util.Set<GameEvent.StakeNews.What> seen = java.util.EnumSet.noneOf(GameEvent.StakeNews.What.class);
        String[] names = {"Acme Data", "Zed", "Ab%sC"};
        double[] shares = {0.0, 0.355, 0.8349, 1.0, 0.005};
        double[][] gains = {{0.2, 0.8}, {0.0, 0.5}, {0.35, 0.0}, {0.125, 1.0}};
        long[] amounts = {0, 1_234, 37, 2_345_678};
        for (String name : names) {
            for (double share : shares) {
                for (double[] g : gains) {
                    for (long a : amounts) {
                        List<GameEvent.StakeNews> all = List.of(
                                GameEvent.StakeNews.integrated("t", name, share, g[0] > 0, g[0] * g[1]),
                                GameEvent.StakeNews.impaired("t", name, a, a * 3 + 1),
                                GameEvent.StakeNews.forcedSale("t", name, a),
                                GameEvent.StakeNews.probeCard("t", name),
                                GameEvent.StakeNews.customersFlee("t", name, share, a),
                                GameEvent.StakeNews.probe("t", name));
                        for (GameEvent.StakeNews n : all) {
                            seen.add(n.what());
                            Msg.use("en");
                            assertEquals(stakeNewsBefore(n, g[0], g[1]), EventText.text(n));
                            Msg.use("de");
                            String de = EventText.text(n);
                            assertTrue(de.contains(name), de);
                            assertFalse(de.equals(stakeNewsBefore(n, g[0], g[1])) || de.contains("Meta's")
                                    || de.contains("integrated") || de.replace(name, "").contains("%s"), de);
                            if (n.amountM() > 0) {
                                assertTrue(de.contains(Decision.money(n.amountM())), de);
                            }
                        }
                    }
                }
            }
        }
        assertEquals(java.util.EnumSet.allOf(GameEvent.StakeNews.What.class), seen);
        Msg.use("en");
        assertTrue(GameEvent.StakeNews.probe("t", "X").regulators() && GameEvent.StakeNews.probeCard("t", "X").regulators()
                && GameEvent.StakeNews.forcedSale("t", "X", 1).regulators()
                && !GameEvent.StakeNews.impaired("t", "X", 1, 1).regulators());
    }

    /** The engine's sentence for why a game ended before it was a fact (its code, copied here). */
    static String endBefore(dev.capex.engine.model.EndReason r, double rawCover) {
        return switch (r.why()) {
            case COVENANTS -> String.format(java.util.Locale.ROOT,
                    "covenants breached %d quarters in a row (net leverage %.2fx, interest cover %.1fx): the lenders "
                            + "accelerate the loans and Meta cannot pay them", r.quarters(), r.netLeverage(),
                    Math.min(rawCover, 999));
            case CASH -> "cash fell to " + Decision.money(r.cashM()) + ", below the operating minimum of "
                    + Decision.money(r.minimumM()) + ", with the emergency facility exhausted";
            case SOLVENT -> "the game ends after " + r.end() + "; Meta is solvent";
        };
    }

    /**
     * Why a game ended is a fact: every kind reads in English as the engine wrote it before (what the state's
     * encoding still holds, so that saved games keep their digests), and in German with the same values.
     */
    @Test
    void everyEndReasonReadsAsTheEngineWroteItAndInGerman() {
        java.util.Set<dev.capex.engine.model.EndReason.Why> seen =
                java.util.EnumSet.noneOf(dev.capex.engine.model.EndReason.Why.class);
        double[] covers = {0.049, 1.25, 998.96, 2_000, Double.POSITIVE_INFINITY, -3.5};
        double[] leverages = {0.0, 3.456, 12.005, -0.5};
        long[] amounts = {0, 1_234, -250, 37};
        List<dev.capex.engine.model.EndReason> reasons = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        for (double cover : covers) {
            for (double lev : leverages) {
                for (int quarters : new int[] {1, 2, 5}) {
                    reasons.add(dev.capex.engine.model.EndReason.covenants(quarters, lev, cover));
                    raw.add(cover);
                }
            }
        }
        for (long a : amounts) {
            reasons.add(dev.capex.engine.model.EndReason.cash(a, 2 * a + 1_000));
            raw.add(0.0);
        }
        for (String q : List.of("2028Q4", "2027Q1")) {
            reasons.add(dev.capex.engine.model.EndReason.solvent(dev.capex.engine.model.Quarter.parse(q)));
            raw.add(0.0);
        }
        for (int i = 0; i < reasons.size(); i++) {
            dev.capex.engine.model.EndReason r = reasons.get(i);
            seen.add(r.why());
            String before = endBefore(r, raw.get(i));
            Msg.use("en");
            assertEquals(before, r.text(), "the encoded text");
            assertEquals(before, EngineText.end(r));
            assertEquals(before, EngineText.english(r));
            GameEvent.GameEnded e = new GameEvent.GameEnded(r);
            assertEquals(r.why() != dev.capex.engine.model.EndReason.Why.SOLVENT, e.defaulted());
            assertTrue(EventText.text(e).contains(before), EventText.text(e));
            Msg.use("de");
            String de = EngineText.end(r);
            assertFalse(de.equals(before) || de.contains("%s") || de.contains("solvent") || de.contains("cannot"), de);
            assertEquals(before, EngineText.english(r), "English whatever the language");
            switch (r.why()) {
                case COVENANTS -> assertTrue(de.contains(String.format(java.util.Locale.ROOT, "%.2f", r.netLeverage()))
                        && de.contains(String.format(java.util.Locale.ROOT, "%.1f", Math.min(raw.get(i), 999))), de);
                case CASH -> assertTrue(de.contains(Decision.money(r.cashM())) && de.contains(Decision.money(r.minimumM())), de);
                case SOLVENT -> assertTrue(de.contains(r.end().toString()), de);
            }
        }
        assertEquals(java.util.EnumSet.allOf(dev.capex.engine.model.EndReason.Why.class), seen);
        Msg.use("en");
        assertEquals("", EngineText.end(null), "a game still playing has no reason");
        assertEquals("", dev.capex.engine.model.EndReason.text(null), "and encodes it as it did: empty");
    }
}
