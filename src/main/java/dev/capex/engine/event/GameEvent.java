package dev.capex.engine.event;

import dev.capex.engine.decision.Decision;

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

    record RatingChanged(String from, String to, boolean downgrade, double netLeverage, double interestCover,
            String cause) implements GameEvent {
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

    record StarsLeft(int stars, String to, String cause) implements GameEvent {
        public Category category() {
            return Category.AI;
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
    }
}
