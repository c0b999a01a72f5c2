package dev.capex.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The values that give the rules' old behaviour, for fields added to the scenario format after saves were
 * written: a scenario embedded in an older save lacks them, and is read with these so that it replays as it
 * was played. Only the embedded scenario of a save gets them ({@link ScenarioLoader#fromTree}); a scenario
 * file must state every field.
 *
 * <p>Issue 10 (economics): the valuation without the discount rate, smoothing, resale discount or capital
 * intensity; the scorecard on the end TSR counting every GW online; no resale market (unlimited demand at the
 * reference price), no layoff limits or velocity, no revolver or commercial paper, stakes' benefits not
 * scaled by the share. Issue 10, session 3: no star pools (rivals' stars unlimited), a controlling stake with
 * the full benefit and no merger review, an equity raise without a signal.
 */
public final class LegacyDefaults {
    private LegacyDefaults() {
    }

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private static ObjectNode valuation() {
        ObjectNode o = F.objectNode();
        o.put("equityRiskPremium", 0.0);
        o.put("terminalGrowth", 0.0);
        o.put("growthSmoothing", 0.0);
        o.put("resaleValueShare", 1.0);
        o.put("reinvestmentGrowth", 0.0);
        o.put("idleCapitalPenalty", 0.0);
        o.put("minCapitalFactor", 0.5);
        return o;
    }

    private static ObjectNode scorecard() {
        ObjectNode o = F.objectNode();
        o.put("tsrFinalQuarters", 1);
        o.put("idleGwWeight", 1.0);
        return o;
    }

    private static ObjectNode economics() {
        ObjectNode e = F.objectNode();
        ObjectNode r = e.putObject("resale");
        r.put("demandH100e", 0.0);
        r.put("demandGrowthPerQuarter", 0.0);
        r.put("rivalSupplyH100e", 0.0);
        r.put("rivalSupplyGrowthPerQuarter", 0.0);
        r.put("priceElasticity", 1.0);
        r.put("priceDeclinePerGeneration", 0.0);
        r.put("algorithmicDeclinePerQuarter", 0.0);
        r.put("contractQuarters", 0);
        r.put("minPriceShare", 0.0);
        ObjectNode w = e.putObject("workforce");
        for (String f : new String[] {"maxCutPercentPerYear", "fixedCostFloorShare", "velocityHitPerPercent",
                "velocityCompounding", "velocityRecoveryPerQuarter", "velocityGrowthPenalty", "velocityLabPenalty",
                "minVelocity", "computePerStarH100e", "ownStarsAtRiskShare"}) {
            w.put(f, 0.0);
        }
        ObjectNode l = e.putObject("liquidity");
        l.put("revolverLimitM", 0);
        l.put("revolverCutPerNotch", 0.0);
        l.put("revolverMinRating", "");
        l.put("revolverSpreadBp", 0);
        l.put("revolverCommitmentFeeBp", 0);
        l.put("paperLimitM", 0);
        l.put("paperMinRating", "");
        l.put("paperSpreadBp", 0);
        l.put("deferPenaltyShare", 0.0);
        l.put("maxDeferQuarters", 0);
        l.put("cancelPenaltyShare", 0.0);
        ObjectNode s = e.putObject("stakes");
        s.put("fullBenefitShare", 0.0);
        s.put("benefitExponent", 1.0);
        s.put("controlBenefitShare", 1.0);
        s.put("controlReviewQuarters", 0);
        ObjectNode t = e.putObject("talent");
        t.putArray("pools");
        t.put("scarcityPremium", 0.0);
        ObjectNode q = e.putObject("equity");
        q.put("signalPerShareOfCap", 0.0);
        q.put("signalQuarters", 0);
        return e;
    }

    /** A copy of the scenario tree with every missing later field filled in with its old-behaviour value. */
    public static JsonNode fill(JsonNode scenario) {
        if (scenario == null || !scenario.isObject()) {
            return scenario;
        }
        ObjectNode copy = scenario.deepCopy();
        fillSection(copy, "valuation", valuation());
        fillSection(copy, "scorecard", scorecard());
        JsonNode economics = copy.get("economics");
        if (economics == null) {
            copy.set("economics", economics());
        } else if (economics.isObject()) {
            // Issue 10, session 3: star pools, the controlling stake's benefit and review, the equity signal.
            ObjectNode defaults = economics();
            fillSection((ObjectNode) economics, "stakes", (ObjectNode) defaults.get("stakes"));
            for (String section : new String[] {"talent", "equity"}) {
                if (!economics.has(section)) {
                    ((ObjectNode) economics).set(section, defaults.get(section));
                }
            }
        }
        // Issue 9, session 3: the limits that were literals in the rules, at the values they had.
        fillSection(copy, "macro", limits("baseRateFloor", 0.0, "baseRateCap", 0.15, "dataCenterAssetIndexMin", 0.5,
                "dataCenterAssetIndexMax", 1.6));
        fillSection(copy, "costs", limits("realityLabsMaxBudgetMultiple", 3.0));
        fillSection(copy, "finance", limits("maxDividendPerShare", 10.0, "maxBuybackPerQuarterM", 50_000.0));
        fillSection(copy, "valuation", limits("minValuedEbitdaM", 1000.0));
        return copy;
    }

    /** An object of (name, value) pairs. */
    private static ObjectNode limits(Object... pairs) {
        ObjectNode o = F.objectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            double v = (Double) pairs[i + 1];
            if (v == StrictMath.rint(v) && ((String) pairs[i]).endsWith("M")) {
                o.put((String) pairs[i], (long) v);
            } else {
                o.put((String) pairs[i], v);
            }
        }
        return o;
    }

    private static void fillSection(ObjectNode root, String section, ObjectNode defaults) {
        JsonNode node = root.get(section);
        if (node == null || !node.isObject()) {
            return;
        }
        ObjectNode o = (ObjectNode) node;
        Iterator<Map.Entry<String, JsonNode>> it = defaults.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> d = it.next();
            if (!o.has(d.getKey())) {
                o.set(d.getKey(), d.getValue());
            }
        }
    }
}
