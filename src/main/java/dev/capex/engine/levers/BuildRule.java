package dev.capex.engine.levers;

import static dev.capex.engine.levers.Checks.names;
import static dev.capex.engine.levers.Checks.needCash;
import static dev.capex.engine.levers.Checks.require;

import dev.capex.engine.decision.Decision.Build;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.event.Reason;
import dev.capex.engine.model.ConstructionProject;
import dev.capex.engine.model.EffectType;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario.SiteSpec;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.model.SiteState;
import dev.capex.engine.random.RandomStream;
import dev.capex.engine.turn.Turn;

/** Build powered data-center capacity at a site, up to what its grid connection allows. */
public final class BuildRule extends LeverRule<Build, BuildRule.Terms> {
    public BuildRule() {
        super(Build.class);
    }

    /** The site, the build's cost and the partner's share of it. */
    public record Terms(SiteSpec site, long costM, double partnerShare) {
    }

    /** The project: its size and site, cost, cost a quarter, the partner's share, when it is due online and the risk. */
    public record Done(String id, double gw, String site, long costM, long perQuarterM, double partnerShare,
            Quarter online, double delayRisk) implements GameEvent.Outcome {
    }

    @Override
    public Terms check(Turn w, Build b) throws Refusal {
        SiteSpec spec = b.site() != null ? w.ix.site(b.site()) : null; // sc.site(id), by identity first
        if (spec == null) { // (no lambda made: C1 allocates each through a method handle)
            throw new Refusal(Reason.Kind.NO_SITE, b.site(),
                names(w.sc.sites(), SiteSpec::id));
        }
        if (w.q.ordinal() < w.ix.availableFrom(spec)) { // Quarter.parse(spec.availableFrom()), parsed once a scenario
            throw new Refusal(Reason.Kind.NO_GRID, spec.name(),
                spec.availableFrom());
        }
        require(b.gw() > 0, Reason.Kind.BUILD_POSITIVE);
        SiteState site = w.site(spec.id());
        double underway = 0;
        for (ConstructionProject p : w.estate.projects) {
            if (p.siteId().equals(spec.id())) {
                underway += p.gw();
            }
        }
        double left = spec.maxGw() - site.onlineGw() - underway;
        if (!(b.gw() <= left + 1e-9)) {
            // Say how much is left: "no capacity left" when 0.5 GW remains sends the player away from the site.
            throw left < 0.005 ? new Refusal(Reason.Kind.NO_POWER_LEFT, spec.name(), spec.maxGw(), site.onlineGw() + underway)
                    : new Refusal(Reason.Kind.ONLY_POWER_LEFT, left, spec.name(), spec.maxGw(), site.onlineGw() + underway,
                    Math.floor(left * 100 + 1e-6) / 100);
        }
        long cost = Turn.round(b.gw() * spec.costPerGwM());
        // A co-development partner pays its share of every build at the site; an SPV funds only the
        // builds it financed.
        double share = site.coDeveloped() ? site.partnerShare() : 0.0;
        long first = Turn.round(cost / (double) spec.buildQuarters() * (1 - share));
        needCash(w, first, Reason.Spending.CONSTRUCTION);
        return new Terms(spec, cost, share);
    }

    @Override
    public Done apply(Turn w, Build b, Terms t) {
        SiteSpec spec = t.site();
        long cost = t.costM();
        double share = t.partnerShare();
        String id = w.id("BUILD");
        w.estate.projects.add(new ConstructionProject(id, spec.id(), b.gw(), cost, 0, 0, spec.buildQuarters(), share, 0));
        Quarter online = w.q.plus(spec.buildQuarters() - 1);
        double delayRisk = spec.powerDelayProbability() + w.effect(EffectType.powerDelay);
        return new Done(id, b.gw(), spec.name(), cost, Turn.round(cost / (double) spec.buildQuarters()), share, online,
                delayRisk);
    }

    @Override
    public Decision random(Scenario sc, GameState s, RandomStream r) {
        return new Build(pick(sc.sites(), r).id(), 0.25 + r.nextInt(8) * 0.25);
    }
}
