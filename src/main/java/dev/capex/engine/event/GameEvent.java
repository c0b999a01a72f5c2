package dev.capex.engine.event;

import dev.capex.engine.decision.Decision;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What happened in a quarter and why. The engine returns these with the new state; the terminal UI,
 * the plain text mode, saves and reports read them instead of diffing states.
 */
public sealed interface GameEvent {

    enum Category { DECISION, FINANCE, AI, WORLD, COMPETITOR, CARD, GAME }

    Category category();

    /** A sentence a player reads, with its numbers and its cause. */
    String text();

    private static String b(long m) {
        return Decision.money(m);
    }

    /**
     * A decision the engine applied, and what it did. The outcome sentence is written only when someone
     * reads it ({@link #outcome()} or {@link #text()}): bots and batch runs preview and play thousands of
     * decisions whose sentences nobody reads, and formatting them was most of their time. The sentence
     * is built from values captured when the decision was applied, so it reads the same whenever it is
     * asked for; it is then kept. Equality, hash and {@code toString()} are those of a record
     * {@code DecisionApplied(Decision decision, String outcome)}.
     */
    final class DecisionApplied implements GameEvent {
        private final Decision decision;
        private final Supplier<String> writer;
        /** The sentence once written (a String is immutable: a racy first read at worst writes it twice). */
        private String outcome;

        public DecisionApplied(Decision decision, String outcome) {
            this.decision = decision;
            this.outcome = Objects.requireNonNull(outcome);
            this.writer = null;
        }

        private DecisionApplied(Decision decision, Supplier<String> writer) {
            this.decision = decision;
            this.writer = writer;
        }

        /**
         * An applied decision whose outcome is written on first read. The supplier must be pure: it may
         * only read values that never change (captured numbers, immutable records).
         */
        public static DecisionApplied lazy(Decision decision, Supplier<String> writer) {
            return new DecisionApplied(decision, Objects.requireNonNull(writer));
        }

        public Decision decision() {
            return decision;
        }

        public String outcome() {
            String o = outcome;
            if (o == null) {
                o = Objects.requireNonNull(writer.get());
                outcome = o;
            }
            return o;
        }

        public Category category() {
            return Category.DECISION;
        }

        public String text() {
            String o = outcome();
            return "Done: " + decision.summary() + (o.isEmpty() ? "" : " — " + o);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof DecisionApplied a && Objects.equals(decision, a.decision)
                    && outcome().equals(a.outcome());
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(decision) + outcome().hashCode();
        }

        @Override
        public String toString() {
            return "DecisionApplied[decision=" + decision + ", outcome=" + outcome() + "]";
        }
    }

    record DecisionRefused(Decision decision, String reason) implements GameEvent {
        public Category category() {
            return Category.DECISION;
        }

        public String text() {
            return "Refused: " + decision.summary() + " — " + reason;
        }
    }

    record BondClosed(String id, long amountM, double couponRate, int tenorYears) implements GameEvent {
        public Category category() {
            return Category.FINANCE;
        }

        public String text() {
            return String.format(Locale.ROOT, "Bond %s closed: %s for %d years at %.2f%%", id, b(amountM), tenorYears,
                    couponRate * 100);
        }
    }

    record GpusDelivered(String generation, long units, long stillOnOrder, long paidM) implements GameEvent {
        public Category category() {
            return Category.AI;
        }

        public String text() {
            return String.format(Locale.ROOT, "%,d %s delivered (%s paid on delivery)%s", units, generation, b(paidM),
                    stillOnOrder > 0 ? String.format(Locale.ROOT, "; %,d still due — supply is tight", stillOnOrder)
                            : "");
        }
    }

    record GpusIdle(long idle, long delivered, double gwOnline) implements GameEvent {
        public Category category() {
            return Category.AI;
        }

        public String text() {
            return String.format(Locale.ROOT,
                    "%,d of %,d GPUs idle: not enough powered capacity (%.2f GW online) — they depreciate all the same",
                    idle, delivered, gwOnline);
        }
    }

    record ConstructionCompleted(String site, double gw, double leasedGw) implements GameEvent {
        public Category category() {
            return Category.AI;
        }

        public String text() {
            return String.format(Locale.ROOT, "%s: %.2f GW online%s", site, gw,
                    leasedGw > 0 ? String.format(Locale.ROOT, " (%.2f GW of it leased from the partner)", leasedGw) : "");
        }
    }

    record ConstructionDelayed(String site, String cause) implements GameEvent {
        public Category category() {
            return Category.AI;
        }

        public String text() {
            return site + " construction delayed a quarter: " + cause;
        }
    }

    record ModelReleased(String lab, String model, double elo, int rank, boolean meta, double previousBest)
            implements GameEvent {
        public Category category() {
            return meta ? Category.AI : Category.COMPETITOR;
        }

        public String text() {
            if (meta) {
                return String.format(Locale.ROOT, "Meta releases %s at %.0f Elo: arena rank #%d%s", model, elo, rank,
                        elo > previousBest ? "" : String.format(Locale.ROOT, " (below its best, %.0f)", previousBest));
            }
            return String.format(Locale.ROOT, "%s releases %s at %.0f Elo, #%d", lab, model, elo, rank);
        }
    }

    /**
     * News of a rival lab. Its text may be written when first read ({@link #lazy}): the engine reports
     * every lab's capex every quarter, and a batch run reads none of it. Equality, hash and
     * {@code toString()} are those of a record {@code CompetitorNews(String competitor, String text)}.
     */
    final class CompetitorNews implements GameEvent {
        private final String competitor;
        private final Supplier<String> writer;
        private String text;

        public CompetitorNews(String competitor, String text) {
            this.competitor = competitor;
            this.text = text;
            this.writer = null;
        }

        private CompetitorNews(String competitor, Supplier<String> writer) {
            this.competitor = competitor;
            this.writer = writer;
        }

        /** News whose text is written on first read; the supplier must be pure (captured values only). */
        public static CompetitorNews lazy(String competitor, Supplier<String> writer) {
            return new CompetitorNews(competitor, Objects.requireNonNull(writer));
        }

        public String competitor() {
            return competitor;
        }

        public Category category() {
            return Category.COMPETITOR;
        }

        public String text() {
            String t = text;
            if (t == null && writer != null) {
                t = writer.get();
                text = t;
            }
            return t;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof CompetitorNews n && Objects.equals(competitor, n.competitor)
                    && Objects.equals(text(), n.text());
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(competitor) + Objects.hashCode(text());
        }

        @Override
        public String toString() {
            return "CompetitorNews[competitor=" + competitor + ", text=" + text() + "]";
        }
    }

    record CardDrawn(String id, String title, String description) implements GameEvent {
        public Category category() {
            return Category.CARD;
        }

        public String text() {
            return title + ": " + description;
        }
    }

    record RatingChanged(String from, String to, boolean downgrade, double netLeverage, double interestCover,
            String cause) implements GameEvent {
        public Category category() {
            return Category.FINANCE;
        }

        public String text() {
            return String.format(Locale.ROOT, "%s from %s to %s: net leverage %.1fx, interest cover %s%s",
                    downgrade ? "Downgraded" : "Upgraded", from, to, netLeverage,
                    interestCover >= 100 ? "over 100x" : String.format(Locale.ROOT, "%.1fx", interestCover),
                    cause.isEmpty() ? "" : " — " + cause);
        }
    }

    record CovenantBreached(String instrument, String lender, String metric, double value, double limit,
            int streak) implements GameEvent {
        public Category category() {
            return Category.FINANCE;
        }

        public String text() {
            return String.format(Locale.ROOT, "Covenant breached on %s (%s): %s %.2fx against a limit of %.2fx — "
                    + "quarter %d in a row", instrument, lender, metric, value, limit, streak);
        }
    }

    record EmergencyFacilityDrawn(long amountM, double rate, long totalM) implements GameEvent {
        public Category category() {
            return Category.FINANCE;
        }

        public String text() {
            return String.format(Locale.ROOT,
                    "Cash fell below the operating minimum: %s drawn on the emergency facility at %.1f%% (%s in all)",
                    b(amountM), rate * 100, b(totalM));
        }
    }

    record DebtRepaid(String instrument, long amountM, String why) implements GameEvent {
        public Category category() {
            return Category.FINANCE;
        }

        public String text() {
            return b(amountM) + " of " + instrument + " repaid (" + why + ")";
        }
    }

    record StarsLeft(int stars, String to, String cause) implements GameEvent {
        public Category category() {
            return Category.AI;
        }

        public String text() {
            return stars + (stars == 1 ? " star researcher left" : " star researchers left") + " for " + to + ": "
                    + cause;
        }
    }

    record StakeNews(String target, String text) implements GameEvent {
        public Category category() {
            return Category.FINANCE;
        }
    }

    record Milestone(String text) implements GameEvent {
        public Category category() {
            return Category.AI;
        }
    }

    record GameEnded(boolean defaulted, String reason) implements GameEvent {
        public Category category() {
            return Category.GAME;
        }

        public String text() {
            return (defaulted ? "DEFAULT — game over: " : "The game is over: ") + reason;
        }
    }
}
