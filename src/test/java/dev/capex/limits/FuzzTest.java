package dev.capex.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.capex.save.TestGames;
import dev.capex.scenario.Limits;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzz suite of issue 12: bad scenarios, saves and plans generated from the shipped ones by seeded
 * mutations (truncation, type swaps, removed and repeated fields, extreme numbers, huge lists), each run
 * through the command that reads it. Every one must end with one line naming the problem, a non-zero exit
 * (3, or 5 for a save that reads but does not replay) and no stack trace; an input over a size or list
 * limit must be refused by that limit, before it is parsed or bound (what bounds memory and time: no timed
 * assertion); and every save that existed before is byte-identical afterwards. Deterministic: the same seed
 * gives the same mutants, and each test's name says how to rebuild it.
 */
class FuzzTest {
    static final long SEED = 12;
    static final int PER_KIND = 100;
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path GOLDEN = Path.of("src/test/resources/saves/golden-seeds-2025-seed7.json");

    @TempDir
    static Path dir;

    static Map<Path, String> before;

    enum Op { TRUNCATE, TYPE_SWAP, REMOVE_FIELD, REPEAT_FIELD, EXTREME_NUMBER, HUGE_LIST }

    /** Every save and shipped input there is, by content hash. */
    static Map<Path, String> snapshot() throws IOException {
        Map<Path, String> m = new TreeMap<>();
        for (Path root : List.of(Path.of("saves"), Path.of("src/test/resources/saves"), Path.of("scenarios"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    m.put(f, sha(Files.readAllBytes(f)));
                }
            }
        }
        return m;
    }

    static String sha(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void rememberEverySave() throws IOException {
        before = snapshot();
        assertTrue(before.keySet().stream().anyMatch(p -> p.toString().endsWith(".json")), "something to protect");
    }

    @AfterAll
    static void everySaveIsByteIdenticalAfterwards() throws IOException {
        Map<Path, String> after = snapshot();
        for (Map.Entry<Path, String> e : before.entrySet()) {
            assertEquals(e.getValue(), after.get(e.getKey()), e.getKey() + " changed or vanished");
        }
    }

    // ---- the three kinds ----

    @TestFactory
    Stream<DynamicTest> badScenarios() throws IOException {
        String text = Files.readString(TestGames.SCENARIO);
        return mutants("scenario", text, SEED, p -> true, false, Limits.SCENARIO_BYTES, (f, m) -> {
            TestGames.Run r = TestGames.capex("play", "--scenario", f.toString(), "--plan", TestGames.PLAN.toString(),
                    "--save", dir.resolve("never.json").toString());
            refused(r, m, 3);
            assertEquals("", r.out(), "nothing played");
            TestGames.Run v = TestGames.capex("validate", f.toString());
            assertEquals(3, v.exit(), m + ": " + v.out());
            List<String> lines = v.out().lines().toList();
            assertTrue(lines.size() >= 1 && lines.size() <= Limits.PROBLEMS_SHOWN + 1, m + ": " + lines.size() + " lines");
            for (String l : lines) {
                plainWords(l, m);
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> badSaves() throws IOException {
        String text = Files.readString(GOLDEN);
        return mutants("save", text, SEED + 1, p -> true, true, Limits.SAVE_BYTES, (f, m) -> {
            TestGames.Run r = TestGames.capex("replay", f.toString(), "--verify");
            refused(r, m, 3, 5);
            assertEquals("", r.out());
        });
    }

    @TestFactory
    Stream<DynamicTest> badPlans() throws IOException {
        String text = Files.readString(TestGames.PLAN);
        // A plan's decisions may leave fields out (they take zero and the engine refuses them with a reason),
        // and its name and description are free: only what must be refused is mutated.
        Predicate<String> mustRefuse = path -> path.startsWith("decisions");
        return mutants("plan", text, SEED + 2, mustRefuse, false, Limits.PLAN_BYTES, (f, m) -> {
            TestGames.Run r = TestGames.capex("play", "--plan", f.toString(), "--seed", "7", "--save",
                    dir.resolve("never.json").toString());
            refused(r, m, 3);
            assertEquals("", r.out(), "nothing played");
        });
    }

    interface Check {
        void run(Path file, Mutant m) throws IOException;
    }

    record Mutant(String kind, int index, Op op, String where, String text) {
        @Override
        public String toString() {
            return kind + " #" + index + " " + op + " " + where;
        }
    }

    static Stream<DynamicTest> mutants(String kind, String text, long seed, Predicate<String> allowed, boolean save,
            long sizeLimit, Check check) throws IOException {
        JsonNode original = JSON.readTree(text);
        Random random = new Random(seed);
        List<DynamicTest> tests = new ArrayList<>();
        Op[] ops = Op.values();
        for (int i = 0; i < PER_KIND; i++) {
            Op op = ops[i % ops.length];
            Mutant m = mutate(kind, i, op, text, original, random, allowed, save, sizeLimit);
            tests.add(DynamicTest.dynamicTest(m.toString(), () -> {
                Path f = dir.resolve(kind + "-" + m.index() + ".json");
                Files.writeString(f, m.text(), StandardCharsets.UTF_8);
                check.run(f, m);
                if (Files.size(f) > sizeLimit) {
                    // Over the size limit: refused by it, unread (what keeps memory and time bounded).
                    TestGames.Run r = kind.equals("save") ? TestGames.capex("replay", f.toString(), "--verify")
                            : kind.equals("plan") ? TestGames.capex("play", "--plan", f.toString(), "--save",
                                    dir.resolve("never.json").toString())
                            : TestGames.capex("play", "--scenario", f.toString(), "--save", dir.resolve("never.json").toString());
                    assertTrue(r.err().contains("may be at most") && r.err().contains("docs/limits.md"), m + ": " + r.err());
                }
            }));
        }
        return tests.stream();
    }

    static void refused(TestGames.Run r, Mutant m, int... exits) {
        boolean ok = false;
        for (int e : exits) {
            ok |= r.exit() == e;
        }
        assertTrue(ok, m + ": exit " + r.exit() + " " + r.err() + r.out().lines().limit(3).toList());
        String err = r.err().strip();
        String log = System.getProperty("capex.fuzzLog");
        if (log != null) {
            try {
                Files.writeString(Path.of(log), m + "\n    exit " + r.exit() + ": " + err + "\n", StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        assertFalse(err.isEmpty(), m + ": a message");
        assertFalse(err.contains("\n"), m + ": one line: " + err);
        assertTrue(err.startsWith("capex: "), m + ": " + err);
        plainWords(err, m);
    }

    static void plainWords(String line, Mutant m) {
        for (String bad : List.of("Exception", "\tat ", "dev.capex.", "java.", "JsonReadFeature", "JsonToken", "class ",
                "internal error", "com.fasterxml", "`")) {
            assertFalse(line.contains(bad), m + ": '" + bad + "' in: " + line);
        }
        assertTrue(line.length() < 2000, m + ": a message of " + line.length() + " characters");
    }

    // ---- mutations ----

    /** A node somewhere in the tree, with its parent and its path (like quarters[3].figures.cashM). */
    record Site(JsonNode parent, String field, int index, JsonNode node, String path) {
    }

    static List<Site> sites(JsonNode root) {
        List<Site> out = new ArrayList<>();
        walk(root, "", out);
        return out;
    }

    static void walk(JsonNode n, String path, List<Site> out) {
        if (n.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                out.add(new Site(n, e.getKey(), -1, e.getValue(), p));
                walk(e.getValue(), p, out);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                String p = path + "[" + i + "]";
                out.add(new Site(n, null, i, n.get(i), p));
                walk(n.get(i), p, out);
            }
        }
    }

    static Site pick(List<Site> sites, Random random, Predicate<Site> ok) {
        List<Site> c = sites.stream().filter(ok).toList();
        return c.get(random.nextInt(c.size()));
    }

    static void replace(Site s, JsonNode value) {
        if (s.field() != null) {
            ((ObjectNode) s.parent()).set(s.field(), value);
        } else {
            ((ArrayNode) s.parent()).set(s.index(), value);
        }
    }

    static Mutant mutate(String kind, int index, Op op, String text, JsonNode original, Random random,
            Predicate<String> allowed, boolean save, long sizeLimit) throws IOException {
        JsonNode tree = original.deepCopy();
        List<Site> sites = sites(tree);
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (op) {
            case TRUNCATE -> {
                int end = text.lastIndexOf('}');
                int cut = 1 + random.nextInt(end - 1);
                return new Mutant(kind, index, op, "at " + cut + " of " + text.length(), text.substring(0, cut));
            }
            case TYPE_SWAP -> {
                Site s = pick(sites, random, x -> allowed.test(x.path()) && x.field() != null
                        && !(x.node().isTextual() && x.field().equals("type")));
                JsonNode[] choices = s.node().isNumber() ? new JsonNode[] {f.textNode("x"), f.objectNode(), f.arrayNode(),
                    f.booleanNode(true)}
                        : s.node().isTextual() ? new JsonNode[] {f.objectNode(), f.arrayNode()}
                        : s.node().isObject() ? new JsonNode[] {f.arrayNode(), f.numberNode(5), f.textNode("x")}
                        : s.node().isArray() ? new JsonNode[] {f.objectNode().put("x", 1), f.textNode("x"), f.numberNode(5)}
                        : new JsonNode[] {f.textNode("x"), f.objectNode()};
                JsonNode v = choices[random.nextInt(choices.length)];
                replace(s, v);
                return new Mutant(kind, index, op, s.path() + " := " + v, JSON.writeValueAsString(tree));
            }
            case REMOVE_FIELD -> {
                // A scenario's German texts ("de" and what is in it) may be left out: removing one is no defect.
                Site s = pick(sites, random, x -> x.field() != null && allowed.test(x.path())
                        && (!kind.equals("plan") || x.field().equals("type") || x.path().equals("decisions"))
                        && !(kind.equals("scenario") && (x.field().equals("de") || x.path().contains(".de.") || x.path().startsWith("de."))));
                ((ObjectNode) s.parent()).remove(s.field());
                return new Mutant(kind, index, op, s.path(), JSON.writeValueAsString(tree));
            }
            case REPEAT_FIELD -> {
                Site s = pick(sites, random, x -> x.field() != null && allowed.test(x.path()));
                return new Mutant(kind, index, op, s.path(), withRepeated(tree, s));
            }
            case EXTREME_NUMBER -> {
                Site s = pick(sites, random, x -> x.node().isNumber() && allowed.test(x.path()));
                String[] extremes = {"1e300", "-1e300", "1e20", "-1e20", "99999999999999999999", "NaN", "Infinity",
                    "-Infinity", "1e16", "-9223372036854775809"};
                String v = extremes[random.nextInt(extremes.length)];
                String marker = "\"@@EXTREME@@\"";
                replace(s, f.textNode("@@EXTREME@@"));
                return new Mutant(kind, index, op, s.path() + " := " + v,
                        JSON.writeValueAsString(tree).replace(marker, v));
            }
            case HUGE_LIST -> {
                Site s = pick(sites, random, x -> x.node().isArray() && x.node().size() > 0 && allowed.test(x.path()));
                ArrayNode a = (ArrayNode) s.node();
                String name = s.path().replaceAll("\\[\\d+\\]", "").replaceAll(".*\\.", "");
                int cap = kind.equals("scenario") ? Limits.list(name) : Limits.DECISIONS_PER_QUARTER;
                // Past the list limit; every third one far past it, and past the file size limit too.
                JsonNode first = a.get(0);
                int overSize = (int) Math.min(60_000, sizeLimit / Math.max(1, JSON.writeValueAsString(first).length()) + 10);
                int n = index % 3 == 0 ? Math.max(cap + 1, overSize) : cap + 1 + random.nextInt(200);
                while (a.size() < n) {
                    a.add(first.deepCopy());
                }
                return new Mutant(kind, index, op, s.path() + " × " + n, JSON.writeValueAsString(tree));
            }
            default -> throw new IllegalStateException();
        }
    }

    /** The tree as JSON text with the field at {@code s} written twice in its object. */
    static String withRepeated(JsonNode tree, Site s) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            write(g, tree, s);
        }
        return w.toString();
    }

    static void write(JsonGenerator g, JsonNode n, Site s) throws IOException {
        if (n.isObject()) {
            g.writeStartObject();
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                g.writeFieldName(e.getKey());
                write(g, e.getValue(), s);
                if (n == s.parent() && e.getKey().equals(s.field())) {
                    g.writeFieldName(e.getKey());
                    write(g, e.getValue(), s);
                }
            }
            g.writeEndObject();
        } else if (n.isArray()) {
            g.writeStartArray();
            for (JsonNode c : n) {
                write(g, c, s);
            }
            g.writeEndArray();
        } else {
            JSON.writeTree(g, n);
        }
    }
}
