package dev.capex.engine.model;

import java.util.List;

/** Ranks in the arena, worked out here and nowhere else: 1 + the number of models strictly above an Elo. */
public final class ArenaRank {
    private ArenaRank() {
    }

    /** Meta's rank with this Elo: 1 + the number of other labs' models above it (Meta's own do not count). */
    public static int ofMeta(List<ArenaModel> arena, double elo) {
        int rank = 1;
        for (int kM = 0; kM < arena.size(); kM++) { // indexed: no iterator
            ArenaModel m = arena.get(kM);
            if (!m.meta() && m.elo() > elo) {
                rank++;
            }
        }
        return rank;
    }

    /** The rank a model with this Elo takes in the whole field (every model above it counts, Meta's too). */
    public static int inField(List<ArenaModel> arena, double elo) {
        int rank = 1;
        for (int kM = 0; kM < arena.size(); kM++) { // indexed: no iterator
            ArenaModel m = arena.get(kM);
            if (m.elo() > elo) {
                rank++;
            }
        }
        return rank;
    }
}
