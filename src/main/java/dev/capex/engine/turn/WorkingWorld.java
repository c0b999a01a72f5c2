package dev.capex.engine.turn;

import dev.capex.engine.model.ActiveEffect;
import dev.capex.engine.model.ArenaModel;
import dev.capex.engine.model.CompetitorState;
import dev.capex.engine.model.Ids;
import dev.capex.engine.model.World;
import java.util.List;

/** The world while a quarter is resolved ({@link World}, open for writing). */
public final class WorkingWorld {
    /** The macro world, written in place; its record made when the world is closed. */
    public final WorkingMacro macro;
    public final List<ArenaModel> arena;
    public final List<CompetitorState> competitors;
    public final List<ActiveEffect> effects;
    public final List<String> firedCards;

    WorkingWorld(World w) {
        this.macro = new WorkingMacro(w.macro());
        this.arena = new WorkingList<>(w.arena());
        this.competitors = new WorkingList<>(w.competitors());
        this.effects = new WorkingList<>(w.effects());
        this.firedCards = new WorkingList<>(w.firedCards());
    }

    public World close() {
        return new World(macro.record(), WorkingList.closed(arena), WorkingList.closed(competitors), WorkingList.closed(effects),
                WorkingList.closed(firedCards));
    }

    public CompetitorState competitor(String id) {
        for (int kC = 0; kC < competitors.size(); kC++) { // indexed: no iterator
            CompetitorState c = competitors.get(kC);
            if (Ids.same(c.id(), id)) {
                return c;
            }
        }
        return null;
    }

    public void replaceCompetitor(CompetitorState c) {
        for (int i = 0; i < competitors.size(); i++) {
            if (competitors.get(i).id().equals(c.id())) {
                competitors.set(i, c);
                return;
            }
        }
    }
}
