package dev.capex.engine.model;

import dev.capex.engine.decision.Decision;
import java.util.Locale;

/**
 * Why a game ended, as facts (the state's {@code endReason} and the {@code GameEnded} event); the shell writes
 * the sentence ({@code report.EngineText.end}). {@code COVENANTS}: covenants breached {@code quarters} quarters
 * in a row, at {@code netLeverage} and {@code interestCover} (capped at 999 as the sentence shows it): Meta
 * defaults. {@code CASH}: cash fell to {@code cashM}, below the operating minimum {@code minimumM}, with the
 * emergency facility exhausted: Meta defaults. {@code SOLVENT}: the game ran to its last quarter,
 * {@code end}, and Meta is solvent.
 */
public record EndReason(Why why, int quarters, double netLeverage, double interestCover, long cashM, long minimumM,
        Quarter end) {
    public enum Why { COVENANTS, CASH, SOLVENT }

    public static EndReason covenants(int quarters, double netLeverage, double interestCover) {
        return new EndReason(Why.COVENANTS, quarters, netLeverage, Math.min(interestCover, 999), 0, 0, null);
    }

    public static EndReason cash(long cashM, long minimumM) {
        return new EndReason(Why.CASH, 0, 0, 0, cashM, minimumM, null);
    }

    public static EndReason solvent(Quarter end) {
        return new EndReason(Why.SOLVENT, 0, 0, 0, 0, 0, end);
    }

    /** Whether the game ended in default. */
    public boolean defaulted() {
        return why != Why.SOLVENT;
    }

    /**
     * The English sentence the engine wrote for this reason before it was a fact, word for word and frozen: the
     * state's canonical encoding ({@code StateEncoding}) and its format-1 text ({@code LegacyStateText}) hold it,
     * so that the digests of saved games stay what they were. Not for players: the shell renders the reason from
     * its bundles (in English the same words).
     */
    public String text() {
        return switch (why) {
            case COVENANTS -> String.format(Locale.ROOT,
                    "covenants breached %d quarters in a row (net leverage %.2fx, interest cover %.1fx): the lenders "
                            + "accelerate the loans and Meta cannot pay them", quarters, netLeverage, interestCover);
            case CASH -> "cash fell to " + Decision.money(cashM) + ", below the operating minimum of "
                    + Decision.money(minimumM) + ", with the emergency facility exhausted";
            case SOLVENT -> "the game ends after " + end + "; Meta is solvent";
        };
    }

    /** The text the state's encodings hold for a reason or none (a game still playing): "" for none. */
    public static String text(EndReason r) {
        return r == null ? "" : r.text();
    }
}
