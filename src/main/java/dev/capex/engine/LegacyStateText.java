package dev.capex.engine;

import dev.capex.engine.model.ActiveEffect;
import dev.capex.engine.model.AiState;
import dev.capex.engine.model.ArenaModel;
import dev.capex.engine.model.Balances;
import dev.capex.engine.model.CloudContract;
import dev.capex.engine.model.CompetitorState;
import dev.capex.engine.model.ConstructionProject;
import dev.capex.engine.model.CreditState;
import dev.capex.engine.model.DebtInstrument;
import dev.capex.engine.model.DepreciatingAsset;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.GpuCohort;
import dev.capex.engine.model.GpuOrder;
import dev.capex.engine.model.Lease;
import dev.capex.engine.model.MacroState;
import dev.capex.engine.model.MarketState;
import dev.capex.engine.model.Parcel;
import dev.capex.engine.model.PendingBond;
import dev.capex.engine.model.Policy;
import dev.capex.engine.model.QuarterFigures;
import dev.capex.engine.model.SiteState;
import dev.capex.engine.model.StakeHolding;
import dev.capex.engine.model.TalentCohort;
import java.util.List;
import java.util.function.Consumer;

/**
 * The text that save format 1 hashed for its state digests: what {@code GameState.toString()}
 * printed when that format was current (records as {@code Name[field=value, ...]}, doubles as
 * {@link Double#toString}, lists as {@code [a, b]}, quarters as {@code 2025Q2}, the ledger as
 * {@code Balances[CASH=..., ...]}). It is written out explicitly, names and all, so that version-1
 * saves keep verifying after the state's records are renamed or restructured: whoever restructures
 * the state maps the new parts back onto this text (the names stay as they are here). New saves use
 * {@link StateEncoding}; this exists only to verify (and migrate) version-1 saves.
 */
public final class LegacyStateText {
    private final StringBuilder sb = new StringBuilder(32 * 1024);

    private LegacyStateText() {
    }

    /** The format-1 text of the state. */
    public static String of(GameState s) {
        LegacyStateText t = new LegacyStateText();
        t.gameState(s);
        return t.sb.toString();
    }

    private <T> void list(List<T> xs, Consumer<T> element) {
        sb.append('[');
        for (int i = 0; i < xs.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            element.accept(xs.get(i));
        }
        sb.append(']');
    }

    private void strings(List<String> xs) {
        list(xs, x -> sb.append(x));
    }

    private void balances(Balances b) {
        sb.append("Balances[");
        dev.capex.engine.model.Account[] accounts = dev.capex.engine.model.Account.values();
        boolean first = true;
        for (int i = 0; i < accounts.length; i++) {
            if (accounts[i].addedAfterFormat2() && b.get(accounts[i]) == 0) {
                continue; // not in version 1's ledger
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(accounts[i].name()).append('=').append(b.get(accounts[i]));
        }
        sb.append(']');
    }

    private void gameState(GameState x) {
        sb.append("GameState[");
        sb.append("scenarioId=");
        sb.append(x.scenarioId());
        sb.append(", seed=");
        sb.append(x.seed());
        sb.append(", turn=");
        sb.append(x.turn());
        sb.append(", quarter=");
        sb.append(x.quarter());
        sb.append(", status=");
        sb.append(x.status());
        sb.append(", endReason=");
        sb.append(dev.capex.engine.model.EndReason.text(x.endReason())); // the sentence, as format 1 printed it
        sb.append(", nextId=");
        sb.append(x.nextId());
        sb.append(", ledger=");
        balances(x.books().ledger());
        sb.append(", macro=");
        macroState(x.world().macro());
        sb.append(", policy=");
        policy(x.policy());
        sb.append(", sharesOutstanding=");
        sb.append(x.books().sharesOutstanding());
        sb.append(", debts=");
        list(x.financing().debts(), this::debtInstrument);
        sb.append(", pendingBonds=");
        list(x.financing().pendingBonds(), this::pendingBond);
        sb.append(", leases=");
        list(x.financing().leases(), this::lease);
        sb.append(", cohorts=");
        list(x.fleet().cohorts(), this::gpuCohort);
        sb.append(", orders=");
        list(x.fleet().orders(), this::gpuOrder);
        sb.append(", otherAssets=");
        list(x.books().otherAssets(), this::depreciatingAsset);
        sb.append(", sites=");
        list(x.estate().sites(), this::siteState);
        sb.append(", projects=");
        list(x.estate().projects(), this::constructionProject);
        sb.append(", cloud=");
        list(x.fleet().cloud(), this::cloudContract);
        sb.append(", parcels=");
        list(x.estate().parcels(), this::parcel);
        sb.append(", stakes=");
        list(x.books().stakes(), this::stakeHolding);
        sb.append(", stars=");
        sb.append(x.lab().stars());
        sb.append(", talent=");
        list(x.lab().talent(), this::talentCohort);
        sb.append(", ai=");
        aiState(x.lab().ai());
        sb.append(", arena=");
        list(x.world().arena(), this::arenaModel);
        sb.append(", competitors=");
        list(x.world().competitors(), this::competitorState);
        sb.append(", effects=");
        list(x.world().effects(), this::activeEffect);
        sb.append(", firedCards=");
        strings(x.world().firedCards());
        sb.append(", credit=");
        creditState(x.financing().credit());
        sb.append(", market=");
        marketState(x.market());
        sb.append(", history=");
        list(x.books().history(), this::quarterFigures);
        sb.append(']');
    }

    private void macroState(MacroState x) {
        sb.append("MacroState[");
        sb.append("baseRate=");
        sb.append(x.baseRate());
        sb.append(", spreadShockBp=");
        sb.append(x.spreadShockBp());
        sb.append(", gpuShortage=");
        sb.append(x.gpuShortage());
        sb.append(", assetIndex=");
        sb.append(x.assetIndex());
        sb.append(", techniqueIndex=");
        sb.append(x.techniqueIndex());
        sb.append(", marketNoise=");
        sb.append(x.marketNoise());
        sb.append(", growthShock=");
        sb.append(x.growthShock());
        sb.append(", adLevelM=");
        sb.append(x.adLevelM());
        sb.append(']');
    }

    private void policy(Policy x) {
        sb.append("Policy[");
        sb.append("trainingShare=");
        sb.append(x.trainingShare());
        sb.append(", resaleShare=");
        sb.append(x.resaleShare());
        sb.append(", realityLabsBudgetM=");
        sb.append(x.realityLabsBudgetM());
        sb.append(", dividendPerShare=");
        sb.append(x.dividendPerShare());
        sb.append(", buybackPerQuarterM=");
        sb.append(x.buybackPerQuarterM());
        sb.append(", workforceFactor=");
        sb.append(x.workforceFactor());
        sb.append(']');
    }

    private void debtInstrument(DebtInstrument x) {
        sb.append("DebtInstrument[");
        sb.append("id=");
        sb.append(x.id());
        sb.append(", kind=");
        sb.append(x.kind());
        sb.append(", lender=");
        sb.append(x.lender());
        sb.append(", principalM=");
        sb.append(x.principalM());
        sb.append(", originalM=");
        sb.append(x.originalM());
        sb.append(", floating=");
        sb.append(x.floating());
        sb.append(", spreadBp=");
        sb.append(x.spreadBp());
        sb.append(", couponRate=");
        sb.append(x.couponRate());
        sb.append(", issued=");
        sb.append(x.issued());
        sb.append(", maturity=");
        sb.append(x.maturity());
        sb.append(", amortizationStart=");
        sb.append(x.amortizationStart());
        sb.append(", amortizationPerQuarterM=");
        sb.append(x.amortizationPerQuarterM());
        sb.append(", maxNetLeverage=");
        sb.append(x.maxNetLeverage());
        sb.append(", minInterestCover=");
        sb.append(x.minInterestCover());
        sb.append(", ratingSpreadAtIssueBp=");
        sb.append(x.ratingSpreadAtIssueBp());
        sb.append(']');
    }

    private void pendingBond(PendingBond x) {
        sb.append("PendingBond[");
        sb.append("id=");
        sb.append(x.id());
        sb.append(", amountM=");
        sb.append(x.amountM());
        sb.append(", couponRate=");
        sb.append(x.couponRate());
        sb.append(", tenorYears=");
        sb.append(x.tenorYears());
        sb.append(", closes=");
        sb.append(x.closes());
        sb.append(']');
    }

    private void lease(Lease x) {
        sb.append("Lease[");
        sb.append("id=");
        sb.append(x.id());
        sb.append(", kind=");
        sb.append(x.kind());
        sb.append(", siteId=");
        sb.append(x.siteId());
        sb.append(", counterparty=");
        sb.append(x.counterparty());
        sb.append(", rentPerQuarterM=");
        sb.append(x.rentPerQuarterM());
        sb.append(", rentStarts=");
        sb.append(x.rentStarts());
        sb.append(", ends=");
        sb.append(x.ends());
        sb.append(", guaranteeM=");
        sb.append(x.guaranteeM());
        sb.append(']');
    }

    private void gpuCohort(GpuCohort x) {
        sb.append("GpuCohort[");
        sb.append("id=");
        sb.append(x.id());
        sb.append(", generation=");
        sb.append(x.generation());
        sb.append(", units=");
        sb.append(x.units());
        sb.append(", grossCostM=");
        sb.append(x.grossCostM());
        sb.append(", bookValueM=");
        sb.append(x.bookValueM());
        sb.append(", depreciationPerQuarterM=");
        sb.append(x.depreciationPerQuarterM());
        sb.append(", delivered=");
        sb.append(x.delivered());
        sb.append(']');
    }

    private void gpuOrder(GpuOrder x) {
        sb.append("GpuOrder[");
        sb.append("id=");
        sb.append(x.id());
        sb.append(", generation=");
        sb.append(x.generation());
        sb.append(", units=");
        sb.append(x.units());
        sb.append(", delivered=");
        sb.append(x.delivered());
        sb.append(", unitPriceUsd=");
        sb.append(x.unitPriceUsd());
        sb.append(", depositM=");
        sb.append(x.depositM());
        sb.append(", depositAppliedM=");
        sb.append(x.depositAppliedM());
        sb.append(", placed=");
        sb.append(x.placed());
        sb.append(", due=");
        sb.append(x.due());
        sb.append(']');
    }

    private void depreciatingAsset(DepreciatingAsset x) {
        sb.append("DepreciatingAsset[");
        sb.append("id=");
        sb.append(x.id());
        sb.append(", label=");
        sb.append(x.label());
        sb.append(", account=");
        sb.append(x.account());
        sb.append(", bookValueM=");
        sb.append(x.bookValueM());
        sb.append(", depreciationPerQuarterM=");
        sb.append(x.depreciationPerQuarterM());
        sb.append(']');
    }

    private void siteState(SiteState x) {
        sb.append("SiteState[");
        sb.append("id=");
        sb.append(x.id());
        sb.append(", ownedGw=");
        sb.append(x.ownedGw());
        sb.append(", leasedGw=");
        sb.append(x.leasedGw());
        sb.append(", partner=");
        sb.append(x.partner());
        sb.append(", partnerShare=");
        sb.append(x.partnerShare());
        sb.append(']');
    }

    private void constructionProject(ConstructionProject x) {
        sb.append("ConstructionProject[");
        sb.append("id=");
        sb.append(x.id());
        sb.append(", siteId=");
        sb.append(x.siteId());
        sb.append(", gw=");
        sb.append(x.gw());
        sb.append(", totalCostM=");
        sb.append(x.totalCostM());
        sb.append(", metaSpentM=");
        sb.append(x.metaSpentM());
        sb.append(", partnerSpentM=");
        sb.append(x.partnerSpentM());
        sb.append(", quartersLeft=");
        sb.append(x.quartersLeft());
        sb.append(", partnerShare=");
        sb.append(x.partnerShare());
        sb.append(", delays=");
        sb.append(x.delays());
        sb.append(']');
    }

    private void cloudContract(CloudContract x) {
        sb.append("CloudContract[");
        sb.append("id=");
        sb.append(x.id());
        sb.append(", provider=");
        sb.append(x.provider());
        sb.append(", h100e=");
        sb.append(x.h100e());
        sb.append(", rentPerQuarterM=");
        sb.append(x.rentPerQuarterM());
        sb.append(", starts=");
        sb.append(x.starts());
        sb.append(", ends=");
        sb.append(x.ends());
        sb.append(']');
    }

    private void parcel(Parcel x) {
        sb.append("Parcel[");
        sb.append("id=");
        sb.append(x.id());
        sb.append(", name=");
        sb.append(x.name());
        sb.append(", bookValueM=");
        sb.append(x.bookValueM());
        sb.append(']');
    }

    private void stakeHolding(StakeHolding x) {
        sb.append("StakeHolding[");
        sb.append("targetId=");
        sb.append(x.targetId());
        sb.append(", share=");
        sb.append(x.share());
        sb.append(", control=");
        sb.append(x.control());
        sb.append(", costM=");
        sb.append(x.costM());
        sb.append(", carryingM=");
        sb.append(x.carryingM());
        sb.append(", targetValueM=");
        sb.append(x.targetValueM());
        sb.append(", bought=");
        sb.append(x.bought());
        sb.append(", integrated=");
        sb.append(x.integrated());
        sb.append(", probe=");
        sb.append(x.probe());
        sb.append(", divested=");
        sb.append(x.divested());
        sb.append(']');
    }

    private void talentCohort(TalentCohort x) {
        sb.append("TalentCohort[");
        sb.append("id=");
        sb.append(x.id());
        sb.append(", stars=");
        sb.append(x.stars());
        sb.append(", packagePerStarM=");
        sb.append(x.packagePerStarM());
        sb.append(", rival=");
        sb.append(x.rival());
        sb.append(", hired=");
        sb.append(x.hired());
        sb.append(']');
    }

    private void aiState(AiState x) {
        sb.append("AiState[");
        sb.append("runCompute=");
        sb.append(x.runCompute());
        sb.append(", runQuarters=");
        sb.append(x.runQuarters());
        sb.append(", runNumber=");
        sb.append(x.runNumber());
        sb.append(", dataQuality=");
        sb.append(x.dataQuality());
        sb.append(", inferenceEfficiency=");
        sb.append(x.inferenceEfficiency());
        sb.append(", reasoning=");
        sb.append(x.reasoning());
        sb.append(", bestElo=");
        sb.append(x.bestElo());
        sb.append(", bestModel=");
        sb.append(x.bestModel());
        sb.append(", rank=");
        sb.append(x.rank());
        sb.append(", morale=");
        sb.append(x.morale());
        sb.append(", gpusOnline=");
        sb.append(x.gpusOnline());
        sb.append(", gpusIdle=");
        sb.append(x.gpusIdle());
        sb.append(", h100eOnline=");
        sb.append(x.h100eOnline());
        sb.append(", trainingH100e=");
        sb.append(x.trainingH100e());
        if (x.holdNext() || !x.held().isEmpty()) {
            sb.append(", holdNext=").append(x.holdNext()).append(", held=").append(x.held());
        }
        sb.append(']');
    }

    private void arenaModel(ArenaModel x) {
        sb.append("ArenaModel[");
        sb.append("lab=");
        sb.append(x.lab());
        sb.append(", name=");
        sb.append(x.name());
        sb.append(", elo=");
        sb.append(x.elo());
        sb.append(", released=");
        sb.append(x.released());
        sb.append(", meta=");
        sb.append(x.meta());
        sb.append(']');
    }

    private void competitorState(CompetitorState x) {
        sb.append("CompetitorState[");
        sb.append("id=");
        sb.append(x.id());
        sb.append(", starsPoached=");
        sb.append(x.starsPoached());
        sb.append(", eloAdjustment=");
        sb.append(x.eloAdjustment());
        sb.append(", capexFactor=");
        sb.append(x.capexFactor());
        sb.append(", latestElo=");
        sb.append(x.latestElo());
        sb.append(", lastRelease=");
        sb.append(x.lastRelease());
        sb.append(']');
    }

    private void activeEffect(ActiveEffect x) {
        sb.append("ActiveEffect[");
        sb.append("source=");
        sb.append(x.source());
        sb.append(", target=");
        sb.append(x.target());
        sb.append(", type=");
        sb.append(x.type());
        sb.append(", magnitude=");
        sb.append(x.magnitude());
        sb.append(", until=");
        sb.append(x.until());
        sb.append(']');
    }

    private void creditState(CreditState x) {
        sb.append("CreditState[");
        sb.append("ratingIndex=");
        sb.append(x.ratingIndex());
        sb.append(", upgradeStreak=");
        sb.append(x.upgradeStreak());
        sb.append(", breachStreak=");
        sb.append(x.breachStreak());
        sb.append(", emergencyDrawnM=");
        sb.append(x.emergencyDrawnM());
        sb.append(", downgrades=");
        sb.append(x.downgrades());
        sb.append(", worstRatingIndex=");
        sb.append(x.worstRatingIndex());
        sb.append(']');
    }

    private void marketState(MarketState x) {
        sb.append("MarketState[");
        sb.append("marketCapM=");
        sb.append(x.marketCapM());
        sb.append(", sharePrice=");
        sb.append(x.sharePrice());
        sb.append(", startSharePrice=");
        sb.append(x.startSharePrice());
        sb.append(", dividendsPerShare=");
        sb.append(x.dividendsPerShare());
        sb.append(", peCalibration=");
        sb.append(x.calibration());
        sb.append(", pe=");
        sb.append(x.multiple());
        sb.append(']');
    }

    private void quarterFigures(QuarterFigures x) {
        sb.append("QuarterFigures[");
        sb.append("quarter=");
        sb.append(x.quarter());
        sb.append(", played=");
        sb.append(x.played());
        sb.append(", revenueM=");
        sb.append(x.revenueM());
        sb.append(", ebitdaM=");
        sb.append(x.ebitdaM());
        sb.append(", netIncomeM=");
        sb.append(x.netIncomeM());
        sb.append(", interestM=");
        sb.append(x.interestM());
        sb.append(", capexM=");
        sb.append(x.capexM());
        sb.append(", operatingCashFlowM=");
        sb.append(x.operatingCashFlowM());
        sb.append(", freeCashFlowM=");
        sb.append(x.freeCashFlowM());
        sb.append(", cashM=");
        sb.append(x.cashM());
        sb.append(", debtM=");
        sb.append(x.debtM());
        sb.append(", netLeverage=");
        sb.append(x.netLeverage());
        sb.append(", interestCover=");
        sb.append(x.interestCover());
        sb.append(", rating=");
        sb.append(x.rating());
        sb.append(", elo=");
        sb.append(x.elo());
        sb.append(", rank=");
        sb.append(x.rank());
        sb.append(", frontierElo=");
        sb.append(x.frontierElo());
        sb.append(", gpusOnline=");
        sb.append(x.gpusOnline());
        sb.append(", gpusIdle=");
        sb.append(x.gpusIdle());
        sb.append(", gwOnline=");
        sb.append(x.gwOnline());
        sb.append(", stars=");
        sb.append(x.stars());
        sb.append(", sharePrice=");
        sb.append(x.sharePrice());
        sb.append(", marketCapM=");
        sb.append(x.marketCapM());
        sb.append(", tsr=");
        sb.append(x.tsr());
        sb.append(']');
    }
}
