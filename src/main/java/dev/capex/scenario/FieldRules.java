package dev.capex.scenario;

import dev.capex.engine.levers.LeverRules;
import dev.capex.engine.model.CardEffect;
import dev.capex.engine.model.CardKind;
import dev.capex.engine.model.ConditionMetric;
import dev.capex.engine.model.ConditionOp;
import dev.capex.engine.model.CreditStructure;
import dev.capex.engine.model.NormalDraws;
import dev.capex.engine.model.ReactionEffect;
import dev.capex.engine.model.ReactionTrigger;
import dev.capex.engine.decision.Decision;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What each field of a scenario may hold, as data: the range of every number, which texts are quarters,
 * and the vocabularies the engine understands. The validator checks against these tables and the JSON
 * Schema (docs/scenario.schema.json) is generated from them, so the two say the same thing.
 *
 * <p>Keys are {@code Record.component} (the simple name of the nested record in
 * {@link dev.capex.engine.model.Scenario}, or {@code Scenario} for the top level); {@code Record.component[]}
 * is an element of a list. Every number in the scenario has a declared range (a test holds this): a new
 * field needs a line in {@link #BOUNDS}.
 */
public final class FieldRules {
    private FieldRules() {
    }

    /** A closed or open interval; infinite ends mean unbounded. */
    public record Bound(double min, boolean minExclusive, double max, boolean maxExclusive) {
        public boolean contains(double v) {
            if (!Double.isFinite(v)) {
                return false;
            }
            boolean lo = minExclusive ? v > min : v >= min;
            boolean hi = maxExclusive ? v < max : v <= max;
            return lo && hi;
        }

        /** "between 0 and 1", "greater than 0", "0 or more", "any number". */
        public String describe() {
            boolean hasMin = Double.isFinite(min);
            boolean hasMax = Double.isFinite(max);
            if (hasMin && hasMax) {
                if (!minExclusive && !maxExclusive) {
                    return "between " + num(min) + " and " + num(max);
                }
                return "in " + (minExclusive ? "(" : "[") + num(min) + ", " + num(max) + (maxExclusive ? ")" : "]");
            }
            if (hasMin) {
                return minExclusive ? "greater than " + num(min) : num(min) + " or more";
            }
            if (hasMax) {
                return maxExclusive ? "less than " + num(max) : num(max) + " or less";
            }
            return "any finite number";
        }

        static String num(double d) {
            if (d == StrictMath.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return Double.toString(d);
        }
    }

    static final double INF = Double.POSITIVE_INFINITY;
    /** A share, fraction or probability. */
    public static final Bound SHARE = new Bound(0, false, 1, false);
    public static final Bound NON_NEGATIVE = new Bound(0, false, INF, false);
    public static final Bound POSITIVE = new Bound(0, true, INF, false);
    public static final Bound ANY = new Bound(-INF, false, INF, false);
    /** A signed change of a share, such as a growth rate. */
    public static final Bound SIGNED_SHARE = new Bound(-1, false, 1, false);

    static Bound between(double min, double max) {
        return new Bound(min, false, max, false);
    }

    /**
     * No number is unbounded (docs/limits.md): an open end of a range becomes the field's cap, by what the
     * field counts. Millions of dollars at most a quadrillion dollars, basis points 1,000%, quarters and
     * years 400, anything else a trillion: far beyond any real company, and small enough that the game's
     * arithmetic stays exact and no figure reaches 1e16.
     */
    public static double cap(String component) {
        String c = component.replace("[]", "");
        if (c.endsWith("M")) {
            return 1e9;
        }
        if (c.endsWith("Bp")) {
            return 100_000;
        }
        if (c.contains("Quarters") || c.endsWith("Years")) {
            return 400;
        }
        return 1e12;
    }

    static Bound capped(Bound b, String component) {
        double cap = cap(component);
        return new Bound(Double.isInfinite(b.min()) ? -cap : b.min(), b.minExclusive(),
                Double.isInfinite(b.max()) ? cap : b.max(), b.maxExclusive());
    }

    /** Every number field's range, keyed Record.component. */
    public static final Map<String, Bound> BOUNDS = new LinkedHashMap<>();

    private static void b(Bound bound, String record, String... components) {
        for (String c : components) {
            if (BOUNDS.put(record + "." + c, capped(bound, c)) != null) {
                throw new IllegalStateException("declared twice: " + record + "." + c);
            }
        }
    }

    static {
        b(NON_NEGATIVE, "Company", "cashM", "legacyServersNetM", "legacyBuildingsNetM", "otherAssetsM",
                "otherLiabilitiesM", "dividendPerShare", "buybackPerQuarterM", "realityLabsBudgetM", "minimumCashM",
                "capexEarlierThisYearM");
        b(POSITIVE, "Company", "legacyServersLifeQuarters", "legacyBuildingsLifeQuarters", "sharesOutstanding",
                "sharePrice");
        b(SHARE, "Company", "trainingShare", "resaleShare");

        b(POSITIVE, "HistoryQuarter", "revenueM");
        b(NON_NEGATIVE, "HistoryQuarter", "interestM", "capexM");
        b(ANY, "HistoryQuarter", "ebitdaM", "netIncomeM", "operatingCashFlowM");

        // The rate and the asset index stay within the scenario's own floor and cap (Semantics checks the opening
        // values against them); the ranges here only keep those in reason.
        b(between(0, 0.5), "Macro", "baseRate", "baseRateLongRun", "baseRateFloor", "baseRateCap");
        b(SHARE, "Macro", "baseRateReversion", "gpuShortage", "gpuShortageLongRun", "gpuShortageReversion",
                "spreadShockPersistence", "growthShockPersistence", "supplyTightAbove", "minSupplyFraction",
                "extraLeadTimeAbove");
        b(NON_NEGATIVE, "Macro", "baseRateSd", "creditSpreadShockSd", "gpuShortageSd", "gpuPremiumPerShortage",
                "dataCenterAssetIndexSd", "marketSd", "supplyCutPerShortage");
        b(POSITIVE, "Macro", "powerPricePerMwh");
        b(between(0.01, 100), "Macro", "dataCenterAssetIndex", "dataCenterAssetIndexMin", "dataCenterAssetIndexMax");
        b(between(1, 100), "Costs", "realityLabsMaxBudgetMultiple");
        b(NON_NEGATIVE, "Finance", "maxDividendPerShare", "maxBuybackPerQuarterM");
        b(POSITIVE, "Valuation", "minValuedEbitdaM");

        b(POSITIVE, "Revenue", "baseQuarterlyM", "seasonality[]", "aiUpliftScaleH100e", "engagementGapScaleElo",
                "consumerAiUsersScaleM");
        b(SIGNED_SHARE, "Revenue", "organicGrowth", "growthFloor");
        b(NON_NEGATIVE, "Revenue", "growthDecayPerYear", "growthSd", "aiUpliftMax", "aiUpliftPerEloAboveStart",
                "realityLabsRevenueM", "resalePricePerH100eQuarter", "maxAdoption", "realityLabsRevenueElasticity");
        b(SHARE, "Revenue", "engagementMaxLoss", "minEngagement", "priceWarUpliftShare");

        b(NON_NEGATIVE, "Costs", "coreOpexFixedM", "maintenanceCapexPerQuarterM", "severanceQuartersOfSaving",
                "legalCostPerProbeQuarterM", "delayOverrunShare", "maxDelaysPerProject",
                "realityLabsWindDownQuartersOfCut");
        b(SHARE, "Costs", "coreOpexVariableShare", "taxRate");
        b(SIGNED_SHARE, "Costs", "coreOpexGrowthPerQuarter");
        b(POSITIVE, "Costs", "powerMwhPerGwQuarter", "gpuLifeQuarters", "buildingLifeQuarters");
        b(new Bound(0, true, 100, false), "Costs", "restructuringMaxPercent");
        b(POSITIVE, "Costs", "realityLabsSeasonality[]");
        b(NON_NEGATIVE, "Costs", "fleetOpexPerGwQuarterM");
        b(SHARE, "Costs", "constructionSCurveShare");
        b(SHARE, "Revenue", "adoptionFromStartShare");
        b(SHARE, "Accounting", "stockCompShareOfCoreOpex", "rsuTaxShareOfStockComp", "taxPaidInQuarterShare",
                "maintenanceCapexServerShare");
        b(between(0, 3), "Accounting", "currentTaxShareOfExpense");

        b(NON_NEGATIVE, "Finance", "leaseAdjustmentFactor", "guaranteeAdjustmentFactor", "cashYieldBelowBase",
                "bondArrangementQuarters", "emergencyLimitM", "emergencySpreadBp", "emergencyDowngradeNotches",
                "buybackPremium", "leaseYieldSpreadBp", "bondTermPremiumBpPerYear", "sweepAboveMinimumMultiple");
        b(POSITIVE, "Finance", "maxDowngradeNotchesPerQuarter", "upgradeAfterQuarters", "bondMinM",
                "bondMaxPerQuarterM", "bondTenorsYears[]", "covenantBreachesToDefault", "leaseTermQuarters");
        b(SHARE, "Finance", "bondFeeShare", "equityDiscount", "equityFeeShare", "equityMaxShareOfCapPerQuarter",
                "jvPartnerShare", "residualValueGuaranteeShare", "nonVotingEffectShare", "impairmentThreshold",
                "forcedSaleDiscount", "maxResaleShare");

        b(between(0, 1000), "Ai", "heldEloLossPerQuarter");
        b(new Bound(0, true, 100, false), "CurvePoint", "years");
        b(between(-0.05, 0.3), "CurvePoint", "parYield");

        b(NON_NEGATIVE, "RatingNotch", "spreadBp");
        b(ANY, "RatingNotch", "maxNetLeverage", "minInterestCover");

        b(NON_NEGATIVE, "Lender", "spreadBp", "minInterestCover", "equityReturnPremiumBp");
        b(POSITIVE, "Lender", "tenorQuarters", "minM", "maxM");
        b(ANY, "Lender", "maxNetLeverage");
        b(SHARE, "Lender", "maxEquityCoInvestShare");

        b(POSITIVE, "DebtSpec", "principalM");
        b(SHARE, "DebtSpec", "couponRate");

        b(POSITIVE, "StakeTarget", "valuationM");
        b(new Bound(0, true, 1, false), "StakeTarget", "minStake", "maxStake");
        b(NON_NEGATIVE, "StakeTarget", "controlPremium", "dataQualityGain", "leaderStars", "inferenceEfficiencyGain",
                "impairmentSd", "integrationQuarters");
        b(SHARE, "StakeTarget", "customerFlightShare", "antitrustProbability", "antitrustProbabilityControl",
                "divestitureProbability");

        b(NON_NEGATIVE, "Talent", "startingStars", "factorK", "retentionPayGap", "packagePremiumPerRankBelowTen",
                "rivalSlowdownEloPerStar", "retentionMoraleSensitivity",
                "counterOfferRetentionFactor");
        b(POSITIVE, "Talent", "factorScale", "marketPackageM", "maxPackageM", "maxStarsPerQuarter");
        b(SHARE, "Talent", "vestingByYear[]", "stockShare", "retentionBase", "moraleHitPerPercentLayoff",
                "moraleRecoveryPerQuarter", "rivalSlowdownRecovery", "minMorale", "maxRetentionRisk");

        b(POSITIVE, "GpuGeneration", "priceUsd", "h100Equivalent", "kwPerGpu", "maxUnitsPerQuarter");
        b(new Bound(0, false, 1, true), "GpuGeneration", "priceDeclinePerQuarter");
        b(NON_NEGATIVE, "GpuGeneration", "leadTimeQuarters");
        b(SHARE, "GpuGeneration", "depositShare");

        b(POSITIVE, "CohortSpec", "units");
        b(NON_NEGATIVE, "CohortSpec", "grossCostM", "accumulatedDepreciationM");

        b(POSITIVE, "SiteSpec", "maxGw", "costPerGwM", "buildQuarters");
        b(NON_NEGATIVE, "SiteSpec", "onlineGw", "onlineBookValueM", "underConstructionGw", "constructionSpentM");
        b(SHARE, "SiteSpec", "powerDelayProbability");

        b(POSITIVE, "CloudProvider", "pricePerH100eQuarter", "minQuarters", "maxQuarters", "maxH100e");
        b(NON_NEGATIVE, "CloudProvider", "leadQuarters");

        b(POSITIVE, "ParcelSpec", "bookValueM", "outrightPriceFactor");
        b(SHARE, "ParcelSpec", "jvPartnerShare", "jvDistributionShare");

        b(POSITIVE, "Ai", "runLengthQuarters", "eloBase", "referenceCompute", "startingElo", "retireAfterQuarters");
        b(NON_NEGATIVE, "Ai", "eloPerDecade", "eloNoiseSd", "techniqueGrowthPerQuarter", "dataFactorBase",
                "dataFactorSlope", "reasoningStarsRequired", "reasoningElo");
        b(SHARE, "Ai", "startingDataQuality", "reasoningDataRequired", "minTrainingShare", "maxTrainingShare");

        b(NON_NEGATIVE, "Competitor", "eloNoiseSd", "releaseEveryQuarters");
        b(SHARE, "Competitor", "releaseProbability");
        b(ANY, "PathPoint", "value");
        b(ANY, "Reaction", "threshold", "magnitude");
        b(new Bound(-1, false, INF, false), "Reaction", "capexBoost");
        b(POSITIVE, "Reaction", "quarters");
        b(POSITIVE, "ArenaEntry", "elo");

        b(SHARE, "EventCard", "probability");
        b(ANY, "Condition", "value");
        b(ANY, "Effect", "magnitude");
        b(POSITIVE, "Effect", "quarters");

        b(POSITIVE, "Valuation", "baseMultiple", "rankReference", "minMultiple", "maxMultiple");
        b(NON_NEGATIVE, "Valuation", "growthSensitivity", "rankWeight", "computeGrowthWeight", "leveragePenalty",
                "ratingPenaltyPerNotch", "capexImpatienceThreshold", "capexImpatienceSensitivity");
        b(ANY, "Valuation", "referenceGrowth", "leverageFree");
        b(SHARE, "Valuation", "noisePersistence", "maxPenalty", "minMarketFactor", "evFloorShare");

        b(between(0, 0.15), "Valuation", "equityRiskPremium");
        b(between(0, 0.1), "Valuation", "terminalGrowth");
        b(SHARE, "Valuation", "growthSmoothing");
        b(SHARE, "Valuation", "resaleValueShare", "minCapitalFactor");
        b(between(0, 0.5), "Valuation", "reinvestmentGrowth");
        b(between(0, 5), "Valuation", "idleCapitalPenalty");

        b(NON_NEGATIVE, "Scorecard", "tsrWeight", "rankWeight", "ratingWeight", "fcfWeight", "gwWeight",
                "survivalWeight");
        b(POSITIVE, "Scorecard", "fcfScaleM", "gwScale");
        b(between(1, 40), "Scorecard", "tsrFinalQuarters");
        b(SHARE, "Scorecard", "idleGwWeight");

        b(NON_NEGATIVE, "ResaleMarket", "demandH100e", "rivalSupplyH100e", "contractQuarters");
        b(SIGNED_SHARE, "ResaleMarket", "demandGrowthPerQuarter", "rivalSupplyGrowthPerQuarter");
        b(POSITIVE, "ResaleMarket", "priceElasticity");
        b(new Bound(0, false, 1, true), "ResaleMarket", "priceDeclinePerGeneration", "algorithmicDeclinePerQuarter");
        b(SHARE, "ResaleMarket", "minPriceShare");

        b(between(0, 100), "Workforce", "maxCutPercentPerYear");
        b(SHARE, "Workforce", "fixedCostFloorShare", "velocityHitPerPercent", "velocityRecoveryPerQuarter", "minVelocity",
                "ownStarsAtRiskShare");
        b(NON_NEGATIVE, "Workforce", "velocityCompounding", "velocityGrowthPenalty", "velocityLabPenalty",
                "computePerStarH100e");

        b(NON_NEGATIVE, "Liquidity", "revolverLimitM", "revolverSpreadBp", "revolverCommitmentFeeBp", "paperLimitM",
                "paperSpreadBp", "maxDeferQuarters");
        b(SHARE, "Liquidity", "revolverCutPerNotch", "deferPenaltyShare", "cancelPenaltyShare");

        b(SHARE, "StakeBenefits", "fullBenefitShare");
        b(NON_NEGATIVE, "StakeBenefits", "benefitExponent", "controlReviewQuarters");
        b(SHARE, "StakeBenefits", "controlBenefitShare");
        b(NON_NEGATIVE, "TalentMarket", "scarcityPremium");
        b(NON_NEGATIVE, "StarPool", "stars");
        b(NON_NEGATIVE, "EquitySignal", "signalPerShareOfCap", "signalQuarters");
    }

    /** Texts that are quarters, written like 2025Q2. */
    public static final Set<String> QUARTERS = Set.of(
            "Scenario.startQuarter", "Scenario.endQuarter", "HistoryQuarter.quarter", "Lender.amortizationStart",
            "DebtSpec.maturity", "StakeTarget.availableFrom", "GpuGeneration.availableFrom", "CohortSpec.delivered",
            "SiteSpec.constructionCompletes", "SiteSpec.availableFrom", "Ai.startingModelReleased", "PathPoint.quarter",
            "Headline.quarter", "ArenaEntry.released", "EventCard.quarter", "EventCard.earliest", "EventCard.latest");

    /** The pattern of a quarter in the JSON Schema (Quarter.parse accepts either case of Q). */
    public static final String QUARTER_PATTERN = "^[0-9]{4}[Qq][1-4]$";

    /** Event card effects (engine.model.CardEffect). */
    public static final List<String> CARD_EFFECTS = names(CardEffect.class);
    /** Condition metrics (engine.model.ConditionMetric). */
    public static final List<String> CONDITION_METRICS = names(ConditionMetric.class);
    /** Condition comparisons (engine.model.ConditionOp). */
    public static final List<String> CONDITION_OPS = names(ConditionOp.class);
    /** Reaction triggers (engine.model.ReactionTrigger). */
    public static final List<String> REACTION_TRIGGERS = names(ReactionTrigger.class);
    /** Reaction effects (engine.model.ReactionEffect). */
    public static final List<String> REACTION_EFFECTS = names(ReactionEffect.class);
    /** Event card kinds (engine.model.CardKind). */
    public static final List<String> EVENT_KINDS = names(CardKind.class);
    /** Private credit structures (engine.model.CreditStructure). */
    public static final List<String> LENDER_STRUCTURES = names(CreditStructure.class);
    /** How normal variates are drawn (engine.model.NormalDraws). */
    public static final List<String> NORMAL_DRAWS = names(NormalDraws.class);

    private static List<String> names(Class<? extends Enum<?>> e) {
        return Structure.names(e);
    }

    /** The decision types, from the engine's lever registry (for disabledLevers). */
    public static final List<String> DECISION_TYPES = decisionTypes();

    /**
     * Closed vocabularies, keyed Record.component (or Record.component[] for list elements): the enums'
     * names (the scenario binder rejects any other value, with its location) and the levers' names.
     */
    public static final Map<String, List<String>> ENUMS = Map.of(
            "Effect.type", CARD_EFFECTS,
            "Condition.metric", CONDITION_METRICS,
            "Condition.op", CONDITION_OPS,
            "Reaction.trigger", REACTION_TRIGGERS,
            "Reaction.effect", REACTION_EFFECTS,
            "EventCard.kind", EVENT_KINDS,
            "Lender.structures[]", LENDER_STRUCTURES,
            "Scenario.disabledLevers[]", DECISION_TYPES,
            "Scenario.normalDraws", NORMAL_DRAWS);

    /** Texts that must not be blank. */
    public static boolean mustNotBeBlank(String record, String component) {
        return component.equals("id") || component.equals("name") || component.equals("title")
                || component.equals("generation") || component.equals("lab") || component.equals("startRating")
                || component.equals("startingModel") || component.equals("modelPrefix") || component.equals("text")
                || QUARTERS.contains(record + "." + component);
    }

    private static List<String> decisionTypes() {
        return List.copyOf(new TreeSet<>(LeverRules.TYPES));
    }

    private static Object defaultValue(Class<?> t) {
        if (!t.isPrimitive()) {
            return null;
        }
        if (t == boolean.class) {
            return false;
        }
        if (t == int.class) {
            return 0;
        }
        if (t == long.class) {
            return 0L;
        }
        if (t == double.class) {
            return 0.0;
        }
        throw new IllegalStateException("unexpected field type " + t);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
