package dev.capex.engine.rules;

import dev.capex.engine.turn.ScenarioIndex;
import dev.capex.engine.turn.Compute;
import dev.capex.engine.turn.Turn;
import java.util.List;
import dev.capex.engine.model.*;
import dev.capex.engine.model.Scenario.GpuGeneration;
import dev.capex.engine.model.Scenario.ResaleMarket;

/**
 * Compute resale as a market. Meta rents capacity out on contracts: the capacity contracted and its price are
 * locked for economics.resale.contractQuarters; raising the resale share contracts more at today's price
 * (blended into the book, whose term restarts), lowering it takes effect only when the book's term ends.
 * The market price per H100 equivalent = the reference price x (1 - priceDeclinePerGeneration) for each GPU
 * generation released since the start x (1 - algorithmicDeclinePerQuarter) per quarter x
 * (demand / (rival supply + Meta's supply)) ^ (1 / priceElasticity), with demand and rival supply (neoclouds,
 * hyperscalers) growing each quarter; never below minPriceShare of the reference price. A demand of 0 means
 * the old model: unlimited demand at the reference price, and no term.
 */
public final class ResaleRules {
    private ResaleRules() {
    }

    /** The market price of one H100 equivalent for a quarter if Meta supplies {@code metaH100e}. */
    public static double marketPrice(Scenario sc, Quarter q, double metaH100e) {
        ResaleMarket m = sc.economics().resale();
        double ref = sc.revenue().resalePricePerH100eQuarter();
        if (m.demandH100e() <= 0) {
            return ref;
        }
        ScenarioIndex ix = ScenarioIndex.of(sc);
        int start = ix.start().ordinal();
        int t = Math.max(0, q.ordinal() - start);
        double index = StrictMath.pow(1 - m.algorithmicDeclinePerQuarter(), t);
        List<GpuGeneration> gens = sc.gpuGenerations();
        for (int i = 0; i < gens.size(); i++) {
            int from = ix.availableFrom(i);
            if (from > start && !(q.ordinal() < from)) {
                index *= 1 - m.priceDeclinePerGeneration();
            }
        }
        double demand = m.demandH100e() * StrictMath.pow(1 + m.demandGrowthPerQuarter(), t);
        double supply = m.rivalSupplyH100e() * StrictMath.pow(1 + m.rivalSupplyGrowthPerQuarter(), t) + metaH100e;
        double curve = StrictMath.pow(demand / Math.max(1.0, supply), 1 / m.priceElasticity());
        return Math.max(m.minPriceShare() * ref, ref * index * curve);
    }

    /**
     * Step 5 (compute): the capacity rented out this quarter (H100e), from the contract book and the resale
     * share of {@code h100eOnline}; renews or extends the book in the lab's frictions.
     */
    public static double contract(Turn w, double h100eOnline) {
        ResaleMarket m = w.sc.economics().resale();
        Frictions f = w.lab.frictions;
        double target = h100eOnline * w.policy.resaleShare();
        double booked = f.resaleH100e();
        double price = f.resalePricePerH100eQuarter();
        Quarter until = f.resaleUntil();
        boolean expired = m.contractQuarters() <= 0 || !w.q.isBefore(until);
        if (m.demandH100e() <= 0) {
            booked = target;
            price = marketPrice(w.sc, w.q, target);
        } else if (expired || booked <= 0) {
            booked = target;
            price = target > 0 ? marketPrice(w.sc, w.q, target) : 0;
            until = w.q.plus(Math.max(1, m.contractQuarters()));
        } else if (target > booked) {
            double extra = target - booked;
            double now = marketPrice(w.sc, w.q, target);
            price = (booked * price + extra * now) / target;
            booked = target;
            until = w.q.plus(m.contractQuarters());
        }
        // A contract binds: capacity sold is delivered even if compute online has fallen below it.
        w.lab.frictions = f.withResaleBook(booked, price, until);
        return Math.min(booked, h100eOnline);
    }

    /** Step 7 (revenue): what the contracted capacity earns this quarter ($M). */
    public static long revenueM(Turn w, Compute c) {
        return Turn.round(c.resaleH100e() * w.lab.frictions.resalePricePerH100eQuarter() * (1 - w.effect(EffectType.priceWar)) / 1e6);
    }
}
