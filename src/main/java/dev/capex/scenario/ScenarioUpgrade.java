package dev.capex.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Scenario fields added after saves were written, with the value that keeps the behaviour the save was
 * played with. A save embeds its scenario; when it predates a field, the field is filled in here before
 * the scenario is bound, so that the save still loads and replays to its recorded digests. A scenario
 * file is never upgraded silently: every field stays required there (docs/scenario-format.md).
 */
public final class ScenarioUpgrade {
    private ScenarioUpgrade() {
    }

    /** A copy of {@code scenario} with any missing later field set to its old-behaviour value. */
    public static JsonNode withOldBehaviourDefaults(JsonNode scenario) {
        if (scenario == null || !scenario.isObject()) {
            return scenario;
        }
        ObjectNode s = ((ObjectNode) scenario).deepCopy();
        JsonNodeFactory f = JsonNodeFactory.instance;
        // Issue 11 (calibration to spring 2025): engagement from all rivals' users, even Reality Labs costs,
        // no fleet operations cost, even construction spending, no stock-based compensation or tax timing.
        if (s.get("revenue") instanceof ObjectNode r && !r.has("adoptionFromStartShare")) {
            r.put("adoptionFromStartShare", 0.0);
        }
        if (s.get("costs") instanceof ObjectNode c) {
            if (!c.has("realityLabsSeasonality")) {
                c.set("realityLabsSeasonality", f.arrayNode());
            }
            if (!c.has("fleetOpexPerGwQuarterM")) {
                c.put("fleetOpexPerGwQuarterM", 0.0);
            }
            if (!c.has("constructionSCurveShare")) {
                c.put("constructionSCurveShare", 0.0);
            }
        }
        if (!s.has("accounting")) {
            ObjectNode a = s.putObject("accounting");
            a.put("stockCompShareOfCoreOpex", 0.0);
            a.put("rsuTaxShareOfStockComp", 0.0);
            a.put("currentTaxShareOfExpense", 1.0);
            a.put("taxPaidInQuarterShare", 1.0);
            a.put("maintenanceCapexServerShare", 0.0);
        }
        return s;
    }
}
