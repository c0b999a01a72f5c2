package dev.capex.engine.model;

import java.util.List;

/**
 * Everything outside the company: the macro economy, the arena's models, the rivals, the effects of
 * cards in force and the cards already fired.
 */
public record World(MacroState macro, List<ArenaModel> arena, List<CompetitorState> competitors,
        List<ActiveEffect> effects, List<String> firedCards) {
    public World {
        arena = FrozenList.copyOf(arena);
        competitors = FrozenList.copyOf(competitors);
        effects = FrozenList.copyOf(effects);
        firedCards = FrozenList.copyOf(firedCards);
    }
}
