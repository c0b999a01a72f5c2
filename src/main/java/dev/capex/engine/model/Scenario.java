package dev.capex.engine.model;

import java.util.List;

/**
 * A scenario: every figure and every parameter of every formula the engine uses. The engine holds no
 * calibration constants of its own; they all live here, read from scenarios/*.json.
 * Money is in millions of US dollars (suffix M), rates are fractions per year unless named otherwise.
 * See docs/scenario-format.md for each field, its unit, range and source.
 */
public record Scenario(
        String id,
        String name,
        String description,
        String lesson,
        String startQuarter,
        String endQuarter,
        Company company,
        List<HistoryQuarter> history,
        Macro macro,
        Revenue revenue,
        Costs costs,
        Finance finance,
        List<Lender> lenders,
        List<DebtSpec> existingDebt,
        List<StakeTarget> targets,
        Talent talent,
        List<GpuGeneration> gpuGenerations,
        List<CohortSpec> startingFleet,
        List<SiteSpec> sites,
        List<CloudProvider> cloudProviders,
        List<ParcelSpec> assetsForSale,
        Ai ai,
        List<Competitor> competitors,
        List<ArenaEntry> arenaField,
        List<EventCard> events,
        Valuation valuation,
        Scorecard scorecard,
        List<String> disabledLevers,
        Economics economics,
        Accounting accounting,
        NormalDraws normalDraws,
        ScenarioDe de) {

    /**
     * The German of a scenario object's texts, written beside the English ones in an optional {@code "de"}
     * object (docs/languages.md): the shell shows it to a German player, the engine never reads it. Every
     * component is optional (null when the scenario does not give it), and a {@code "de"} field may be left out.
     */
    public interface German {
    }

    /** The German of the scenario's name, welcome paragraph and lesson. */
    public record ScenarioDe(String name, String description, String lesson) implements German {
    }

    /** The German of an event card's title and text. */
    public record CardDe(String title, String description) implements German {
    }

    /** The German of a rival's headline or reaction. */
    public record TextDe(String text) implements German {
    }

    /** The German of a site's name and location. */
    public record SiteDe(String name, String location) implements German {
    }

    /** The German of a stake target's name and kind. */
    public record TargetDe(String name, String kind) implements German {
    }

    /** The German of a name (a parcel held for sale, a bond). */
    public record NameDe(String name) implements German {
    }

    public Quarter start() {
        return Quarter.parse(startQuarter);
    }

    public Quarter end() {
        return Quarter.parse(endQuarter);
    }

    /** Number of turns (quarters) in the game. */
    public int turns() {
        return end().minus(start()) + 1;
    }

    public GpuGeneration generation(String id) {
        for (int i = 0; i < gpuGenerations.size(); i++) { // indexed, here and below: no iterator (C1, which batch runs use, does not elide it)
            GpuGeneration g = gpuGenerations.get(i);
            if (Ids.same(g.id(), id)) {
                return g;
            }
        }
        return null;
    }

    public Lender lender(String id) {
        for (int i = 0; i < lenders.size(); i++) {
            Lender l = lenders.get(i);
            if (Ids.same(l.id(), id)) {
                return l;
            }
        }
        return null;
    }

    public StakeTarget target(String id) {
        for (int i = 0; i < targets.size(); i++) {
            StakeTarget t = targets.get(i);
            if (Ids.same(t.id(), id)) {
                return t;
            }
        }
        return null;
    }

    public SiteSpec site(String id) {
        for (int i = 0; i < sites.size(); i++) {
            SiteSpec s = sites.get(i);
            if (Ids.same(s.id(), id)) {
                return s;
            }
        }
        return null;
    }

    public CloudProvider cloudProvider(String id) {
        for (int i = 0; i < cloudProviders.size(); i++) {
            CloudProvider c = cloudProviders.get(i);
            if (Ids.same(c.id(), id)) {
                return c;
            }
        }
        return null;
    }

    public ParcelSpec parcel(String id) {
        for (int i = 0; i < assetsForSale.size(); i++) {
            ParcelSpec p = assetsForSale.get(i);
            if (Ids.same(p.id(), id)) {
                return p;
            }
        }
        return null;
    }

    public Competitor competitor(String id) {
        for (int i = 0; i < competitors.size(); i++) {
            Competitor c = competitors.get(i);
            if (Ids.same(c.id(), id)) {
                return c;
            }
        }
        return null;
    }

    public boolean leverEnabled(String decisionType) {
        return disabledLevers == null || !disabledLevers.contains(decisionType);
    }

    /** The opening position: Meta's balance sheet at the end of the quarter before the game starts. */
    public record Company(
            String name,
            long cashM,
            long legacyServersNetM,
            int legacyServersLifeQuarters,
            long legacyBuildingsNetM,
            int legacyBuildingsLifeQuarters,
            long otherAssetsM,
            long otherLiabilitiesM,
            long sharesOutstanding,
            double sharePrice,
            double dividendPerShare,
            long buybackPerQuarterM,
            long realityLabsBudgetM,
            double trainingShare,
            double resaleShare,
            long minimumCashM,
            long capexEarlierThisYearM) {
    }

    /** A reported quarter before the start, so that trailing-twelve-month figures exist on turn one. */
    public record HistoryQuarter(
            String quarter, long revenueM, long ebitdaM, long netIncomeM, long interestM, long capexM,
            long operatingCashFlowM) {
    }

    /** The macro world: rates, GPU market, power and asset prices, and how they move. */
    public record Macro(
            double baseRate,
            double baseRateLongRun,
            double baseRateReversion,
            double baseRateSd,
            double creditSpreadShockSd,
            double gpuShortage,
            double gpuShortageLongRun,
            double gpuShortageReversion,
            double gpuShortageSd,
            double gpuPremiumPerShortage,
            double powerPricePerMwh,
            double dataCenterAssetIndex,
            double dataCenterAssetIndexSd,
            double marketSd,
            double spreadShockPersistence,
            double growthShockPersistence,
            double supplyTightAbove,
            double supplyCutPerShortage,
            double minSupplyFraction,
            double extraLeadTimeAbove,
            double baseRateFloor,
            double baseRateCap,
            double dataCenterAssetIndexMin,
            double dataCenterAssetIndexMax) {
    }

    /** Ad revenue: level, seasons, growth, and what AI adds or takes away. */
    public record Revenue(
            long baseQuarterlyM,
            List<Double> seasonality,
            double organicGrowth,
            double growthDecayPerYear,
            double growthFloor,
            double growthSd,
            double aiUpliftMax,
            double aiUpliftScaleH100e,
            double aiUpliftPerEloAboveStart,
            double engagementMaxLoss,
            double engagementGapScaleElo,
            double consumerAiUsersScaleM,
            long realityLabsRevenueM,
            double resalePricePerH100eQuarter,
            double maxAdoption,
            double minEngagement,
            double priceWarUpliftShare,
            double realityLabsRevenueElasticity,
            double adoptionFromStartShare) {
    }

    /** Operating costs other than those of the levers themselves. */
    public record Costs(
            long coreOpexFixedM,
            double coreOpexVariableShare,
            double coreOpexGrowthPerQuarter,
            double powerMwhPerGwQuarter,
            long maintenanceCapexPerQuarterM,
            int gpuLifeQuarters,
            int buildingLifeQuarters,
            double taxRate,
            double severanceQuartersOfSaving,
            double restructuringMaxPercent,
            double legalCostPerProbeQuarterM,
            double delayOverrunShare,
            int maxDelaysPerProject,
            double realityLabsWindDownQuartersOfCut,
            List<Double> realityLabsSeasonality,
            double fleetOpexPerGwQuarterM,
            double constructionSCurveShare,
            double realityLabsMaxBudgetMultiple) {
    }

    /** Credit: the rating ladder, bonds, equity raises, the emergency facility and covenants. */
    public record Finance(
            List<RatingNotch> ratings,
            String startRating,
            double leaseAdjustmentFactor,
            double guaranteeAdjustmentFactor,
            int maxDowngradeNotchesPerQuarter,
            int upgradeAfterQuarters,
            double cashYieldBelowBase,
            long bondMinM,
            long bondMaxPerQuarterM,
            List<Integer> bondTenorsYears,
            int bondArrangementQuarters,
            double bondFeeShare,
            double equityDiscount,
            double equityFeeShare,
            double equityMaxShareOfCapPerQuarter,
            long emergencyLimitM,
            int emergencySpreadBp,
            int emergencyDowngradeNotches,
            int covenantBreachesToDefault,
            double buybackPremium,
            int leaseYieldSpreadBp,
            int leaseTermQuarters,
            double jvPartnerShare,
            double residualValueGuaranteeShare,
            double nonVotingEffectShare,
            double impairmentThreshold,
            double forcedSaleDiscount,
            int bondTermPremiumBpPerYear,
            double maxResaleShare,
            double sweepAboveMinimumMultiple,
            List<CurvePoint> treasuryCurve,
            String treasuryCurveSource,
            double maxDividendPerShare,
            long maxBuybackPerQuarterM) {
        public Finance {
            treasuryCurve = treasuryCurve == null ? List.of() : List.copyOf(treasuryCurve);
        }
    }

    /**
     * One point of the Treasury par yield curve the scenario starts with: the yield of a Treasury note or
     * bond of this tenor. Meta's bonds price at a spread over the Treasury of the same tenor.
     */
    public record CurvePoint(int years, double parYield) {
    }

    /** One notch of the rating ladder, best first. An issuer gets the best notch whose limits it meets. */
    public record RatingNotch(String name, int spreadBp, double maxNetLeverage, double minInterestCover) {
    }

    /** A private credit lender and its terms. */
    public record Lender(
            String id,
            String name,
            int spreadBp,
            int tenorQuarters,
            String amortizationStart,
            long minM,
            long maxM,
            double maxNetLeverage,
            double minInterestCover,
            double maxEquityCoInvestShare,
            int equityReturnPremiumBp,
            List<CreditStructure> structures) {
    }

    /** Debt outstanding at the start. */
    public record DebtSpec(String id, String name, long principalM, double couponRate, String maturity, NameDe de) {
    }

    /** A company in which Meta may buy a stake, Scale-AI style. */
    public record StakeTarget(
            String id,
            String name,
            String kind,
            long valuationM,
            double controlPremium,
            double minStake,
            double maxStake,
            double dataQualityGain,
            int leaderStars,
            double inferenceEfficiencyGain,
            double customerFlightShare,
            double impairmentSd,
            double antitrustProbability,
            double antitrustProbabilityControl,
            double divestitureProbability,
            int integrationQuarters,
            String availableFrom,
            TargetDe de) {
    }

    /** Star researchers: how they add to the lab and what they cost. */
    public record Talent(
            int startingStars,
            double factorK,
            double factorScale,
            long marketPackageM,
            long maxPackageM,
            int maxStarsPerQuarter,
            List<Double> vestingByYear,
            double stockShare,
            double retentionBase,
            double retentionPayGap,
            double packagePremiumPerRankBelowTen,
            double rivalSlowdownEloPerStar,
            double moraleHitPerPercentLayoff,
            double moraleRecoveryPerQuarter,
            List<String> rivals,
            double rivalSlowdownRecovery,
            double retentionMoraleSensitivity,
            double counterOfferRetentionFactor,
            double minMorale,
            double maxRetentionRisk) {
    }

    /** A GPU generation and its market. */
    public record GpuGeneration(
            String id,
            String name,
            String availableFrom,
            double priceUsd,
            double priceDeclinePerQuarter,
            double h100Equivalent,
            double kwPerGpu,
            int leadTimeQuarters,
            long maxUnitsPerQuarter,
            double depositShare) {
    }

    /** GPUs Meta owns at the start. */
    public record CohortSpec(String generation, long units, long grossCostM, long accumulatedDepreciationM,
            String delivered) {
    }

    /** A data-center site: capacity online, under construction and buildable. */
    public record SiteSpec(
            String id,
            String name,
            String location,
            double maxGw,
            double onlineGw,
            long onlineBookValueM,
            double underConstructionGw,
            long constructionSpentM,
            String constructionCompletes,
            long costPerGwM,
            int buildQuarters,
            double powerDelayProbability,
            String availableFrom,
            SiteDe de) {
    }

    /** A cloud that rents GPU capacity: fast to start, an operating cost, take-or-pay. */
    public record CloudProvider(
            String id,
            String name,
            double pricePerH100eQuarter,
            int minQuarters,
            int maxQuarters,
            long maxH100e,
            int leadQuarters) {
    }

    /** Land and construction held for sale at the start. */
    public record ParcelSpec(String id, String name, long bookValueM, String linkedSite, double outrightPriceFactor,
            double jvPartnerShare, double jvDistributionShare, NameDe de) {
    }

    /** The AI race: how compute, talent and data become a model's Elo. */
    public record Ai(
            int runLengthQuarters,
            double eloBase,
            double eloPerDecade,
            double referenceCompute,
            double eloNoiseSd,
            double techniqueGrowthPerQuarter,
            double startingDataQuality,
            double dataFactorBase,
            double dataFactorSlope,
            int reasoningStarsRequired,
            double reasoningDataRequired,
            double reasoningElo,
            String startingModel,
            double startingElo,
            String startingModelReleased,
            List<String> modelNames,
            int retireAfterQuarters,
            double minTrainingShare,
            double maxTrainingShare,
            double heldEloLossPerQuarter) {
    }

    /** A rival lab or hyperscaler, with its scripted path and its reactions to Meta. */
    public record Competitor(
            String id,
            String name,
            List<PathPoint> capexPathM,
            List<PathPoint> eloPath,
            double eloNoiseSd,
            int releaseEveryQuarters,
            double releaseProbability,
            String modelPrefix,
            List<PathPoint> consumerUsersM,
            List<Headline> headlines,
            List<Reaction> reactions) {
    }

    /** A value at a quarter; paths interpolate linearly between points and hold flat beyond them. */
    public record PathPoint(String quarter, double value) {
    }

    /** A scripted news line at a quarter. */
    public record Headline(String quarter, String text, TextDe de) {
    }

    /**
     * A reactive rule: when the trigger holds, the competitor reacts.
     * trigger: metaRankAtMost | poachedFrom | metaEloWithinFrontier | metaResaleAbove;
     * effect: accelerate (Elo and capex up) | counterOffer (its stars cost more, retention harder) |
     * priceWar (compute resale price and AI uplift down).
     */
    public record Reaction(ReactionTrigger trigger, double threshold, ReactionEffect effect, double magnitude, double capexBoost,
            int quarters, String text, TextDe de) {
    }

    /** A model in the arena at the start. */
    public record ArenaEntry(String lab, String name, double elo, String released) {
    }

    /**
     * An event card. kind: scheduled (at quarter) or random (probability per quarter between
     * earliest and latest, when every condition holds). Effects apply for `quarters` quarters.
     */
    public record EventCard(
            String id,
            String title,
            String description,
            CardKind kind,
            String quarter,
            double probability,
            String earliest,
            String latest,
            boolean oncePerGame,
            List<Condition> conditions,
            List<Effect> effects,
            CardDe de) {
    }

    /** metric: metaRank | netLeverage | stars | stakesHeld | capexToRevenue | quarterIndex; op: lt|le|gt|ge. */
    public record Condition(ConditionMetric metric, ConditionOp op, double value) {
    }

    /**
     * type: baseRate (bp) | creditSpread (bp) | gpuShortage (index points) | powerDelay (probability) |
     * aiDemand (growth points per year, negative hurts) | impatience (multiple points) | antitrust
     * (probability of a probe on each stake) | efficiencyBreakthrough (technique jump, factor) |
     * talentRaid (share of stars lost) | consumerAi (extra engagement pressure) | market (multiple
     * factor) | gpuPrice (factor).
     */
    public record Effect(CardEffect type, double magnitude, int quarters) {
    }

    /**
     * How the market values Meta: enterprise value = a multiple of trailing EBITDA that reacts to growth,
     * the AI narrative, leverage, rating and capex impatience; market cap = enterprise value - net debt.
     */
    public record Valuation(
            double baseMultiple,
            double growthSensitivity,
            double referenceGrowth,
            double rankWeight,
            double rankReference,
            double computeGrowthWeight,
            double leveragePenalty,
            double leverageFree,
            double ratingPenaltyPerNotch,
            double capexImpatienceThreshold,
            double capexImpatienceSensitivity,
            double minMultiple,
            double maxMultiple,
            double noisePersistence,
            double maxPenalty,
            double minMarketFactor,
            double evFloorShare,
            double equityRiskPremium,
            double terminalGrowth,
            double growthSmoothing,
            double resaleValueShare,
            double reinvestmentGrowth,
            double idleCapitalPenalty,
            double minCapitalFactor,
            double minValuedEbitdaM) {
    }

    /** Score weights: how the scenario judges a game besides total shareholder return. */
    public record Scorecard(
            double tsrWeight,
            double rankWeight,
            double ratingWeight,
            double fcfWeight,
            double gwWeight,
            double survivalWeight,
            double fcfScaleM,
            double gwScale,
            int tsrFinalQuarters,
            double idleGwWeight) {
    }

    /**
     * The frictions that keep every lever honest: compute resale as a market with contracts, the limits and
     * consequences of layoffs, the liquidity of an investment-grade company, and stakes whose benefits follow
     * the share held. See docs/model.md.
     */
    public record Economics(ResaleMarket resale, Workforce workforce, Liquidity liquidity, StakeBenefits stakes,
            TalentMarket talent, EquitySignal equity) {
    }

    /**
     * The market for rented GPU capacity: demand at the reference price (revenue.resalePricePerH100eQuarter)
     * growing each quarter, rival supply (neoclouds, hyperscalers) growing too, a constant-elasticity demand
     * curve, a price index falling with each GPU generation and with algorithmic progress, and contracts
     * that lock capacity and price for a term. demandH100e 0 means unlimited demand at the reference price.
     */
    public record ResaleMarket(
            double demandH100e,
            double demandGrowthPerQuarter,
            double rivalSupplyH100e,
            double rivalSupplyGrowthPerQuarter,
            double priceElasticity,
            double priceDeclinePerGeneration,
            double algorithmicDeclinePerQuarter,
            int contractQuarters,
            double minPriceShare) {
    }

    /**
     * Layoffs and what they cost beyond severance: a cap on the share cut in any four quarters, a floor
     * under the fixed costs, product velocity that falls with each cut (more with each further cut) and
     * slows ad growth and the lab, and recovers slowly; stars that need training compute to pay off, and
     * the lab's own stars that a rival's counter-offer can take.
     */
    public record Workforce(
            double maxCutPercentPerYear,
            double fixedCostFloorShare,
            double velocityHitPerPercent,
            double velocityCompounding,
            double velocityRecoveryPerQuarter,
            double velocityGrowthPenalty,
            double velocityLabPenalty,
            double minVelocity,
            double computePerStarH100e,
            double ownStarsAtRiskShare) {
    }

    /**
     * An investment-grade company's liquidity: a committed revolving credit facility sized by the rating,
     * a commercial paper programme open while the rating stays at or above cpMinRating, and the option to
     * defer or cancel GPU deliveries at a penalty.
     */
    public record Liquidity(
            long revolverLimitM,
            double revolverCutPerNotch,
            String revolverMinRating,
            int revolverSpreadBp,
            int revolverCommitmentFeeBp,
            long paperLimitM,
            String paperMinRating,
            int paperSpreadBp,
            double deferPenaltyShare,
            int maxDeferQuarters,
            double cancelPenaltyShare) {
    }

    /**
     * What a stake brings scales with the share: below control, data, efficiency and the leader's team
     * arrive in proportion (share / fullBenefitShare) ^ benefitExponent of finance.nonVotingEffectShare.
     * A controlling stake brings controlBenefitShare of them (the benefit saturates: Meta needs the target's
     * data and people, not all of its shares) and waits controlReviewQuarters more for a merger review
     * before it is integrated.
     */
    public record StakeBenefits(double fullBenefitShare, double benefitExponent, double controlBenefitShare,
            int controlReviewQuarters) {
    }

    /**
     * The finite market for star researchers: each rival lab has a pool of stars Meta could persuade to
     * leave (pools; a rival without a pool is not limited). Poaching drains the pool, and the lab's
     * counter-offers raise the asking package as it drains: ask x (1 + scarcityPremium x poached / pool).
     */
    public record TalentMarket(List<StarPool> pools, double scarcityPremium) {
    }

    /** The stars at a rival lab (talent.rivals id) that Meta could hire away over the game. */
    public record StarPool(String id, int stars) {
    }

    /**
     * An equity raise signals that management thinks the shares are dear (Myers and Majluf 1984): the
     * market marks the price down by signalPerShareOfCap x (the raise / market cap) for signalQuarters.
     */
    public record EquitySignal(double signalPerShareOfCap, int signalQuarters) {
    }

    /**
     * How the statements bridge income to cash, as Meta reports: stock-based compensation inside core
     * costs (non-cash; the cash cost is the tax withheld when restricted stock units settle net, a
     * financing outflow), current taxes above or below the tax expense (the difference a deferred tax
     * asset, as R&D capitalisation made it from 2022), and the share of a quarter's current tax paid in
     * the quarter (the rest the next quarter).
     */
    public record Accounting(
            double stockCompShareOfCoreOpex,
            double rsuTaxShareOfStockComp,
            double currentTaxShareOfExpense,
            double taxPaidInQuarterShare,
            double maintenanceCapexServerShare) {
    }
}
