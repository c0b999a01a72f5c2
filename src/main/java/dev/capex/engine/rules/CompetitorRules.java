package dev.capex.engine.rules;

import dev.capex.engine.Turn;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.*;
import dev.capex.engine.model.Scenario.*;
import dev.capex.engine.random.RandomStream;

/**
 * Step 3: competitors move. Scripted headlines and capex come from the scenario; releases come from
 * each lab's frontier path plus noise, drawn from the lab's own stream; reactive rules answer what
 * Meta did (counter-offers after poaching, acceleration when Meta climbs, price wars on resale).
 */
public final class CompetitorRules {
    private CompetitorRules() {
    }

    public static void move(Turn w) {
        for (Competitor c : w.sc.competitors()) {
            CompetitorState st = w.competitor(c.id());
            react(w, c);
            st = w.competitor(c.id());
            for (Headline h : c.headlines()) {
                if (Quarter.parse(h.quarter()).equals(w.q)) {
                    w.event(new GameEvent.CompetitorNews(c.name(), h.text()));
                }
            }
            double capex = Paths.value(c.capexPathM(), w.q) * st.capexFactor() * (1 + w.effect("capexBoost", c.id()));
            if (capex > 0) {
                w.event(new GameEvent.CompetitorNews(c.name(),
                        c.name() + " spends " + Decision.money(Turn.round(capex)) + " on capex this quarter"));
            }
            // Both draws happen every quarter, released or not, so the stream never shifts.
            RandomStream r = w.stream("release." + c.id());
            double u = r.nextDouble();
            double noise = r.nextGaussian() * c.eloNoiseSd();
            boolean due = c.releaseEveryQuarters() > 0 && w.q.minus(st.lastRelease()) >= c.releaseEveryQuarters();
            if (due && u < c.releaseProbability()) {
                double elo = Paths.value(c.eloPath(), w.q) + st.eloAdjustment() + w.effect("accelerate", c.id()) + noise;
                int version = (int) w.arena.stream().filter(a -> a.lab().equals(c.name())).count() + 1;
                String name = c.modelPrefix() + " " + w.q;
                w.arena.add(new ArenaModel(c.name(), name, elo, w.q, false));
                w.replaceCompetitor(new CompetitorState(st.id(), st.starsPoached(), st.eloAdjustment(), st.capexFactor(),
                        elo, w.q));
                w.event(new GameEvent.ModelReleased(c.name(), name, elo, rankOf(w, elo), false, 0));
            }
            // Poaching's slowdown fades: a quarter of it recovers each quarter.
            st = w.competitor(c.id());
            w.replaceCompetitor(new CompetitorState(st.id(), st.starsPoached(), st.eloAdjustment() * (1 - w.sc.talent().rivalSlowdownRecovery()),
                    st.capexFactor(), st.latestElo(), st.lastRelease()));
        }
    }

    /** Rank a model with this Elo would have in the field now (1 = best). */
    static int rankOf(Turn w, double elo) {
        int rank = 1;
        for (ArenaModel m : w.arena) {
            if (m.elo() > elo) {
                rank++;
            }
        }
        return rank;
    }

    private static void react(Turn w, Competitor c) {
        for (Reaction r : c.reactions()) {
            String effectType = r.effect();
            String target = effectType.equals("priceWar") ? "" : c.id();
            if (w.effectActive(effectType, target)) {
                continue;
            }
            boolean trigger = switch (r.trigger()) {
                case "metaRankAtMost" -> w.ai.rank() <= r.threshold();
                case "poachedFrom" -> w.hiredFrom.getOrDefault(c.id(), 0) >= r.threshold();
                case "metaEloWithinFrontier" -> frontier(w) - w.ai.bestElo() <= r.threshold();
                case "metaResaleAbove" -> w.policy.resaleShare() > r.threshold();
                default -> false;
            };
            if (trigger) {
                w.effects.add(new ActiveEffect(c.id(), target, effectType, r.magnitude(),
                        w.q.plus(Math.max(1, r.quarters()))));
                if (r.capexBoost() != 0) {
                    w.effects.add(new ActiveEffect(c.id(), c.id(), "capexBoost", r.capexBoost(),
                            w.q.plus(Math.max(1, r.quarters()))));
                }
                w.event(new GameEvent.CompetitorNews(c.name(), r.text()));
            }
        }
    }

    public static double frontier(Turn w) {
        double f = 0;
        for (ArenaModel m : w.arena) {
            if (!m.meta()) {
                f = Math.max(f, m.elo());
            }
        }
        return f;
    }
}
