package dev.capex.engine.model;

/** A model in the LM Arena field. */
public record ArenaModel(String lab, String name, double elo, Quarter released, boolean meta) {
}
