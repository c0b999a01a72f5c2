package dev.capex.engine.model;

import java.util.List;

/**
 * Everything the engine knows about a game between two quarters. Immutable: the engine reads one
 * and returns a new one. {@code quarter} is the next quarter to be played; {@code turn} counts the
 * quarters already played. Its {@code toString()} is complete and deterministic, and is what the
 * state digest of a save hashes.
 */
public record GameState(
        String scenarioId,
        long seed,
        int turn,
        Quarter quarter,
        GameStatus status,
        String endReason,
        int nextId,
        Balances ledger,
        MacroState macro,
        Policy policy,
        long sharesOutstanding,
        List<DebtInstrument> debts,
        List<PendingBond> pendingBonds,
        List<Lease> leases,
        List<GpuCohort> cohorts,
        List<GpuOrder> orders,
        List<DepreciatingAsset> otherAssets,
        List<SiteState> sites,
        List<ConstructionProject> projects,
        List<CloudContract> cloud,
        List<Parcel> parcels,
        List<StakeHolding> stakes,
        int stars,
        List<TalentCohort> talent,
        AiState ai,
        List<ArenaModel> arena,
        List<CompetitorState> competitors,
        List<ActiveEffect> effects,
        List<String> firedCards,
        CreditState credit,
        MarketState market,
        List<QuarterFigures> history,
        Frictions frictions) {

    public GameState {
        debts = List.copyOf(debts);
        pendingBonds = List.copyOf(pendingBonds);
        leases = List.copyOf(leases);
        cohorts = List.copyOf(cohorts);
        orders = List.copyOf(orders);
        otherAssets = List.copyOf(otherAssets);
        sites = List.copyOf(sites);
        projects = List.copyOf(projects);
        cloud = List.copyOf(cloud);
        parcels = List.copyOf(parcels);
        stakes = List.copyOf(stakes);
        talent = List.copyOf(talent);
        arena = List.copyOf(arena);
        competitors = List.copyOf(competitors);
        effects = List.copyOf(effects);
        firedCards = List.copyOf(firedCards);
        history = List.copyOf(history);
    }

    public boolean isOver() {
        return status != GameStatus.PLAYING;
    }

    public long cashM() {
        return ledger.natural(Account.CASH);
    }

    public long debtM() {
        return ledger.natural(Account.DEBT);
    }

    /** Figures of the quarters played in this game, oldest first. */
    public List<QuarterFigures> played() {
        return history.stream().filter(QuarterFigures::played).toList();
    }

    /** The latest quarter's figures (a pre-game quarter before the first turn). */
    public QuarterFigures latest() {
        return history.get(history.size() - 1);
    }

    public SiteState site(String id) {
        for (SiteState s : sites) {
            if (Ids.same(s.id(), id)) {
                return s;
            }
        }
        return null;
    }

    public StakeHolding stake(String targetId) {
        for (StakeHolding s : stakes) {
            if (Ids.same(s.targetId(), targetId) && !s.divested()) {
                return s;
            }
        }
        return null;
    }

    public double gwOnline() {
        double gw = 0;
        for (SiteState s : sites) {
            gw += s.onlineGw();
        }
        return gw;
    }

    public double gwUnderConstruction() {
        double gw = 0;
        for (ConstructionProject p : projects) {
            gw += p.gw();
        }
        return gw;
    }

    public long gpusOnOrder() {
        long n = 0;
        for (GpuOrder o : orders) {
            n += o.outstanding();
        }
        return n;
    }
}
