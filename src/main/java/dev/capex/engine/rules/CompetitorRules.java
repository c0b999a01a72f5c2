package dev.capex.engine.rules;

import dev.capex.engine.turn.Turn;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.*;
import dev.capex.engine.model.Scenario.*;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.turn.WorkingWorld;

/**
 * Step 3: competitors move. Scripted headlines and capex come from the scenario; releases come from
 * each lab's frontier path plus noise, drawn from the lab's own stream; reactive rules answer what
 * Meta did (counter-offers after poaching, acceleration when Meta climbs, price wars on resale).
 */
public final class CompetitorRules {
    private CompetitorRules() {
    }

    public static void move(Turn w) {
        java.util.List<Competitor> labs = w.sc.competitors();
        var world = w.world;
        var ix = w.ix;
        Quarter q = w.q;
        double keep = 1 - w.sc.talent().rivalSlowdownRecovery(); // the same double for every lab
        // What every lab is asked every quarter is read from the index's arrays (its release interval, probability
        // and noise, whether it reacts); a lab's record is read only when it reacts, releases or tells news.
        for (int i = 0; i < labs.size(); i++) {
            if (ix.reacts(i)) {
                react(w, labs.get(i)); // adds effects and news only: the lab's state is the same before and after
            }
            int slot = world.positional() ? i : w.competitorSlot(i, labs.get(i).id());
            double eloAdjustment = world.eloAdjustment(slot); // (an absent lab fails here, as it always did)
            if (w.rivalNews) { // the headlines and the capex are news only: nothing else reads them
                Competitor c = labs.get(i);
                java.util.List<Headline> hs = c.headlines();
                for (int k = 0; k < hs.size(); k++) {
                    if (ix.headlineAt(i, k, w.q)) {
                        w.event(new GameEvent.CompetitorNews(c.name(), hs.get(k).text()));
                    }
                }
                double capex = ix.capex(i, w.q) * world.capexFactor(slot) * (1 + w.effect(EffectType.capexBoost, c.id()));
                if (capex > 0) {
                    long capexM = Turn.round(capex);
                    w.event(new GameEvent.CompetitorCapex(c.name(), capexM));
                }
            }
            // The stream "release." + id is the lab's own for the quarter, started afresh: its uniform and its
            // normal are drawn only when they are read (due, then released), and no other draw moves.
            // (A uniform in [0, 1) is never below a probability of 0 or less, or NaN: no draw for a lab that never releases.)
            double p = ix.releaseProbability(i);
            int every = ix.releaseEvery(i);
            // q.minus(lastRelease) on the ordinal the world keeps; a rival without a last release (a state's null
            // quarter) fails in q.minus(null) here, as it always did
            int last = world.lastReleaseOrdinal(slot);
            boolean due = every > 0 && (last != WorkingWorld.NO_RELEASE ? q.ordinal() - last : q.minus(null)) >= every;
            RandomStream r;
            if (due && p > 0 && (r = w.random.reuse(q, ix.releaseStream(i))).nextDouble() < p) {
                Competitor c = labs.get(i);
                double noise = r.nextGaussian() * ix.eloNoiseSd(i);
                double elo = ix.elo(i, w.q) + eloAdjustment + w.effect(EffectType.accelerate, c.id()) + noise;
                // As arena.add(c.name(), ix.modelName(i, w.q), ...): the arena keeps the lab's position, not the names
                w.world.arena.addRelease(i, elo, w.q);
                world.released(slot, elo, w.q);
                if (w.rivalNews) {
                    String name = ix.modelName(i, w.q); // c.modelPrefix() + " " + w.q
                    w.event(new GameEvent.ModelReleased(c.name(), name, elo, rankOf(w, elo), false, 0));
                }
            }
            // Poaching's slowdown fades: a quarter of it recovers each quarter.
            world.setEloAdjustment(slot, eloAdjustment * keep);
        }
    }

    /** Rank a model with this Elo would have in the field now (1 = best). */
    static int rankOf(Turn w, double elo) {
        return w.rankInField(elo); // ArenaRank.inField over the arena's Elos as an array
    }

    private static void react(Turn w, Competitor c) {
        java.util.List<Reaction> listR = c.reactions();
        for (int kR = 0; kR < listR.size(); kR++) { // indexed: no iterator
            Reaction r = listR.get(kR);
            EffectType effectType = r.effect().inForce();
            String target = r.effect().onTheWorld() ? "" : c.id();
            if (w.effectActive(effectType, target)) {
                continue;
            }
            boolean trigger = switch (r.trigger()) {
                case metaRankAtMost -> w.lab.ai.rank() <= r.threshold();
                case poachedFrom -> (w.lab.hiredFrom.isEmpty() ? 0 : w.lab.hiredFrom.getOrDefault(c.id(), 0)) >= r.threshold();
                case metaEloWithinFrontier -> frontier(w) - w.lab.ai.bestElo() <= r.threshold();
                case metaResaleAbove -> w.policy.resaleShare() > r.threshold();
            };
            if (trigger) {
                w.world.effects.add(new ActiveEffect(c.id(), target, effectType, r.magnitude(),
                        w.q.plus(Math.max(1, r.quarters()))));
                if (r.capexBoost() != 0) {
                    w.world.effects.add(new ActiveEffect(c.id(), c.id(), EffectType.capexBoost, r.capexBoost(),
                            w.q.plus(Math.max(1, r.quarters()))));
                }
                if (w.rivalNews) {
                    w.event(new GameEvent.CompetitorNews(c.name(), r.text()));
                }
            }
        }
    }

    public static double frontier(Turn w) {
        return w.frontier();
    }
}
