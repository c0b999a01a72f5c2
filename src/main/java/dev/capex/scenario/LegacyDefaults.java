package dev.capex.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that gives a save's embedded scenario the fields added to the scenario format after the save
 * was written, each with the value that keeps the behaviour the save was played with, so that it still loads
 * and replays to its recorded digests. Only the embedded scenario of a save gets them
 * ({@link ScenarioLoader#fromTree}); a scenario file must state every field (docs/scenario-format.md).
 *
 * <p>Each entry is one missing key: "in the object at this path, if the key is absent, put this value" (a
 * whole section is one entry whose value is an object). Entries apply in order, so a later entry can add a
 * field to a section an earlier entry supplied. A new scenario field that changes behaviour adds one entry
 * here, with the issue that added it.
 */
public final class LegacyDefaults {
    private LegacyDefaults() {
    }

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** In the object at {@code path} (dotted, "" = the scenario itself), {@code key} absent gets {@code value}. */
    private record Entry(String path, String key, JsonNode value) {
    }

    private static final List<Entry> ENTRIES = entries();

    private static List<Entry> entries() {
        List<Entry> e = new ArrayList<>();
        // Issue 10 (economics): the valuation without the discount rate, smoothing, resale discount or capital
        // intensity; the scorecard on the end TSR counting every GW online; no resale market (unlimited demand at
        // the reference price), no layoff limits or velocity, no revolver or commercial paper, stakes' benefits
        // not scaled by the share.
        put(e, "valuation", "equityRiskPremium", 0.0);
        put(e, "valuation", "terminalGrowth", 0.0);
        put(e, "valuation", "growthSmoothing", 0.0);
        put(e, "valuation", "resaleValueShare", 1.0);
        put(e, "valuation", "reinvestmentGrowth", 0.0);
        put(e, "valuation", "idleCapitalPenalty", 0.0);
        put(e, "valuation", "minCapitalFactor", 0.5);
        put(e, "scorecard", "tsrFinalQuarters", 1);
        put(e, "scorecard", "idleGwWeight", 1.0);
        e.add(new Entry("", "economics", economics()));
        // Issue 10, session 3: no star pools (rivals' stars unlimited), a controlling stake with the full benefit
        // and no merger review, an equity raise without a signal (also in saves whose economics predate them).
        ObjectNode econ = economics();
        econ.get("stakes").fields().forEachRemaining(f -> e.add(new Entry("economics.stakes", f.getKey(), f.getValue())));
        e.add(new Entry("economics", "talent", econ.get("talent")));
        e.add(new Entry("economics", "equity", econ.get("equity")));
        // Issue 11 (calibration to spring 2025): engagement from all rivals' users, even Reality Labs costs, no
        // fleet operations cost, even construction spending, no stock-based compensation or tax timing, no
        // servers bought by everyday capex.
        put(e, "revenue", "adoptionFromStartShare", 0.0);
        e.add(new Entry("costs", "realityLabsSeasonality", F.arrayNode()));
        put(e, "costs", "fleetOpexPerGwQuarterM", 0.0);
        put(e, "costs", "constructionSCurveShare", 0.0);
        ObjectNode a = F.objectNode();
        a.put("stockCompShareOfCoreOpex", 0.0);
        a.put("rsuTaxShareOfStockComp", 0.0);
        a.put("currentTaxShareOfExpense", 1.0);
        a.put("taxPaidInQuarterShare", 1.0);
        a.put("maintenanceCapexServerShare", 0.0);
        e.add(new Entry("", "accounting", a));
        // Issue 11 (bond deals): no Treasury curve, so bonds price over the base rate plus a term premium.
        e.add(new Entry("finance", "treasuryCurve", F.arrayNode()));
        e.add(new Entry("finance", "treasuryCurveSource", F.textNode("")));
        // Issue 11 (model releases): a held model (never in older saves) loses no Elo while held.
        put(e, "ai", "heldEloLossPerQuarter", 0.0);
        // Issue 9 (calibration out of the rules): the limits that were literals in the rules, at their values then.
        put(e, "macro", "baseRateFloor", 0.0);
        put(e, "macro", "baseRateCap", 0.15);
        put(e, "macro", "dataCenterAssetIndexMin", 0.5);
        put(e, "macro", "dataCenterAssetIndexMax", 1.6);
        put(e, "costs", "realityLabsMaxBudgetMultiple", 3.0);
        put(e, "finance", "maxDividendPerShare", 10.0);
        put(e, "finance", "maxBuybackPerQuarterM", 50_000);
        put(e, "valuation", "minValuedEbitdaM", 1000.0);
        // Issue 9, session 4 (a cheaper normal generator): every game before drew its normals by Box-Muller.
        e.add(new Entry("", "normalDraws", F.textNode("boxMuller")));
        return List.copyOf(e);
    }

    private static void put(List<Entry> e, String path, String key, double value) {
        e.add(new Entry(path, key, F.numberNode(value)));
    }

    private static void put(List<Entry> e, String path, String key, int value) {
        e.add(new Entry(path, key, F.numberNode(value)));
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
        for (Entry x : ENTRIES) {
            JsonNode at = x.path().isEmpty() ? copy : copy.at("/" + x.path().replace('.', '/'));
            if (at instanceof ObjectNode o && !o.has(x.key())) {
                o.set(x.key(), x.value().deepCopy());
            }
        }
        return copy;
    }
}
