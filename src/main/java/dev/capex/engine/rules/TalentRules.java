package dev.capex.engine.rules;

import dev.capex.engine.turn.Turn;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.*;
import dev.capex.engine.model.Scenario.Talent;

/**
 * Star researchers: retention each quarter (stars leave when rivals pay more or morale is low), and
 * the loss of stars to raids. Retention draws come from the player's own stream: they react to the
 * player's hires, so they are not part of the common world.
 */
public final class TalentRules {
    private TalentRules() {
    }

    private static final long OWN_RETENTION_STREAM = dev.capex.engine.random.RandomStreams.nameHash("talent.retention.own");

    /**
     * The package per star a rival's researchers ask of Meta now: the market package, more for a lab ranked
     * below tenth, more while the rival counter-offers, and more as the rival's pool of stars drains (the
     * ones left are the ones it fights hardest to keep): x (1 + economics.talent.scarcityPremium x poached / pool).
     */
    public static long askingPackage(Turn w, String rival) {
        Talent tal = w.sc.talent();
        double f = 1 + tal.packagePremiumPerRankBelowTen() * Math.max(0, w.lab.ai.rank() - 10);
        f *= 1 + w.effect(EffectType.counterOffer, rival);
        f *= 1 + scarcity(w, rival);
        return Turn.round(tal.marketPackageM() * f);
    }

    /** The rival's pool of stars Meta could hire away (economics.talent.pools), or null when it is not limited. */
    public static Scenario.StarPool pool(Scenario sc, String rival) {
        for (Scenario.StarPool p : sc.economics().talent().pools()) {
            if (p.id().equalsIgnoreCase(rival)) {
                return p;
            }
        }
        return null;
    }

    /** Stars Meta has hired from the rival so far in the game (this quarter's included). */
    public static int poached(Turn w, String rival) {
        CompetitorState c = w.competitor(rival);
        return c == null ? 0 : c.starsPoached();
    }

    /** Stars still in the rival's pool, or Integer.MAX_VALUE when the rival has no pool. */
    public static int starsLeft(Turn w, String rival) {
        Scenario.StarPool p = pool(w.sc, rival);
        return p == null ? Integer.MAX_VALUE : Math.max(0, p.stars() - poached(w, rival));
    }

    /** The asking package's premium for a drained pool: scarcityPremium x poached / pool (0 without a pool). */
    public static double scarcity(Turn w, String rival) {
        Scenario.StarPool p = pool(w.sc, rival);
        if (p == null || p.stars() <= 0) {
            return 0;
        }
        return w.sc.economics().talent().scarcityPremium() * Math.min(1.0, poached(w, rival) / (double) p.stars());
    }

    /** A rival's display name ("OpenAI" for "openai"). */
    public static String cap(Scenario sc, String id) {
        var c = sc.competitor(id);
        return c != null ? c.name() : id;
    }

    public static void retain(Turn w) {
        Talent tal = w.sc.talent();
        for (int i = 0; i < w.lab.talent.size(); i++) {
            TalentCohort c = w.lab.talent.get(i);
            if (c.hired().equals(w.q) || c.stars() == 0) {
                continue;
            }
            long ask = askingPackage(w, c.rival());
            double gap = Math.max(0, (ask - c.packagePerStarM()) / (double) ask);
            double p = tal.retentionBase() + tal.retentionPayGap() * gap
                    + (1 - w.lab.ai.morale()) * tal.retentionMoraleSensitivity();
            p *= 1 + tal.counterOfferRetentionFactor() * w.effect(EffectType.counterOffer, c.rival());
            p = Turn.clamp(p, 0, tal.maxRetentionRisk());
            int left = 0;
            var r = w.random.stream(w.q, "talent.retention." + c.id());
            for (int s = 0; s < c.stars(); s++) {
                if (r.chance(p)) {
                    left++;
                }
            }
            if (left > 0) {
                w.lab.talent.set(i, c.withStars(c.stars() - left));
                w.lab.stars = Math.max(0, w.lab.stars - left);
                w.event(new GameEvent.StarsLeft(left, cap(w.sc, c.rival()), gap > 0
                        ? GameEvent.StarsLeft.Cause.payBelow(c.packagePerStarM(), cap(w.sc, c.rival()), ask)
                        : GameEvent.StarsLeft.Cause.retention(w.lab.ai.morale() < 0.95)));
            }
        }
        ownStars(w);
        if (!w.lab.talent.isEmpty()) { // no capturing lambda a quarter for no cohorts
            w.lab.talent.removeIf(c -> c.stars() == 0 || w.q.minus(c.hired()) >= 16);
        }
        double morale = Math.min(1.0, w.lab.ai.morale() + tal.moraleRecoveryPerQuarter());
        w.lab.ai.setMorale(morale); // the same lab when the morale is unchanged
    }

    /**
     * The lab's own stars (those not hired on a package: the starting team and stake leaders) are courted too:
     * economics.workforce.ownStarsAtRiskShare of them face the retention risk of base, morale and the strongest
     * rival counter-offer, so a talent war takes stars out of the lab, not only hires out of reach.
     */
    private static void ownStars(Turn w) {
        Talent tal = w.sc.talent();
        double share = w.sc.economics().workforce().ownStarsAtRiskShare();
        int hired = 0;
        for (int kC = 0; kC < w.lab.talent.size(); kC++) { // indexed: no iterator
            TalentCohort c = w.lab.talent.get(kC);
            hired += c.stars();
        }
        int atRisk = (int) Math.floor(Math.max(0, w.lab.stars - hired) * share);
        if (atRisk <= 0) {
            return;
        }
        String rival = "";
        double offer = 0;
        java.util.List<String> listR = tal.rivals();
        int rivals = w.effectAny(EffectType.counterOffer) ? listR.size() : 0; // none in force: every offer 0, none above 0
        for (int kR = 0; kR < rivals; kR++) { // indexed: no iterator
            String r = listR.get(kR);
            double e = w.effect(EffectType.counterOffer, r);
            if (e > offer) {
                offer = e;
                rival = r;
            }
        }
        double p = tal.retentionBase() + (1 - w.lab.ai.morale()) * tal.retentionMoraleSensitivity();
        p *= 1 + tal.counterOfferRetentionFactor() * offer;
        p = Turn.clamp(p, 0, tal.maxRetentionRisk());
        var r = w.random.reuse(w.q, OWN_RETENTION_STREAM); // "talent.retention.own", drawn from at once
        int left = 0;
        for (int s = 0; s < atRisk; s++) {
            if (r.chance(p)) {
                left++;
            }
        }
        if (left > 0) {
            w.lab.stars = Math.max(0, w.lab.stars - left);
            w.event(new GameEvent.StarsLeft(left, offer > 0 ? cap(w.sc, rival) : null, offer > 0
                    ? GameEvent.StarsLeft.Cause.counterOffer(cap(w.sc, rival))
                    : GameEvent.StarsLeft.Cause.retention(w.lab.ai.morale() < 0.95)));
        }
    }

    /** Stars lost to a raid: taken from the newest cohorts first, then from the lab's own. */
    public static void lose(Turn w, int n, String to, GameEvent.StarsLeft.Cause cause) {
        int remaining = n;
        for (int i = w.lab.talent.size() - 1; i >= 0 && remaining > 0; i--) {
            TalentCohort c = w.lab.talent.get(i);
            int k = Math.min(c.stars(), remaining);
            w.lab.talent.set(i, c.withStars(c.stars() - k));
            remaining -= k;
        }
        w.lab.stars = Math.max(0, w.lab.stars - n);
        w.event(new GameEvent.StarsLeft(n, to, cause));
    }
}
