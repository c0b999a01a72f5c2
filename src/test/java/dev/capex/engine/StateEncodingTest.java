package dev.capex.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.Account;
import dev.capex.engine.model.Balances;
import dev.capex.engine.model.Books;
import dev.capex.engine.model.Financing;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.random.RandomStreams;
import dev.capex.scenario.ScenarioLoader;
import dev.capex.strategy.RandomDecisions;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The canonical state encoding behind save digests (format 2), the format-1 text kept for older
 * saves, and the SHA-256 that hashes both.
 */
class StateEncodingTest {

    /** A few states along random games of every shipped scenario. */
    static List<GameState> states() throws Exception {
        List<GameState> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path f : files) {
            Scenario sc = ScenarioLoader.load(f);
            for (long seed = 1; seed <= 2; seed++) {
                GameState s = Engine.start(sc, seed);
                out.add(s);
                RandomStreams mine = new RandomStreams(seed);
                while (!s.isOver()) {
                    var r = mine.stream(s.quarter(), "test.encoding");
                    List<Decision> ds = new ArrayList<>();
                    for (int i = 0; i < 3; i++) {
                        ds.add(RandomDecisions.any(sc, s, r));
                    }
                    s = Engine.resolve(sc, s, ds).state();
                    if (s.turn() % 5 == 0 || s.isOver()) {
                        out.add(s);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void theEncodingIsDeterministicAndTellsStatesApart() throws Exception {
        List<GameState> states = states();
        java.util.Map<String, GameState> seen = new java.util.HashMap<>();
        for (GameState s : states) {
            assertArrayEquals(StateEncoding.encode(s), StateEncoding.encode(s));
            Books b = s.books();
            assertEquals(Engine.digest(s), Engine.digest(new GameState(s.scenarioId(), s.seed(), s.turn(), s.quarter(),
                    s.status(), s.endReason(), s.nextId(),
                    new Books(new Balances(b.ledger().toArray()), b.sharesOutstanding(), new ArrayList<>(b.otherAssets()),
                            b.stakes(), b.history()),
                    s.policy(), new Financing(new ArrayList<>(s.financing().debts()), s.financing().pendingBonds(),
                            s.financing().leases(), s.financing().credit()),
                    s.fleet(), s.estate(), s.lab(), s.world(), s.market())), "an equal state has the same digest");
            GameState before = seen.put(Engine.digest(s), s);
            assertTrue(before == null || before.equals(s), "two different states share a digest");
        }
        assertTrue(states.size() > 40, "states from every scenario: " + states.size());
    }

    /**
     * Every field of the state is in the encoding: each leaf (a number, a flag, a text, a quarter, a
     * balance, an element of a list) changed on its own changes the encoding. Lists that are empty in
     * the sampled state are first given one element, so that the fields of their elements are checked
     * too. Whoever adds a field to the state and forgets the encoder fails here.
     */
    @Test
    void everyFieldOfTheStateChangesTheEncoding() throws Exception {
        GameState s = states().get(7);
        GameState base = (GameState) filled(s, GameState.class, null);
        byte[] baseBytes = StateEncoding.encode(base);
        List<String> missed = new ArrayList<>();
        int[] checked = {0};
        String baseEnd = dev.capex.engine.model.EndReason.text(base.endReason());
        mutants(base, GameState.class, null, "state", (path, m) -> {
            checked[0]++;
            // Why the game ended is encoded as the sentence the engine wrote before it was a fact (so that saved
            // games keep their digests): a change of its values counts where it changes that sentence (the
            // values of another kind of reason than this one, or below the sentence's rounding, do not).
            if (path.startsWith("state.endReason.")
                    && dev.capex.engine.model.EndReason.text(((GameState) m).endReason()).equals(baseEnd)) {
                return;
            }
            if (Arrays.equals(baseBytes, StateEncoding.encode((GameState) m))) {
                missed.add(path);
            }
        });
        assertEquals(List.of(), missed, "fields that do not change the encoding (StateEncoding must write them)");
        assertTrue(checked[0] > 250, "leaves checked: " + checked[0]);
    }

    // theFormat1TextIsWhatGameStateToStringPrinted went when the state was restructured (issue 10 added the
    // frictions and the market's valuation inputs), as it said it would: the version-1 golden save
    // (GoldenSaveTest) keeps LegacyStateText honest.

    @Test
    void sha256IsTheStandardOne() throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        SplittableRandom r = new SplittableRandom(42);
        for (int n = 0; n < 300; n++) {
            byte[] data = new byte[n < 200 ? n : r.nextInt(100_000)];
            for (int i = 0; i < data.length; i++) {
                data[i] = (byte) r.nextInt(256);
            }
            assertArrayEquals(md.digest(data), Sha256.of(data), "length " + data.length);
        }
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(HexFormat.of().formatHex(md.digest(new byte[0])), Sha256.hex(new byte[0]));
    }

    // --- building variants of a state by reflection (test only: the encoder itself is explicit) ---

    interface Sink {
        void accept(String path, Object mutant) throws Exception;
    }

    private static Class<?> elementType(Type listType) {
        Type arg = ((ParameterizedType) listType).getActualTypeArguments()[0];
        return (Class<?>) arg;
    }

    /** A value of the type with every list given at least one element. */
    static Object filled(Object v, Class<?> type, Type generic) throws Exception {
        if (List.class.isAssignableFrom(type)) {
            List<?> list = (List<?>) v;
            Class<?> et = elementType(generic);
            List<Object> out = new ArrayList<>();
            if (list.isEmpty()) {
                out.add(filled(sample(et), et, null));
            } else {
                for (Object e : list) {
                    out.add(filled(e, et, null));
                }
            }
            return out;
        }
        if (type.isRecord() && type != Quarter.class) {
            RecordComponent[] rc = type.getRecordComponents();
            Object[] args = new Object[rc.length];
            for (int i = 0; i < rc.length; i++) {
                args[i] = filled(rc[i].getAccessor().invoke(v), rc[i].getType(), rc[i].getGenericType());
            }
            return construct(type, args);
        }
        return v;
    }

    /** A value of a leaf or record type, for an empty list's first element. */
    static Object sample(Class<?> type) throws Exception {
        if (type == String.class) {
            return "s";
        }
        if (type == long.class || type == Long.class) {
            return 3L;
        }
        if (type == int.class) {
            return 3;
        }
        if (type == double.class || type == Double.class) {
            return 0.5;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == Quarter.class) {
            return new Quarter(2026, 1);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == Balances.class) {
            return new Balances(new long[Account.values().length]);
        }
        if (List.class.isAssignableFrom(type)) {
            return List.of();
        }
        if (type.isRecord()) {
            RecordComponent[] rc = type.getRecordComponents();
            Object[] args = new Object[rc.length];
            for (int i = 0; i < rc.length; i++) {
                args[i] = sample(rc[i].getType());
            }
            return construct(type, args);
        }
        throw new IllegalStateException("no sample for " + type);
    }

    static Object construct(Class<?> type, Object[] args) throws Exception {
        RecordComponent[] rc = type.getRecordComponents();
        Class<?>[] types = new Class<?>[rc.length];
        for (int i = 0; i < rc.length; i++) {
            types[i] = rc[i].getType();
        }
        Constructor<?> c = type.getDeclaredConstructor(types);
        c.setAccessible(true);
        return c.newInstance(args);
    }

    /** Calls the sink with every variant of {@code v} that differs from it in exactly one leaf. */
    static void mutants(Object v, Class<?> declared, Type generic, String path, Sink sink) throws Exception {
        // Boxed elements of a list (List<Long>, List<Double>) are leaves like their primitives.
        Class<?> type = declared == Long.class ? long.class : declared == Double.class ? double.class : declared;
        if (type == long.class) {
            sink.accept(path, (Long) v + 1);
        } else if (type == int.class) {
            sink.accept(path, (Integer) v + 1);
        } else if (type == double.class) {
            sink.accept(path, (Double) v + 0.25);
        } else if (type == boolean.class) {
            sink.accept(path, !(Boolean) v);
        } else if (type == String.class) {
            sink.accept(path, v == null ? "x" : v + "x");
            if (v != null) {
                sink.accept(path + "=null", null);
            }
        } else if (type == Quarter.class) {
            sink.accept(path, v == null ? new Quarter(2025, 1) : ((Quarter) v).plus(1));
        } else if (type.isEnum()) {
            Object[] all = type.getEnumConstants();
            sink.accept(path, all[(((Enum<?>) v).ordinal() + 1) % all.length]);
        } else if (type == Balances.class) {
            long[] values = ((Balances) v).toArray();
            for (int i = 0; i < values.length; i++) {
                long[] m = values.clone();
                m[i]++;
                sink.accept(path + "." + Account.values()[i], new Balances(m));
            }
        } else if (List.class.isAssignableFrom(type)) {
            List<?> list = (List<?>) v;
            Class<?> et = elementType(generic);
            sink.accept(path + ".size", list.subList(0, list.size() - 1));
            for (int i = 0; i < list.size(); i++) {
                int at = i;
                if (i > 0 && i < list.size() - 1) {
                    continue; // the first and last elements are enough to see that elements are written
                }
                mutants(list.get(i), et, null, path + "[" + i + "]", (p, m) -> {
                    List<Object> copy = new ArrayList<>(list);
                    copy.set(at, m);
                    sink.accept(p, copy);
                });
            }
        } else if (type.isRecord()) {
            RecordComponent[] rc = type.getRecordComponents();
            Object[] args = new Object[rc.length];
            for (int i = 0; i < rc.length; i++) {
                args[i] = rc[i].getAccessor().invoke(v);
            }
            for (int i = 0; i < rc.length; i++) {
                int at = i;
                mutants(args[i], rc[i].getType(), rc[i].getGenericType(), path + "." + rc[i].getName(), (p, m) -> {
                    Object[] copy = args.clone();
                    copy[at] = m;
                    Object built;
                    try {
                        built = construct(type, copy);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        return; // a value the record refuses (its constructor checks it): not a state
                    }
                    sink.accept(p, built);
                });
            }
        } else {
            throw new IllegalStateException(path + ": a " + type.getName() + " in the state; teach this test about it");
        }
    }
}
