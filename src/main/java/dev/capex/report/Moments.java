package dev.capex.report;

import dev.capex.report.i18n.ScenarioText;
import dev.capex.engine.QuarterResult;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.QuarterFigures;
import dev.capex.engine.model.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds the moments that mattered in a replayed game and explains each from its events: the rating
 * change carries its metrics and cause, and the moment names the biggest decision of that quarter or the
 * one before (capital decisions act with a delay) so that a class sees what led to what.
 */
public final class Moments {
    private Moments() {
    }

    /** A Meta model that climbs this many places or more is a moment. */
    static final int RANK_JUMP = 5;
    /** A star exodus this large is a moment. */
    static final int STARS_LOST = 5;
    /** A quarter's share price fall this large (or a rise half as large again) is a moment. */
    static final double SHARE_PRICE_MOVE = 0.15;

    public static List<Moment> of(ReplayedGame g) {
        List<Moment> out = new ArrayList<>();
        Scenario sc = g.game().scenario();
        String team = g.team();
        List<QuarterResult> qs = g.quarters();
        int rankBefore = startRank(g);
        for (int i = 0; i < qs.size(); i++) {
            QuarterResult r = qs.get(i);
            QuarterFigures f = r.state().latest();
            Quarter q = f.quarter();
            String because = biggestDecision(g, i);
            for (GameEvent e : r.events()) {
                if (e instanceof GameEvent.RatingChanged rc) {
                    if (rc.downgrade()) {
                        out.add(new Moment(team, q, "downgrade", Msg.t("mo.downgrade",
                                team, rc.from(), rc.to(), q, rc.netLeverage(), Text.cover(rc.interestCover()),
                                rc.cause().known() ? ", " + EngineText.cause(rc.cause()) : "",
                                because.isEmpty() ? "" : Msg.t("mo.behind", because)), 90));
                    } else {
                        out.add(new Moment(team, q, "upgrade", Msg.t("mo.upgrade", team, rc.from(),
                                rc.to(), q, rc.netLeverage(), EngineText.cause(rc.cause())), 50));
                    }
                } else if (e instanceof GameEvent.CovenantBreached cb) {
                    out.add(new Moment(team, q, "covenant", Msg.t("mo.covenant", team,
                            cb.lender(), q, cb.metric(), cb.value(), cb.limit(), cb.streak(),
                            because.isEmpty() ? "" : Msg.t("mo.after", because)), 95));
                } else if (e instanceof GameEvent.EmergencyFacilityDrawn ef) {
                    out.add(new Moment(team, q, "emergency", Msg.t("mo.emergency", team, q,
                            Text.money(ef.amountM()), ef.rate() * 100,
                            because.isEmpty() ? "" : Msg.t("mo.after", because)), 95));
                } else if (e instanceof GameEvent.ModelReleased mr && mr.meta()) {
                    if (rankBefore > 0 && rankBefore - mr.rank() >= RANK_JUMP) {
                        out.add(new Moment(team, q, "model", Msg.t("mo.model",
                                team, mr.model(), mr.elo(), q, rankBefore, mr.rank(), f.gpusOnline(), f.stars()), 70));
                    }
                } else if (e instanceof GameEvent.StarsLeft sl && sl.stars() >= STARS_LOST) {
                    out.add(new Moment(team, q, "talent", Msg.t("mo.talent",
                            team, sl.stars(), EngineText.to(sl), q, EngineText.cause(sl.cause())), 60));
                } else if (e instanceof GameEvent.StakeNews sn && sn.regulators()) {
                    out.add(new Moment(team, q, "stake", Msg.t("mo.stake", team, q, EngineText.stakeNews(sn)), 55));
                } else if (e instanceof GameEvent.GpusIdle gi && gi.idle() > 0 && gi.idle() * 4 >= gi.delivered()) {
                    out.add(new Moment(team, q, "idle", Msg.t("mo.idle", team, gi.idle(),
                            gi.delivered(), q, gi.gwOnline()), 45));
                } else if (e instanceof GameEvent.GameEnded ge && ge.defaulted()) {
                    out.add(new Moment(team, q, "default", Msg.t("mo.default", team, q, EngineText.end(ge.reason())), 100));
                }
            }
            List<String> cards = r.events().stream().filter(e -> e instanceof GameEvent.CardDrawn)
                    .map(e -> "'" + ScenarioText.of(((GameEvent.CardDrawn) e).title()) + "'").toList();
            Double move = sharePriceMove(g, q);
            if (move != null && (move <= -SHARE_PRICE_MOVE || move >= 1.5 * SHARE_PRICE_MOVE)) {
                out.add(new Moment(team, q, move < 0 ? "share-fall" : "share-rise", Msg.t(move < 0 ? "mo.fell" : "mo.rose", team, Math.abs(move) * 100, q,
                        f.sharePrice(), cards.isEmpty() ? "" : Msg.t("mo.drew", String.join(Msg.t("mo.and"), cards)),
                        Text.money(f.capexM()), Text.money(f.revenueM()), f.netLeverage(),
                        because.isEmpty() ? "" : Msg.t("mo.largest", because)), move < 0 ? 75 : 40));
            }
            rankBefore = f.rank();
        }
        // One idle-GPU moment per team is enough (the first), one covenant moment per quarter (several
        // instruments of one lender breach together), and never the same sentence twice.
        boolean seenIdle = false;
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Moment> kept = new ArrayList<>();
        for (Moment m : out) {
            if (m.kind().equals("idle")) {
                if (seenIdle) {
                    continue;
                }
                seenIdle = true;
            }
            if ((m.kind().equals("covenant") && !seen.add("covenant " + m.quarter())) || !seen.add(m.text())) {
                continue;
            }
            kept.add(m);
        }
        return kept;
    }

    /** The world's shocks (event cards) in a game, with how each team's share price moved that quarter. */
    public static List<Moment> shocks(List<ReplayedGame> games) {
        List<Moment> out = new ArrayList<>();
        if (games.isEmpty()) {
            return out;
        }
        ReplayedGame first = games.get(0);
        for (QuarterResult r : first.quarters()) {
            List<String> cards = new ArrayList<>();
            for (GameEvent e : r.events()) {
                if (e instanceof GameEvent.CardDrawn c) {
                    cards.add(ScenarioText.of(c.title()) + ": " + ScenarioText.of(c.description()));
                }
            }
            if (cards.isEmpty()) {
                continue;
            }
            Quarter q = r.state().latest().quarter();
            StringBuilder sb = new StringBuilder(q + " — " + String.join(" ", cards.stream()
                    .map(c -> c.endsWith(".") ? c : c + ".").toList()));
            List<String> moves = new ArrayList<>();
            for (ReplayedGame g : games) {
                Double move = sharePriceMove(g, q);
                if (move != null) {
                    moves.add(String.format(Locale.ROOT, "%s %+.1f%%", g.team(), move * 100));
                }
            }
            if (!moves.isEmpty()) {
                sb.append(Msg.t("mo.shockPrice")).append(String.join(", ", moves)).append('.');
            }
            out.add(new Moment("", q, "shock", sb.toString(), 80));
        }
        return out;
    }

    /** The team's share price change over quarter q, or null if q was not played. */
    static Double sharePriceMove(ReplayedGame g, Quarter q) {
        List<QuarterFigures> fs = g.figures();
        for (int i = 0; i < fs.size(); i++) {
            if (fs.get(i).quarter().equals(q)) {
                double before = i == 0 ? g.end().market().startSharePrice() : fs.get(i - 1).sharePrice();
                return fs.get(i).sharePrice() / before - 1;
            }
        }
        return null;
    }

    /** The most important moments first, at most n per team. */
    public static List<Moment> top(List<Moment> all, int n) {
        return all.stream().sorted(Comparator.comparingInt(Moment::weight).reversed()
                .thenComparing(Moment::quarter)).limit(n).sorted(Comparator.comparing(Moment::quarter)).toList();
    }

    private static int startRank(ReplayedGame g) {
        return g.quarters().isEmpty() ? 0 : dev.capex.engine.Engine.start(g.game().scenario(), g.game().seed()).lab().ai().rank();
    }

    /** The largest applied decision of quarter i or the one before, named as a player would. */
    static String biggestDecision(ReplayedGame g, int i) {
        Scenario sc = g.game().scenario();
        Decision best = null;
        long size = 0;
        for (int k = Math.max(0, i - 1); k <= i; k++) {
            for (GameEvent e : g.quarters().get(k).events()) {
                if (e instanceof GameEvent.DecisionApplied a) {
                    long s = DecisionSize.of(sc, a.decision());
                    if (s > size) {
                        size = s;
                        best = a.decision();
                    }
                }
            }
        }
        if (best == null || size < 1000) {
            return "";
        }
        Quarter when = null;
        for (int k = Math.max(0, i - 1); k <= i; k++) {
            for (GameEvent e : g.quarters().get(k).events()) {
                if (e instanceof GameEvent.DecisionApplied a && a.decision() == best) {
                    when = g.quarters().get(k).state().latest().quarter();
                }
            }
        }
        return DecisionSize.name(sc, best) + (when != null && k(g, i).equals(when) ? Msg.t("mo.thisQuarter") : Msg.t("mo.in", when));
    }

    private static Quarter k(ReplayedGame g, int i) {
        return g.quarters().get(i).state().latest().quarter();
    }
}
