package dev.capex.engine.levers;

import dev.capex.engine.decision.Decision;
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

    static void require(boolean ok, String reason) throws Refusal {
        if (!ok) {
            throw new Refusal(reason);
        }
    }

    /** A check whose reason is only written when it fails (bots preview many decisions a quarter). */
    static void require(boolean ok, Supplier<String> reason) throws Refusal {
        if (!ok) {
            throw new Refusal(reason);
        }
    }

    static void needCash(Turn w, long amountM, String what) throws Refusal {
        if (amountM > w.cash()) {
            throw new Refusal("not enough cash: " + what + " needs " + m(amountM) + " and Meta has " + m(w.cash())
                    + " after this quarter's earlier decisions");
        }
    }

    static <T> String names(List<T> items, Function<T, String> f) {
        return String.join(", ", items.stream().map(f).toList());
    }
}
