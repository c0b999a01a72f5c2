package dev.capex.workshop;

import dev.capex.engine.levers.LeverRules;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.capex.play.GameSession;
import dev.capex.save.DecisionJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.Quarter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * A team's decisions so far as a plan file (name = the team): what `capex report --plan` and
 * `capex play --plan` read. HOOK(saves): the workshop writes these until the saves module's Autosave is
 * on main; then each team gets a real save (with digests) and this stays as the plan export.
 */
public final class DecisionLog {
    private DecisionLog() {
    }

    /** The file name of a team's log: red.plan.json, "Team 2" -> team-2.plan.json. */
    public static String fileName(String team) {
        String slug = team.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "team" : slug) + ".plan.json";
    }

    public static String json(GameSession s) {
        ObjectMapper m = DecisionJson.mapper();
        try {
            // Written here rather than with Plan.toJson, which (at the time of writing) drops each decision's type.
            ObjectNode decisions = m.createObjectNode();
            for (Map.Entry<Quarter, List<Decision>> e : new TreeMap<>(s.log()).entrySet()) {
                ArrayNode list = decisions.putArray(e.getKey().toString());
                for (Decision d : e.getValue()) {
                    ObjectNode o = list.addObject();
                    o.put("type", LeverRules.type(d));
                    JsonNode fields = m.valueToTree(d);
                    fields.fields().forEachRemaining(f -> {
                        if (!f.getKey().equals("type") && !f.getValue().isNull()) {
                            o.set(f.getKey(), f.getValue());
                        }
                    });
                }
            }
            ObjectNode root = m.createObjectNode();
            root.put("name", s.team());
            root.put("description", "Capex workshop decision log: scenario " + s.scenario().id() + ", seed " + s.seed()
                    + ". Report with: capex report --scenario " + s.scenario().id() + " --seed " + s.seed()
                    + " --plan FILE ...");
            root.set("decisions", decisions);
            return m.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes atomically (temporary file, then rename): a crash never leaves half a log. */
    public static Path write(Path dir, GameSession s) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(fileName(s.team()));
        Path tmp = dir.resolve("." + file.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, json(s), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return file;
    }
}
