package dev.capex.engine.model;

import java.util.List;

/**
 * The AI lab: star researchers and the cohorts hired, the models' progress, and the frictions the
 * organisation carries between quarters (layoffs, velocity, the compute resale book).
 */
public record Lab(int stars, List<TalentCohort> talent, AiState ai, Frictions frictions) {
    public Lab {
        talent = FrozenList.copyOf(talent);
    }
}
