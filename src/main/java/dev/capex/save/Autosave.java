package dev.capex.save;

import dev.capex.engine.QuarterResult;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.Quarter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Saves a game after every quarter, whatever the mode that drives it (plan, text prompt, dashboard):
 * attach it to the session and each resolved quarter rewrites the save file atomically
 * ({@link AtomicFile}), so that the game is never lost. A write that fails (a full disk, a read-only
 * directory) is reported and the game goes on; the previous save stays whole.
 */
public final class Autosave {
    private final Path path;
    private final String created;
    private final SaveFile.Parent parent;
    private final String programVersion;
    private final Consumer<String> warnings;
    private String failure;

    private Autosave(Path path, String created, SaveFile.Parent parent, String programVersion, Consumer<String> warnings) {
        this.path = path;
        this.created = created;
        this.parent = parent;
        this.programVersion = programVersion;
        this.warnings = warnings;
    }

    /** Saves a new game to {@code path} after every quarter; failures are reported on standard error. */
    public static Autosave attach(LiveGame session, Path path) {
        return attach(session, path, now(), null, SaveJson.programVersion(),
                m -> System.err.println("capex: " + m));
    }

    /** Saves a continued game back to its file, keeping its created time and parent. */
    public static Autosave attach(LiveGame session, Path path, SaveFile continued, String programVersion) {
        return attach(session, path, continued.created(), continued.parent(), programVersion,
                m -> System.err.println("capex: " + m));
    }

    public static Autosave attach(LiveGame session, Path path, String created, SaveFile.Parent parent,
            String programVersion, Consumer<String> warnings) {
        Autosave a = new Autosave(path, created, parent, programVersion, warnings);
        session.afterEachQuarter(() -> a.save(session));
        return a;
    }

    public Path path() {
        return path;
    }

    /** Writes the session as it stands now; returns false (after a warning) if the write failed. */
    public boolean save(LiveGame session) {
        try {
            write(path, of(session, created, parent, programVersion));
            failure = null;
            return true;
        } catch (IOException e) {
            return failed(dev.capex.scenario.Limits.reason(e));
        } catch (RuntimeException e) {
            return failed(String.valueOf(e.getMessage()));
        }
    }

    private boolean failed(String reason) {
        failure = "could not save the game to " + path + ": " + reason;
        warnings.accept(failure + " (the previous save, if any, is intact)");
        return false;
    }

    /** Why the last save failed, or null if it succeeded (or none was made): a command ends non-zero on it. */
    public String failure() {
        return failure;
    }

    /** Writes a save file atomically. */
    public static void write(Path file, SaveFile save) throws IOException {
        AtomicFile.write(file, SaveJson.write(save).getBytes(StandardCharsets.UTF_8));
    }

    /** The save of a session: every quarter played so far with its digest and figures. */
    public static SaveFile of(LiveGame session, String created, SaveFile.Parent parent, String programVersion) {
        List<SaveFile.SavedQuarter> quarters = new ArrayList<>();
        List<QuarterResult> results = session.results();
        int i = 0;
        for (Map.Entry<Quarter, List<Decision>> e : session.log().entrySet()) {
            quarters.add(SaveFile.quarterOf(session.scenario(), e.getKey(), e.getValue(), results.get(i++)));
        }
        return new SaveFile(SaveFormat.CURRENT.number(), programVersion, created, session.team(),
                session.scenario().id(), SaveJson.scenarioSha256(session.scenario()), session.seed(), parent, quarters,
                session.scenario());
    }

    /** The time a game starts, as a save records it: UTC, to the second, ISO 8601. */
    public static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /**
     * The default save file of a new game: {@code dir/<team>-<scenario>-<seed>-<yyyyMMdd-HHmmss>.json},
     * the team's name reduced to letters, digits, '.', '_' and '-'; "-2", "-3"… are added if that file
     * exists already, so that a new game never overwrites another.
     */
    public static Path defaultPath(Path dir, String team, String scenarioId, long seed, LocalDateTime now) {
        String base = safe(team) + "-" + safe(scenarioId) + "-" + seed + "-"
                + now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path p = dir.resolve(base + ".json");
        for (int n = 2; Files.exists(p); n++) {
            p = dir.resolve(base + "-" + n + ".json");
        }
        return p;
    }

    /** A name as part of a file name: letters, digits, '.', '_' and '-', not starting with a dot, at most 40 long. */
    static String safe(String s) {
        String t = s.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
        if (t.length() > 40) {
            t = t.substring(0, 40);
        }
        return t.isEmpty() ? "team" : t;
    }
}
