package dev.capex.engine.model;

/** The credit picture: rating, covenant breach streak, emergency facility and downgrades. */
public record CreditState(int ratingIndex, int upgradeStreak, int breachStreak, long emergencyDrawnM,
        int downgrades, int worstRatingIndex) {
}
