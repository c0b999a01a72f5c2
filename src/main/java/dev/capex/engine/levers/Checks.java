package dev.capex.engine.levers;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.Reason;
import dev.capex.engine.model.Account;
import dev.capex.engine.model.CashLine;
import dev.capex.engine.model.ConstructionProject;
import dev.capex.engine.turn.Turn;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/** What the levers' checks share: refusals and the way they write money and rates. */
final class Checks {
    private Checks() {
    }

    static String m(long v) {
        return Decision.money(v);
    }

    static String pct(double r) {
        return String.format(Locale.ROOT, "%.2f%%", r * 100);
    }

    static void require(boolean ok, Reason.Kind reason) throws Refusal {
        if (!ok) {
            throw new Refusal(reason);
        }
    }

    /** A check whose reason's values are only gathered when it fails (bots preview many decisions a quarter). */
    static void require(boolean ok, Supplier<Refusal> refusal) throws Refusal {
        if (!ok) {
            throw refusal.get();
        }
    }

    static Reason.Money money(long m) {
        return new Reason.Money(m);
    }

    static void needCash(Turn w, long amountM, Reason.Spending what) throws Refusal {
        if (amountM > w.cash()) {
            throw new Refusal(Reason.Kind.CASH, what, money(amountM), money(w.cash()));
        }
    }

    /**
     * A partner buys {@code share} of what Meta has spent on a site's builds that have no partner yet, and
     * will pay that share of the rest: the cash Meta receives, taken off construction in progress.
     */
    static long sellShareOfBuilds(Turn w, String siteId, double share) {
        long cashIn = 0;
        for (int i = 0; i < w.estate.projects.size(); i++) {
            ConstructionProject pr = w.estate.projects.get(i);
            if (pr.siteId().equals(siteId) && pr.partnerShare() == 0) {
                long sold = Turn.round(pr.metaSpentM() * share);
                cashIn += sold;
                w.estate.projects.set(i, pr.with(pr.metaSpentM() - sold, pr.partnerSpentM() + sold, pr.quartersLeft(), share,
                        pr.delays()));
            }
        }
        w.post(Account.CASH, Account.CONSTRUCTION_IN_PROGRESS, cashIn, CashLine.ASSET_SALES);
        return cashIn;
    }

    static <T> List<String> names(List<T> items, Function<T, String> f) {
        return items.stream().map(f).toList();
    }
}
