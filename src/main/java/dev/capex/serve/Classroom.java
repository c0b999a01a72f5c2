package dev.capex.serve;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.capex.analysis.Replay;
import dev.capex.engine.Engine;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario;
import dev.capex.play.GameSession;
import dev.capex.report.Standings;
import dev.capex.save.AtomicFile;
import dev.capex.save.Autosave;
import dev.capex.save.DecisionJson;
import dev.capex.save.SaveException;
import dev.capex.save.SaveFile;
import dev.capex.save.SaveJson;
import dev.capex.scenario.ScenarioException;
import dev.capex.scenario.ScenarioLoader;
import dev.capex.workshop.DecisionLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A served workshop's state: the teams' games in one world, the quarter being decided, who is done,
 * the quarter's timer. Its state IS its files in the workshop folder, rewritten atomically after every
 * change: {@code workshop.json} (the world, the quarter, the timer), each team's save {@code TEAM.json}
 * (every resolved quarter, replayable) and {@code TEAM.queue.json} (the decisions queued for the
 * quarter being decided, and whether the team has ended its turn). A kill at any instant loses nothing
 * that was shown to anybody: {@link #resume} brings every team back at its last resolved quarter with
 * its queue, and finishes a quarter that was being played for all when the kill came.
 *
 * Not thread-safe: the server calls it from one thread only.
 */
public final class Classroom {
    public static final String MANIFEST = "workshop.json";
    static final String FORMAT = "capex-classroom";

    /** One team: its game, whether it has ended its turn, and its queue kept aside while it catches up. */
    public static final class Team {
        private final String name;
        private GameSession session;
        private boolean done;
        private List<Decision> stash = List.of();
        private List<Decision> persisted = List.of();
        private String created;

        Team(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        public GameSession session() {
            return session;
        }

        public boolean done() {
            return done;
        }

        public boolean over() {
            return session.state().isOver();
        }

        /** The file stem of the team's files: red, team-2. */
        public String slug() {
            return DecisionLog.fileName(name).replace(".plan.json", "");
        }
    }

    private final Path dir;
    private final LongSupplier clock;
    private Scenario scenario;
    private final long seed;
    private final Map<String, Team> teams = new LinkedHashMap<>();
    private Quarter quarter;
    private long quarterMillis;
    private boolean paused;
    private long deadline;
    private long remainingWhenPaused;
    private final List<String> injected = new ArrayList<>();

    private Classroom(Path dir, Scenario scenario, long seed, long quarterMillis, LongSupplier clock) {
        this.dir = dir;
        this.scenario = scenario;
        this.seed = seed;
        this.quarterMillis = quarterMillis;
        this.clock = clock;
    }

    /** A new workshop in {@code dir}; refuses a folder that already holds one (resume it instead). */
    public static Classroom create(Path dir, Scenario sc, long seed, List<String> names, long quarterMillis,
            LongSupplier clock) throws IOException {
        if (Files.exists(dir.resolve(MANIFEST))) {
            throw new IOException(dir + " already holds a served workshop: resume it with --resume " + dir
                    + ", or choose another --dir");
        }
        Classroom c = new Classroom(dir, sc, seed, quarterMillis, clock);
        Map<String, String> slugs = new LinkedHashMap<>();
        for (String n : names) {
            Team t = new Team(n);
            String other = slugs.put(t.slug(), n);
            if (other != null) {
                throw new IllegalArgumentException("the teams '" + other + "' and '" + n + "' would share the save file "
                        + t.slug() + ".json: rename one");
            }
            t.session = new GameSession(sc, seed, n);
            t.created = Autosave.now();
            c.teams.put(n, t);
        }
        c.quarter = sc.start();
        c.startTimer();
        for (Team t : c.teams.values()) {
            c.writeSave(t);
            c.writeQueue(t);
        }
        c.writeManifest(false);
        return c;
    }

    /** The workshop saved in {@code dir}, exactly as its files hold it. */
    public static Classroom resume(Path dir, LongSupplier clock) throws IOException {
        Path mf = dir.resolve(MANIFEST);
        if (!Files.exists(mf)) {
            throw new IOException(dir + " holds no served workshop (no " + MANIFEST + ")");
        }
        ObjectMapper m = DecisionJson.mapper();
        JsonNode root = m.readTree(Files.readString(mf, StandardCharsets.UTF_8));
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new IOException(mf + " is not a capex workshop file");
        }
        Scenario sc;
        try {
            sc = ScenarioLoader.parse(mf + " (scenario)", root.get("scenario").toString());
        } catch (ScenarioException e) {
            throw new IOException(e.getMessage(), e);
        }
        Classroom c = new Classroom(dir, sc, root.get("seed").asLong(), root.get("quarterMillis").asLong(), clock);
        c.quarter = Quarter.parse(root.get("quarter").asText());
        root.path("injected").forEach(n -> c.injected.add(n.asText()));
        long remaining = root.get("remainingMillis").asLong();
        c.paused = root.get("paused").asBoolean();
        if (c.paused) {
            c.remainingWhenPaused = remaining;
        } else {
            // The time the server was down does not count against the teams.
            c.deadline = clock.getAsLong() + Math.max(remaining, 60_000);
        }
        for (JsonNode n : root.get("teams")) {
            Team t = new Team(n.asText());
            c.teams.put(t.name, t);
            c.loadTeam(t, m);
        }
        if (root.path("advancing").asBoolean()) {
            // Killed while the quarter was being played for every team: finish it for those not yet played.
            c.finishAdvance();
        }
        c.writeManifest(false);
        return c;
    }

    private void loadTeam(Team t, ObjectMapper m) throws IOException {
        Path save = dir.resolve(t.slug() + ".json");
        SaveFile sf;
        try {
            sf = SaveJson.load(save);
        } catch (SaveException e) {
            throw new IOException(e.getMessage(), e);
        }
        Replay.Result r = Replay.run(sf);
        if (!r.matches()) {
            throw new IOException(save + ": " + r.mismatch().message());
        }
        t.session = GameSession.continuing(r);
        t.created = sf.created();
        Path qf = dir.resolve(t.slug() + ".queue.json");
        if (Files.exists(qf)) {
            JsonNode q = m.readTree(Files.readString(qf, StandardCharsets.UTF_8));
            if (q.path("quarter").asText().equals(t.session.state().quarter().toString())) {
                for (Decision d : decisions(m, q.get("decisions"))) {
                    t.session.queue(d);
                }
                t.done = q.path("done").asBoolean();
                t.stash = decisions(m, q.get("stash"));
            } else if (q.has("stash") && q.get("stash").size() > 0 && quarter.toString().equals(q.path("quarter").asText())) {
                t.stash = decisions(m, q.get("stash"));
            }
        }
        t.persisted = t.session.queued();
    }

    private static List<Decision> decisions(ObjectMapper m, JsonNode n) throws IOException {
        if (n == null || n.isNull()) {
            return List.of();
        }
        return m.readerFor(new TypeReference<List<Decision>>() {
        }).readValue(n);
    }

    // ---- reading

    public Scenario scenario() {
        return scenario;
    }

    public long seed() {
        return seed;
    }

    public Path dir() {
        return dir;
    }

    /** The quarter the workshop is deciding (after the last: the quarter after the end). */
    public Quarter quarter() {
        return quarter;
    }

    public List<Team> teams() {
        return List.copyOf(teams.values());
    }

    public List<String> names() {
        return List.copyOf(teams.keySet());
    }

    public Team team(String name) {
        return teams.get(name);
    }

    /** The team a login name stands for: its name in any case, or its file stem ("team-2" for "Team 2"). */
    public Team teamForLogin(String user) {
        for (Team t : teams.values()) {
            if (t.name.equalsIgnoreCase(user) || t.slug().equals(user)) {
                return t;
            }
        }
        return null;
    }

    /** A team is behind when the facilitator took back its last quarter: it replays that one first. */
    public boolean behind(Team t) {
        return !t.over() && t.session.state().quarter().isBefore(quarter);
    }

    public boolean isOver() {
        return teams.values().stream().allMatch(Team::over);
    }

    /** Every team still playing has ended its turn (a team catching up never counts as done). */
    public boolean allDone() {
        return teams.values().stream().allMatch(t -> t.over() || (t.done && !behind(t)));
    }

    public boolean paused() {
        return paused;
    }

    public long remainingMillis() {
        return paused ? remainingWhenPaused : Math.max(0, deadline - clock.getAsLong());
    }

    public boolean timeUp() {
        return !paused && !isOver() && clock.getAsLong() >= deadline;
    }

    public long quarterMillis() {
        return quarterMillis;
    }

    public List<String> injected() {
        return List.copyOf(injected);
    }

    /** "12:05" or "paused 3:10" (the facilitator's console, in English). */
    public String timerText() {
        return (paused ? "paused " : "") + timerClock();
    }

    /** The quarter's time left, "12:05". */
    public String timerClock() {
        long s = (remainingMillis() + 999) / 1000;
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    // ---- changes (each one persisted before it returns)

    /** Persists a team's queue if it changed (called after every key a team sends). */
    public boolean queueChanged(Team t) throws IOException {
        if (t.session.queued().equals(t.persisted)) {
            return false;
        }
        writeQueue(t);
        return true;
    }

    /** The team ends its turn (done) or takes it back. A team catching up plays its quarter at once. */
    public void setDone(Team t, boolean done) throws IOException {
        if (t.over()) {
            return;
        }
        if (done && behind(t)) {
            catchUp(t);
            return;
        }
        t.done = done;
        writeQueue(t);
    }

    /**
     * Plays the quarter for every team still playing, with its queued decisions (a team catching up
     * plays its missed quarter first), then starts the next quarter's timer.
     */
    public void advance() throws IOException {
        if (isOver()) {
            return;
        }
        writeManifest(true);
        finishAdvance();
        writeManifest(false);
    }

    private void finishAdvance() throws IOException {
        // Each team's game and files are its own: the teams are played and saved in parallel (the engine
        // is pure; a save is most of the time, and the disk's flushes overlap).
        try {
            teams.values().parallelStream().forEach(t -> {
                try {
                    while (behind(t)) {
                        catchUp(t);
                    }
                    if (!t.over() && t.session.state().quarter().equals(quarter)) {
                        play(t);
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        quarter = quarter.plus(1);
        startTimer();
    }

    private void catchUp(Team t) throws IOException {
        play(t);
        if (!behind(t) && !t.stash.isEmpty()) {
            for (Decision d : t.stash) {
                t.session.queue(d);
            }
            t.stash = List.of();
            t.done = false;
            writeQueue(t);
        }
    }

    private void play(Team t) throws IOException {
        t.session.endQuarter();
        t.done = false;
        writeSave(t);
        if (!t.session.queued().isEmpty() || !t.stash.isEmpty()) {
            writeQueue(t);
        } else {
            // An empty queue needs no write: a queue file of an earlier quarter is ignored on resume.
            t.persisted = List.of();
        }
    }

    /**
     * Takes back a team's last resolved quarter: its game goes back one quarter with that quarter's
     * decisions queued again, and what it had queued for the current quarter is kept aside until it has
     * replayed the missed one (it is asked first and plays it at once when it ends its turn).
     */
    public String undo(Team t) throws IOException {
        List<SaveFile.SavedQuarter> qs = save(t).quarters();
        if (qs.isEmpty()) {
            return t.name + " has no quarter to take back";
        }
        if (behind(t)) {
            return t.name + " is already replaying " + t.session.state().quarter() + "; it can go back one quarter only";
        }
        SaveFile.SavedQuarter last = qs.get(qs.size() - 1);
        SaveFile cut = save(t).withQuarters(qs.subList(0, qs.size() - 1));
        Replay.Result r = Replay.run(cut);
        if (!r.matches()) {
            return "cannot take back " + t.name + "'s quarter: " + r.mismatch().message();
        }
        List<Decision> current = t.session.queued();
        t.session = GameSession.continuing(r);
        for (Decision d : last.decisions()) {
            t.session.queue(d);
        }
        t.stash = current;
        t.done = false;
        writeSave(t);
        writeQueue(t);
        return t.name + " is back at " + last.quarter() + " with its " + last.decisions().size()
                + " decision(s) queued again; it plays that quarter when it ends its turn";
    }

    /** The cards the facilitator can inject: every card of the scenario. */
    public List<Scenario.EventCard> cards() {
        return scenario.events().stream().filter(c -> !c.id().contains("-now-")).toList();
    }

    /**
     * Injects a shock card for every team in the quarter being decided: a copy of the card, scheduled
     * for this quarter, is added to the world (the scenario each save embeds), so that it fires when the
     * quarter plays and every save still replays. The quarters already played are unchanged (each card
     * draws from its own random stream); this is checked by replaying every team's save.
     */
    public String inject(String cardId) throws IOException {
        Scenario.EventCard card = scenario.events().stream().filter(c -> c.id().equalsIgnoreCase(cardId)).findFirst()
                .orElse(null);
        if (card == null) {
            return "no card '" + cardId + "' (cards lists them)";
        }
        String id = card.id() + "-now-" + quarter;
        if (scenario.events().stream().anyMatch(c -> c.id().equals(id))) {
            return card.id() + " is already injected for " + quarter;
        }
        ObjectNode tree = (ObjectNode) SaveJson.scenarioTree(scenario).deepCopy();
        ObjectNode c = ((ArrayNode) tree.get("events")).addObject();
        c.put("id", id);
        c.put("title", card.title());
        c.put("description", card.description());
        if (card.de() != null) {
            // the card's German travels with it (a text the scenario leaves out stays out)
            ObjectNode de = c.putObject("de");
            if (card.de().title() != null) {
                de.put("title", card.de().title());
            }
            if (card.de().description() != null) {
                de.put("description", card.de().description());
            }
        }
        c.put("kind", "scheduled");
        c.put("quarter", quarter.toString());
        c.put("probability", 0.0);
        c.put("earliest", quarter.toString());
        c.put("latest", quarter.toString());
        c.put("oncePerGame", true);
        c.putArray("conditions");
        c.set("effects", DecisionJson.mapper().valueToTree(card.effects()));
        Scenario next;
        try {
            next = ScenarioLoader.parse("the workshop's scenario with " + id, tree.toString());
        } catch (ScenarioException e) {
            return "cannot inject " + card.id() + ": " + e.getMessage();
        }
        Map<String, GameSession> rebuilt = new LinkedHashMap<>();
        for (Team t : teams.values()) {
            SaveFile old = save(t);
            SaveFile moved = new SaveFile(old.formatVersion(), old.programVersion(), old.created(), old.team(),
                    old.scenarioId(), SaveJson.scenarioSha256(next), old.seed(), old.parent(), old.quarters(), next);
            Replay.Result r = Replay.run(moved);
            if (!r.matches()) {
                return "cannot inject " + card.id() + ": " + t.name + "'s game would change ("
                        + r.mismatch().message() + ")";
            }
            GameSession s = GameSession.continuing(r);
            for (Decision d : t.session.queued()) {
                s.queue(d);
            }
            rebuilt.put(t.name, s);
        }
        scenario = next;
        injected.add(id);
        for (Team t : teams.values()) {
            t.session = rebuilt.get(t.name);
            writeSave(t);
            writeQueue(t);
        }
        writeManifest(false);
        return "'" + card.title() + "' will hit every team when " + quarter + " plays";
    }

    /**
     * Writes the timer as it stands (the server does so every few seconds): after a crash the quarter
     * goes on with the time it had left then; the time the server was down does not count.
     */
    public void checkpoint() throws IOException {
        writeManifest(false);
    }

    public void pause() throws IOException {
        if (!paused) {
            remainingWhenPaused = remainingMillis();
            paused = true;
            writeManifest(false);
        }
    }

    public void resumeTimer() throws IOException {
        if (paused) {
            paused = false;
            deadline = clock.getAsLong() + remainingWhenPaused;
            writeManifest(false);
        }
    }

    public void extend(long millis) throws IOException {
        if (paused) {
            remainingWhenPaused += millis;
        } else {
            deadline = Math.max(deadline, clock.getAsLong()) + millis;
        }
        writeManifest(false);
    }

    /** Sets the length of each quarter from the next one on (and of this one, counted from now). */
    public void setQuarterLength(long millis) throws IOException {
        quarterMillis = millis;
        if (paused) {
            remainingWhenPaused = millis;
        } else {
            deadline = clock.getAsLong() + millis;
        }
        writeManifest(false);
    }

    private void startTimer() {
        if (paused) {
            remainingWhenPaused = quarterMillis;
        } else {
            deadline = clock.getAsLong() + quarterMillis;
        }
    }

    // ---- the board

    /** The standings now, with each team's change since the quarter before. */
    public List<Standings.Row> standings() {
        List<Standings.Entry> es = new ArrayList<>();
        for (Team t : teams.values()) {
            GameState now = t.session.state();
            GameState prev = t.session.results().size() >= 2 ? t.session.results().get(t.session.results().size() - 2)
                    .state() : t.session.results().size() == 1 ? Engine.start(t.session.scenario(), seed) : null;
            es.add(new Standings.Entry(t.name, t.session.scenario(), now, prev));
        }
        return Standings.of(es);
    }

    /** Each team's line for the console: connections are the server's to add. */
    public String state(Team t) {
        if (t.over()) {
            return "game over (" + dev.capex.report.EngineText.english(t.session.state().endReason()) + ")";
        }
        if (behind(t)) {
            return "replaying " + t.session.state().quarter();
        }
        return t.done ? "done" : "deciding";
    }

    // ---- files

    private SaveFile save(Team t) {
        return Autosave.of(t.session, t.created, null, SaveJson.programVersion());
    }

    private void writeSave(Team t) throws IOException {
        Autosave.write(dir.resolve(t.slug() + ".json"), save(t));
        DecisionLog.write(dir, t.session);
    }

    private void writeQueue(Team t) throws IOException {
        ObjectMapper m = DecisionJson.mapper();
        ObjectNode o = m.createObjectNode();
        o.put("team", t.name);
        o.put("quarter", t.session.state().quarter().toString());
        o.put("done", t.done);
        List<Decision> q = t.session.queued();
        o.set("decisions", decisionsTree(m, q));
        o.set("stash", decisionsTree(m, t.stash));
        AtomicFile.write(dir.resolve(t.slug() + ".queue.json"), (m.writeValueAsString(o) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        t.persisted = q;
    }

    private static JsonNode decisionsTree(ObjectMapper m, List<Decision> ds) throws IOException {
        // A typed writer, so that each decision carries its "type" as in plan files and saves.
        return m.readTree(m.writerFor(new TypeReference<List<Decision>>() {
        }).writeValueAsString(ds));
    }

    private void writeManifest(boolean advancing) throws IOException {
        ObjectMapper m = DecisionJson.mapper();
        ObjectNode o = m.createObjectNode();
        o.put("format", FORMAT);
        o.put("formatVersion", 1);
        o.put("seed", seed);
        ArrayNode ts = o.putArray("teams");
        teams.keySet().forEach(ts::add);
        o.put("quarter", quarter.toString());
        o.put("advancing", advancing);
        o.put("quarterMillis", quarterMillis);
        o.put("paused", paused);
        o.put("remainingMillis", remainingMillis());
        ArrayNode inj = o.putArray("injected");
        injected.forEach(inj::add);
        o.set("scenario", SaveJson.scenarioTree(scenario));
        AtomicFile.write(dir.resolve(MANIFEST), (m.writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
