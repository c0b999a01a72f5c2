package dev.capex.engine.levers;

import static dev.capex.engine.levers.Checks.money;
import static dev.capex.engine.levers.Checks.needCash;
import static dev.capex.engine.levers.Checks.require;

import dev.capex.engine.decision.Decision.Hire;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.event.Reason;
import dev.capex.engine.model.CompetitorState;
import dev.capex.engine.model.EffectType;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario.Talent;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.model.TalentCohort;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.rules.TalentRules;
import dev.capex.engine.turn.Turn;

/** Hire star researchers from a rival on a package per star over four years; the rival slows down. */
public final class HireRule extends LeverRule<Hire, HireRule.Terms> {
    public HireRule() {
        super(Hire.class);
    }

    /** The rival's id as the scenario spells it. */
    public record Terms(String rival) {
    }

    /** The stars signed, from whom, the packages' total, vesting and stock share, and the stars at Meta now. */
    public record Done(int stars, String rival, long totalM, double firstYearShare, double stockShare, int starsNow)
            implements GameEvent.Outcome {
    }

    @Override
    public Terms check(Turn w, Hire h) throws Refusal {
        Talent tal = w.sc.talent();
        if (!(h.rival() != null && tal.rivals().stream().anyMatch(r -> r.equalsIgnoreCase(h.rival())))) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.HIRE_FROM, tal.rivals());
        }
        String rival = tal.rivals().stream().filter(r -> r.equalsIgnoreCase(h.rival())).findFirst().orElseThrow();
        int already = w.lab.hiredFrom.values().stream().mapToInt(Integer::intValue).sum();
        require(h.stars() > 0, Reason.Kind.HIRE_ONE);
        require(!w.effectActive(HiringFreezeRule.EFFECT, ""), Reason.Kind.FREEZE_ON);
        if (!(already + h.stars() <= tal.maxStarsPerQuarter())) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.STARS_MAX,
                tal.maxStarsPerQuarter(), already);
        }
        int left = TalentRules.starsLeft(w, rival);
        if (!(h.stars() <= left)) { // (no lambda made: C1 allocates each through a method handle)
            throw left == 0
                ? new Refusal(Reason.Kind.NO_STARS_LEFT, TalentRules.cap(w.sc, rival))
                : new Refusal(Reason.Kind.STARS_LEFT, left, TalentRules.cap(w.sc, rival));
        }
        long ask = TalentRules.askingPackage(w, rival);
        if (!(h.packageM() >= ask)) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(w.effectActive(EffectType.counterOffer, rival) ? Reason.Kind.STARS_WANT_COUNTER
                : TalentRules.scarcity(w, rival) > 0 ? Reason.Kind.STARS_WANT_SCARCE : Reason.Kind.STARS_WANT,
                TalentRules.cap(w.sc, rival), money(ask), w.lab.ai.rank(), TalentRules.cap(w.sc, rival));
        }
        if (!(h.packageM() <= tal.maxPackageM())) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.BOARD_CAP, money(tal.maxPackageM()));
        }
        long firstQuarterCash = Turn.round(h.stars() * h.packageM() * tal.vestingByYear().get(0) / 4
                * (1 - tal.stockShare()));
        needCash(w, firstQuarterCash, Reason.Spending.PACKAGES);
        return new Terms(rival);
    }

    @Override
    public Done apply(Turn w, Hire h, Terms t) {
        Talent tal = w.sc.talent();
        String rival = t.rival();
        w.lab.talent.add(new TalentCohort(w.id("STARS"), h.stars(), h.packageM(), rival, w.q));
        w.lab.stars += h.stars();
        w.lab.hiredFrom.merge(rival, h.stars(), Integer::sum);
        CompetitorState c = w.competitor(rival);
        if (c != null) {
            w.replaceCompetitor(new CompetitorState(c.id(), c.starsPoached() + h.stars(),
                    c.eloAdjustment() - tal.rivalSlowdownEloPerStar() * h.stars(), c.capexFactor(), c.latestElo(),
                    c.lastRelease()));
        }
        return new Done(h.stars(), TalentRules.cap(w.sc, rival), (long) h.stars() * h.packageM(),
                tal.vestingByYear().get(0), tal.stockShare(), w.lab.stars);
    }

    @Override
    public Decision random(Scenario sc, GameState s, RandomStream r) {
        return new Hire(1 + r.nextInt(20), 80 + (long) (r.nextDouble() * 200), pick(sc.talent().rivals(), r));
    }
}
