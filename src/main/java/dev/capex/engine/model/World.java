package dev.capex.engine.model;

import java.util.List;

/**
 * Everything outside the company: the macro economy, the arena's models, the rivals, the effects of
 * cards in force and the cards already fired.
 */
public record World(MacroState macro, List<ArenaModel> arena, List<CompetitorState> competitors,
        List<ActiveEffect> effects, List<String> firedCards) {
    public World {
        arena = List.copyOf(arena);
        competitors = List.copyOf(competitors);
        effects = List.copyOf(effects);
        firedCards = List.copyOf(firedCards);
    }
}
