package dev.capex.engine.turn;

import dev.capex.engine.model.ArenaModel;
import java.util.Arrays;

/**
 * The arena's Elos in plain arrays, kept in step with the working arena (an append is copied on; any other
 * write makes the arrays again): ranks and the frontier counted over doubles, not over records. Counts and
 * maxima give exactly what {@link dev.capex.engine.model.ArenaRank} and a scan of the list give.
 */
final class ArenaMirror {
    private final WorkingList<ArenaModel> arena;
    private int madeAtWrite = -1;
    private int size;
    private double[] elo = new double[64];
    private boolean[] meta = new boolean[64];
    private int[] released = new int[64];

    ArenaMirror(WorkingList<ArenaModel> arena) {
        this.arena = arena;
    }

    private void refresh() {
        int writes = arena.writes();
        if (writes == madeAtWrite) {
            return;
        }
        int n = arena.size();
        if (writes == madeAtWrite + 1 && n == size + 1) { // one append (the arena is only appended to and filtered)
            put(size, arena.get(size));
        } else {
            for (int i = 0; i < n; i++) {
                put(i, arena.get(i));
            }
        }
        size = n;
        madeAtWrite = writes;
    }

    private void put(int i, ArenaModel m) {
        if (i >= elo.length) {
            elo = Arrays.copyOf(elo, elo.length * 2);
            meta = Arrays.copyOf(meta, meta.length * 2);
            released = Arrays.copyOf(released, released.length * 2);
        }
        elo[i] = m.elo();
        meta[i] = m.meta();
        released[i] = m.released().ordinal();
    }

    /** 1 + the models above {@code e}, Meta's included. */
    int inField(double e) {
        refresh();
        int rank = 1;
        for (int i = 0; i < size; i++) {
            if (elo[i] > e) {
                rank++;
            }
        }
        return rank;
    }

    /** 1 + the other labs' models above {@code e}. */
    int ofMeta(double e) {
        refresh();
        int rank = 1;
        for (int i = 0; i < size; i++) {
            if (!meta[i] && elo[i] > e) {
                rank++;
            }
        }
        return rank;
    }

    /** The quarter (ordinal) of the other labs' oldest model, or Integer.MAX_VALUE when none. */
    int oldestRivalRelease() {
        refresh();
        int oldest = Integer.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            if (!meta[i] && released[i] < oldest) {
                oldest = released[i];
            }
        }
        return oldest;
    }

    /** The best Elo of the other labs (0 when none). */
    double frontier() {
        refresh();
        double f = 0;
        for (int i = 0; i < size; i++) {
            if (!meta[i]) {
                f = Math.max(f, elo[i]);
            }
        }
        return f;
    }
}
