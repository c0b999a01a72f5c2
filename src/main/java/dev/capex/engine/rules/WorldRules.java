package dev.capex.engine.rules;

import dev.capex.engine.turn.ScenarioIndex;
import dev.capex.engine.turn.Turn;
import dev.capex.engine.turn.WorkingMacro;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.*;
import dev.capex.engine.model.Scenario.*;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.random.RandomStreams;

/**
 * Step 2: the world moves. Macro variables follow mean-reverting random walks drawn from their own
 * streams; event cards fire when scheduled or by chance. Every card draws its number every quarter,
 * whether or not it is eligible, so that the world of one team is the world of every team with the
 * same seed.
 */
public final class WorldRules {
    private WorldRules() {
    }

    private static final long MACRO_STREAM = RandomStreams.nameHash("macro");

    /**
     * The quarter's draws for {@link #moveMacro}: the stream "macro", from the streams' one reusable object
     * ({@code RandomStreams.reuse}: the same draws as a new stream), so pass it to {@link #moveMacro} at once.
     */
    public static RandomStream macroStream(Turn w) {
        return w.random.reuse(w.q, MACRO_STREAM);
    }

    /**
     * Step 2: the macro world {@code s} a quarter on, in place, from last quarter's figures and the draws of
     * {@code r} (reads the scenario's macro, AI technique, valuation noise and revenue shock parameters; writes
     * {@code s} alone, its ad level left to the revenue step).
     */
    public static void moveMacro(Scenario sc, WorkingMacro s, RandomStream r) {
        Macro m = sc.macro();
        double rate = s.baseRate() + m.baseRateReversion() * (m.baseRateLongRun() - s.baseRate()) + m.baseRateSd() * r.nextGaussian();
        rate = Turn.clamp(rate, m.baseRateFloor(), m.baseRateCap());
        double spread = m.spreadShockPersistence() * s.spreadShockBp() + m.creditSpreadShockSd() * r.nextGaussian();
        double shortage = s.gpuShortage() + m.gpuShortageReversion() * (m.gpuShortageLongRun() - s.gpuShortage())
                + m.gpuShortageSd() * r.nextGaussian();
        shortage = Turn.clamp(shortage, 0.0, 1.0);
        double asset = Turn.clamp(s.assetIndex() * StrictMath.exp(m.dataCenterAssetIndexSd() * r.nextGaussian()),
                m.dataCenterAssetIndexMin(), m.dataCenterAssetIndexMax());
        double technique = s.techniqueIndex() * ScenarioIndex.of(sc).techniqueGrowth(); // exp(growth a quarter), once
        double noise = sc.valuation().noisePersistence() * s.marketNoise() + m.marketSd() * r.nextGaussian();
        double growthShock = m.growthShockPersistence() * s.growthShock() + sc.revenue().growthSd() * r.nextGaussian();
        s.move(rate, spread, shortage, asset, technique, noise, growthShock);
    }

    public static void drawCards(Turn w) {
        java.util.List<EventCard> cards = w.sc.events();
        for (int i = 0; i < cards.size(); i++) {
            EventCard c = cards.get(i);
            boolean fires;
            if (c.kind() == CardKind.scheduled) {
                fires = w.ix.cardScheduledAt(i, w.q);
            } else {
                // The card's number (the stream "card." + id, its own every quarter: drawing it or not moves no
                // other draw) is drawn only when the card could fire, and compared before the conditions are
                // read (they read the state and change nothing; a valid scenario's history is never empty).
                fires = w.ix.cardInWindow(i, w.q) && !(c.oncePerGame() && w.cardFired(i))
                        && w.random.reuse(w.q, w.ix.cardStream(i)).nextDouble() < c.probability() && conditionsHold(w, c);
            }
            if (fires) {
                fire(w, c, i);
            }
        }
    }

    private static boolean conditionsHold(Turn w, EventCard c) {
        if (c.conditions() == null) {
            return true;
        }
        java.util.List<Condition> conditions = c.conditions();
        for (int i = 0; i < conditions.size(); i++) { // indexed: no iterator under C1
            Condition cond = conditions.get(i);
            double v = metric(w, cond.metric());
            if (!cond.op().holds(v, cond.value())) {
                return false;
            }
        }
        return true;
    }

    static double metric(Turn w, ConditionMetric name) {
        QuarterFigures last = w.books.history.get(w.books.history.size() - 1);
        return switch (name) {
            case metaRank -> w.lab.ai.rank();
            case netLeverage -> last.netLeverage();
            case stars -> w.lab.stars;
            case stakesHeld -> stakesHeld(w);
            case capexToRevenue -> capexToRevenue(w);
            case quarterIndex -> w.t;
            case gpusOnline -> w.lab.ai.gpusOnline();
        };
    }

    private static long stakesHeld(Turn w) {
        long n = 0;
        for (int i = 0; i < w.books.stakes.size(); i++) {
            if (!w.books.stakes.get(i).divested()) {
                n++;
            }
        }
        return n;
    }

    static double capexToRevenue(Turn w) {
        long capex = Trailing.lastFourM(w.books.history, QuarterFigures::capexM);
        long revenue = Trailing.lastFourM(w.books.history, QuarterFigures::revenueM);
        return revenue <= 0 ? 0 : (double) capex / revenue;
    }

    private static void fire(Turn w, EventCard c, int card) {
        w.addFiredCard(card); // c.id() added to the fired cards
        w.event(new GameEvent.CardDrawn(c.id(), c.title(), c.description()));
        java.util.List<Effect> listE = c.effects();
        for (int kE = 0; kE < listE.size(); kE++) { // indexed: no iterator
            Effect e = listE.get(kE);
            Quarter until = w.q.plus(Math.max(1, e.quarters()));
            switch (e.type()) {
                case efficiencyBreakthrough -> {
                    WorkingMacro s = w.world.macro;
                    s.setTechniqueIndex(s.techniqueIndex() * e.magnitude());
                }
                case talentRaid -> {
                    int lost = (int) Math.floor(w.lab.stars * e.magnitude());
                    if (lost > 0) {
                        TalentRules.lose(w, lost, null, GameEvent.StarsLeft.Cause.raid(c.title()));
                    }
                }
                case taxLaw -> {
                    long charge = CostRules.taxLawCharge(w, e.magnitude());
                    w.world.effects.add(new ActiveEffect(c.id(), "", EffectType.taxLaw, e.magnitude(), until));
                    w.event(GameEvent.Milestone.taxWriteOff(c.title(), charge));
                }
                case antitrust -> {
                    for (int i = 0; i < w.books.stakes.size(); i++) {
                        StakeHolding s = w.books.stakes.get(i);
                        boolean probe = w.stream("card." + c.id() + ".probe." + s.targetId()).chance(e.magnitude());
                        if (!s.divested() && !s.probe() && probe) {
                            w.books.stakes.set(i, s.with(s.carryingM(), s.targetValueM(), true, false));
                            w.event(GameEvent.StakeNews.probeCard(s.targetId(), w.sc.target(s.targetId()).name()));
                        }
                    }
                }
                default -> w.world.effects.add(new ActiveEffect(c.id(), "", e.type().inForce(), e.magnitude(), until));
            }
        }
    }
}
