package dev.capex.engine.event;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.EndReason;

/**
 * What happened in a quarter and why, as facts: the engine returns these with the new state; the terminal
 * UI, the plain text mode, saves and reports read them instead of diffing states, and the shell writes
 * their sentences (dev.capex.report.EventText).
 */
public sealed interface GameEvent {

    enum Category { DECISION, FINANCE, AI, WORLD, COMPETITOR, CARD, GAME }

    Category category();

    /**
     * What applying a decision did, as data: each lever's rule defines its own record
     * (dev.capex.engine.levers); the shell writes the sentence.
     */
    interface Outcome {
    }

    /** A decision the engine applied, and what it did. */
    record DecisionApplied(Decision decision, Outcome outcome) implements GameEvent {
        public Category category() {
            return Category.DECISION;
        }
    }

    /** A decision the engine refused, and why (a fact; the shell writes the sentence). */
    record DecisionRefused(Decision decision, Reason reason) implements GameEvent {
        public Category category() {
            return Category.DECISION;
        }
    }

    record BondClosed(String id, long amountM, double couponRate, int tenorYears) implements GameEvent {
        public Category category() {
            return Category.FINANCE;
        }
    }

    record GpusDelivered(String generation, long units, long stillOnOrder, long paidM) implements GameEvent {
        public Category category() {
            return Category.AI;
        }
    }

    record GpusIdle(long idle, long delivered, double gwOnline) implements GameEvent {
        public Category category() {
            return Category.AI;
        }
    }

    record ConstructionCompleted(String site, double gw, double leasedGw) implements GameEvent {
        public Category category() {
            return Category.AI;
        }
    }

    /**
     * A project's grid connection came late: the site, this quarter's delay risk (a share, 0.04 = 4%) and the
     * extra cost the delay adds (millions); the shell writes the sentence.
     */
    record ConstructionDelayed(String site, double risk, long overrunM) implements GameEvent {
        public Category category() {
            return Category.AI;
        }
    }

    record ModelReleased(String lab, String model, double elo, int rank, boolean meta, double previousBest)
            implements GameEvent {
        public Category category() {
            return meta ? Category.AI : Category.COMPETITOR;
        }
    }

    /** Meta's run finished and was held back, not released: the rank it would have had. */
    record ModelHeld(String model, double elo, int rank) implements GameEvent {
        public Category category() {
            return Category.AI;
        }
    }

    /** News of a rival lab: a headline or a reaction, in the scenario's words. */
    record CompetitorNews(String competitor, String text) implements GameEvent {
        public Category category() {
            return Category.COMPETITOR;
        }
    }

    /** What a rival lab spends on capex this quarter. */
    record CompetitorCapex(String competitor, long capexM) implements GameEvent {
        public Category category() {
            return Category.COMPETITOR;
        }
    }

    record CardDrawn(String id, String title, String description) implements GameEvent {
        public Category category() {
            return Category.CARD;
        }
    }

    /** The credit rating moved a notch or more, with the metrics behind it and why; the shell writes the sentence. */
    record RatingChanged(String from, String to, boolean downgrade, double netLeverage, double interestCover,
            Cause cause) implements GameEvent {
        /**
         * Why the rating moved, as facts. {@code PRESSURE}: what weighed on the metrics this quarter (any of
         * new debt, GPU payments, construction, the emergency facility, EBITDA fallen by more than a tenth; none
         * may be known). {@code HELD_BETTER}: the metrics have held better for {@code quarters} quarters.
         * {@code EMERGENCY_DRAWN}: Meta had to draw on its emergency facility.
         */
        public record Cause(Why why, int quarters, long newDebtM, long gpusM, long constructionM, boolean emergency,
                boolean ebitdaDown, long ebitdaM) {
            public enum Why { PRESSURE, HELD_BETTER, EMERGENCY_DRAWN }

            public static Cause heldBetter(int quarters) {
                return new Cause(Why.HELD_BETTER, quarters, 0, 0, 0, false, false, 0);
            }

            public static Cause emergencyDrawn() {
                return new Cause(Why.EMERGENCY_DRAWN, 0, 0, 0, 0, false, false, 0);
            }

            /** Whether anything is known to say (a pressure with nothing in it says nothing). */
            public boolean known() {
                return why != Why.PRESSURE || newDebtM > 0 || gpusM > 0 || constructionM > 0 || emergency || ebitdaDown;
            }
        }

        public Category category() {
            return Category.FINANCE;
        }
    }

    record CovenantBreached(String instrument, String lender, String metric, double value, double limit,
            int streak) implements GameEvent {
        public Category category() {
            return Category.FINANCE;
        }
    }

    record EmergencyFacilityDrawn(long amountM, double rate, long totalM) implements GameEvent {
        public Category category() {
            return Category.FINANCE;
        }
    }

    /** A debt (its id and its lender) repaid by this amount (millions), and why; the shell writes the sentence. */
    record DebtRepaid(String debt, String lender, long amountM, Why why) implements GameEvent {
        /** Why a debt was repaid. */
        public enum Why {
            /** Its maturity: the rest of its principal. */
            MATURITY,
            /** Its scheduled amortisation. */
            SCHEDULED,
            /** A cash sweep: cash above the minimum the lenders set goes to them. */
            SWEEP,
            /** The player repaid it early (the repay lever). */
            EARLY
        }

        public Category category() {
            return Category.FINANCE;
        }
    }

    /**
     * Star researchers left the lab for a rival ({@code to}: its name, or null for rivals in general), and why;
     * the shell writes the sentence.
     */
    record StarsLeft(int stars, String to, Cause cause) implements GameEvent {
        /**
         * Why stars left, as facts. {@code PAY_BELOW}: their package ({@code packageM}) is below what
         * {@code rival} now pays ({@code askM}). {@code RETENTION}: the retention risk ({@code lowMorale}: with
         * low morale after layoffs). {@code COUNTER_OFFER}: {@code rival} is counter-offering Meta's own
         * researchers. {@code RAID}: a talent raid, the event card titled {@code card}.
         */
        public record Cause(Why why, String rival, long packageM, long askM, boolean lowMorale, String card) {
            public enum Why { PAY_BELOW, RETENTION, COUNTER_OFFER, RAID }

            public static Cause payBelow(long packageM, String rival, long askM) {
                return new Cause(Why.PAY_BELOW, rival, packageM, askM, false, null);
            }

            public static Cause retention(boolean lowMorale) {
                return new Cause(Why.RETENTION, null, 0, 0, lowMorale, null);
            }

            public static Cause counterOffer(String rival) {
                return new Cause(Why.COUNTER_OFFER, rival, 0, 0, false, null);
            }

            public static Cause raid(String card) {
                return new Cause(Why.RAID, null, 0, 0, false, card);
            }
        }

        public Category category() {
            return Category.AI;
        }
    }

    /**
     * News of a stake Meta holds or just bought, as facts; the shell writes the sentence. {@code target}: the
     * target's id, {@code name}: its name. {@code INTEGRATED}: the target is integrated, data quality is now
     * {@code share}, and when {@code efficiency} (the target brings some) inference efficiency up by {@code gain}
     * (a share).
     * {@code IMPAIRED}: the stake written down by {@code amountM}, the target now worth {@code otherM}.
     * {@code FORCED_SALE}: regulators force Meta to sell it, for {@code amountM}. {@code PROBE_CARD}: an
     * antitrust card opens a probe into it. {@code CUSTOMERS_FLEE}: on buying, the target's other customers pull
     * back, its value falls by {@code share} to {@code amountM}. {@code PROBE}: on buying, regulators open a
     * probe (legal costs each quarter, a risk of forced sale).
     */
    record StakeNews(What what, String target, String name, double share, boolean efficiency, double gain, long amountM,
            long otherM) implements GameEvent {
        public enum What { INTEGRATED, IMPAIRED, FORCED_SALE, PROBE_CARD, CUSTOMERS_FLEE, PROBE }

        public static StakeNews integrated(String target, String name, double dataQuality, boolean efficiency,
                double efficiencyGain) {
            return new StakeNews(What.INTEGRATED, target, name, dataQuality, efficiency, efficiencyGain, 0, 0);
        }

        public static StakeNews impaired(String target, String name, long lossM, long valueM) {
            return new StakeNews(What.IMPAIRED, target, name, 0, false, 0, lossM, valueM);
        }

        public static StakeNews forcedSale(String target, String name, long proceedsM) {
            return new StakeNews(What.FORCED_SALE, target, name, 0, false, 0, proceedsM, 0);
        }

        public static StakeNews probeCard(String target, String name) {
            return new StakeNews(What.PROBE_CARD, target, name, 0, false, 0, 0, 0);
        }

        public static StakeNews customersFlee(String target, String name, double flight, long valueM) {
            return new StakeNews(What.CUSTOMERS_FLEE, target, name, flight, false, 0, valueM, 0);
        }

        public static StakeNews probe(String target, String name) {
            return new StakeNews(What.PROBE, target, name, 0, false, 0, 0, 0);
        }

        /** Whether regulators act on the stake (a probe opened, or a forced sale). */
        public boolean regulators() {
            return what == What.FORCED_SALE || what == What.PROBE || what == What.PROBE_CARD;
        }

        public Category category() {
            return Category.FINANCE;
        }
    }

    /**
     * Something the player should know happened, as facts; the shell writes the sentence. {@code REASONING}:
     * with {@code stars} stars and data quality {@code share}, the lab can train reasoning models, {@code elo}
     * Elo on the next release. {@code TAX_WRITE_OFF}: the card titled {@code card} wrote off {@code amountM} of
     * deferred tax assets. {@code PAPER}: cash kept at the minimum with {@code amountM} of commercial paper and
     * {@code otherM} drawn on the revolver. {@code BUYBACKS_CUT}: buybacks cut to {@code amountM} of
     * {@code otherM} planned.
     */
    record Milestone(What what, String card, long amountM, long otherM, int stars, double share, double elo)
            implements GameEvent {
        public enum What { REASONING, TAX_WRITE_OFF, PAPER, BUYBACKS_CUT }

        public static Milestone reasoning(int stars, double dataQuality, double elo) {
            return new Milestone(What.REASONING, null, 0, 0, stars, dataQuality, elo);
        }

        public static Milestone taxWriteOff(String card, long chargeM) {
            return new Milestone(What.TAX_WRITE_OFF, card, chargeM, 0, 0, 0, 0);
        }

        public static Milestone paper(long paperM, long revolverM) {
            return new Milestone(What.PAPER, null, paperM, revolverM, 0, 0, 0);
        }

        public static Milestone buybacksCut(long buybackM, long plannedM) {
            return new Milestone(What.BUYBACKS_CUT, null, buybackM, plannedM, 0, 0, 0);
        }

        public Category category() {
            return Category.AI;
        }
    }

    /** The game ended, and why (a fact; the shell writes the sentence). */
    record GameEnded(EndReason reason) implements GameEvent {
        /** Whether it ended in default. */
        public boolean defaulted() {
            return reason.defaulted();
        }

        public Category category() {
            return Category.GAME;
        }
    }
}
