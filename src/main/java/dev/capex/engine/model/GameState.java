package dev.capex.engine.model;

import java.util.List;

/**
 * Everything the engine knows about a game between two quarters, in named immutable parts. The engine
 * reads one and returns a new one. {@code quarter} is the next quarter to be played; {@code turn}
 * counts the quarters already played. Its digest is that of its canonical encoding
 * ({@code StateEncoding}), which does not depend on how the parts are grouped or named.
 *
 * @param books the ledger, shares, other assets, stakes and the quarters' figures
 * @param policy the standing settings the player changes (training share, dividend, ...)
 * @param financing debt, bonds being arranged, leases, the rating
 * @param fleet GPU cohorts, GPU orders, cloud contracts
 * @param estate sites, construction projects, parcels held for sale
 * @param lab stars, talent cohorts, the models' progress, the organisation's frictions
 * @param world macro economy, arena, rivals, cards in force and fired
 * @param market the share price and the valuation
 */
public record GameState(
        String scenarioId,
        long seed,
        int turn,
        Quarter quarter,
        GameStatus status,
        EndReason endReason,
        int nextId,
        Books books,
        Policy policy,
        Financing financing,
        Fleet fleet,
        Estate estate,
        Lab lab,
        World world,
        MarketState market) {

    /** The same state with another seed (the opening position is worked out once, with seed 0). */
    public GameState withSeed(long newSeed) {
        return new GameState(scenarioId, newSeed, turn, quarter, status, endReason, nextId, books, policy, financing,
                fleet, estate, lab, world, market);
    }

    public boolean isOver() {
        return status != GameStatus.PLAYING;
    }

    public long cashM() {
        return books.ledger().natural(Account.CASH);
    }

    public long debtM() {
        return books.ledger().natural(Account.DEBT);
    }

    /** Figures of the quarters played in this game, oldest first. */
    public List<QuarterFigures> played() {
        return books.history().stream().filter(QuarterFigures::played).toList();
    }

    /** The latest quarter's figures (a pre-game quarter before the first turn). */
    public QuarterFigures latest() {
        List<QuarterFigures> history = books.history();
        return history.get(history.size() - 1);
    }

    public SiteState site(String id) {
        for (SiteState s : estate.sites()) {
            if (Ids.same(s.id(), id)) {
                return s;
            }
        }
        return null;
    }

    public StakeHolding stake(String targetId) {
        for (StakeHolding s : books.stakes()) {
            if (Ids.same(s.targetId(), targetId) && !s.divested()) {
                return s;
            }
        }
        return null;
    }

    public double gwOnline() {
        double gw = 0;
        for (SiteState s : estate.sites()) {
            gw += s.onlineGw();
        }
        return gw;
    }

    public double gwUnderConstruction() {
        double gw = 0;
        for (ConstructionProject p : estate.projects()) {
            gw += p.gw();
        }
        return gw;
    }

    public long gpusOnOrder() {
        long n = 0;
        for (GpuOrder o : fleet.orders()) {
            n += o.outstanding();
        }
        return n;
    }
}
