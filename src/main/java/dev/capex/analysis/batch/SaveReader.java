package dev.capex.analysis.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario;
import dev.capex.save.DecisionJson;
import dev.capex.scenario.ScenarioException;
import dev.capex.scenario.ScenarioLoader;
import dev.capex.strategy.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads from a save file only what luck versus skill needs: the seed, the scenario (the one embedded
 * in the save, else its id) and each quarter's decisions. A minimal reader of the save format's
 * fields ({@code seed}, {@code scenarioId}, {@code scenario}, {@code quarters[].quarter},
 * {@code quarters[].decisions}), written while the save package (dev.capex.save: versions, migrations,
 * digests) was being built on another branch; once it is on main, {@link #read} should become
 * {@code SaveJson.load} followed by a conversion to {@link RecordedGame}, so that old versions are migrated.
 */
public final class SaveReader {
    private SaveReader() {
    }

    /** A save that cannot be used, with the file and what is wrong. */
    public static final class SaveProblem extends Exception {
        public SaveProblem(String message) {
            super(message, null, false, false);
        }
    }

    /** The game and its scenario. */
    public record Loaded(RecordedGame game, Scenario scenario) {
    }

    /**
     * Reads {@code file}. {@code scenarioOverride}, when not null, replaces the save's scenario (a
     * built-in name or a file): "what if I had played the same decisions in the rate-shock scenario".
     */
    public static Loaded read(Path file, String scenarioOverride) throws SaveProblem {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new SaveProblem(name + ": " + (Files.isDirectory(file) ? "is a directory, not a save file"
                    : "no such save file"));
        }
        ObjectMapper m = DecisionJson.mapper();
        JsonNode root;
        try {
            root = m.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new SaveProblem(name + ": not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SaveProblem(name + ": cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject() || !root.has("seed") || !root.has("quarters")
                || !root.get("quarters").isArray()) {
            throw new SaveProblem(name + ": not a save file (a save has a seed and a list of quarters)");
        }
        if (!root.get("seed").canConvertToLong()) {
            throw new SaveProblem(name + ": seed: expected a whole number");
        }
        long seed = root.get("seed").asLong();
        Map<Quarter, List<Decision>> decisions = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode q : root.get("quarters")) {
            String where = "quarters[" + i++ + "]";
            Quarter quarter;
            try {
                quarter = Quarter.parse(q.path("quarter").asText(null));
            } catch (IllegalArgumentException e) {
                throw new SaveProblem(name + ": " + where + ".quarter: " + e.getMessage());
            }
            List<Decision> list = new ArrayList<>();
            int k = 0;
            for (JsonNode d : q.path("decisions")) {
                try {
                    list.add(Plan.decision(m, name, where + ".decisions[" + k++ + "]", d));
                } catch (Plan.PlanException e) {
                    throw new SaveProblem(e.getMessage());
                }
            }
            decisions.put(quarter, list);
        }
        Scenario sc;
        try {
            if (scenarioOverride != null) {
                sc = ScenarioLoader.resolve(scenarioOverride);
            } else if (root.has("scenario") && root.get("scenario").isObject()) {
                sc = ScenarioLoader.strictMapper().treeToValue(root.get("scenario"), Scenario.class);
            } else if (root.has("scenarioId")) {
                sc = ScenarioLoader.resolve(root.get("scenarioId").asText());
            } else {
                throw new SaveProblem(name + ": names no scenario (scenarioId) and embeds none; use --scenario");
            }
        } catch (ScenarioException e) {
            throw new SaveProblem(name + ": its scenario: " + e.problems().get(0));
        } catch (JsonProcessingException e) {
            throw new SaveProblem(name + ": scenario: " + e.getOriginalMessage());
        }
        String team = root.path("team").asText("");
        String gameName = team.isEmpty() ? file.getFileName().toString() : team;
        return new Loaded(new RecordedGame(gameName, sc.id(), seed, decisions, decisions.size()), sc);
    }
}
