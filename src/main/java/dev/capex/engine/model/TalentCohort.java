package dev.capex.engine.model;

/** Stars hired in one quarter on one package; the package vests over four years, front-loaded. */
public record TalentCohort(String id, int stars, long packagePerStarM, String rival, Quarter hired) {
    public TalentCohort withStars(int n) {
        return new TalentCohort(id, n, packagePerStarM, rival, hired);
    }
}
