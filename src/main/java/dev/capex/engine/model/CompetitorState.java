package dev.capex.engine.model;

/** What changed in a rival because of Meta: poached stars, reactions in force. */
public record CompetitorState(String id, int starsPoached, double eloAdjustment, double capexFactor,
        double latestElo, Quarter lastRelease) {
}
