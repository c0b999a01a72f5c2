package dev.capex.engine.model;

/** The credit picture: rating, covenant breach streak, emergency facility and downgrades. */
public record CreditState(int ratingIndex, int upgradeStreak, int breachStreak, long emergencyDrawnM,
        int downgrades, int worstRatingIndex) {

    public CreditState withBreachStreak(int streak) {
        if (streak == breachStreak) {
            return this; // the same streak: the same record
        }
        return new CreditState(ratingIndex, upgradeStreak, streak, emergencyDrawnM, downgrades, worstRatingIndex);
    }

    public CreditState withEmergencyDrawn(long drawnM) {
        return new CreditState(ratingIndex, upgradeStreak, breachStreak, drawnM, downgrades, worstRatingIndex);
    }
}
