package dev.capex.engine.turn;

import dev.capex.engine.model.ArenaModel;
import dev.capex.engine.model.FrozenList;
import dev.capex.engine.model.Quarter;
import java.util.Arrays;
import java.util.List;

/**
 * The arena while a game is played: its models in arrays, in the list's order (appended to, and filtered
 * keeping the order, as the list was), so ranks, the frontier and retirement are counted over doubles and
 * ints. A model released in the game gets its {@link ArenaModel} record only when the state is built
 * ({@link #models}); the state's own records are kept and given back as they are.
 */
public final class WorkingArena {
    private int size;
    private String[] lab;
    private String[] name;
    private double[] elo;
    /** Whether a slot is a tombstone (a removed model). */
    private boolean[] gone;
    private int[] releasedOrdinal;
    private boolean[] meta;
    /** Each model's record when one is made (the state's, or made by {@link #models}), else null. */
    private ArenaModel[] record;
    /** The list {@link #models} last gave (or the state's), while no write came after it; else null. */
    private List<ArenaModel> closed;

    WorkingArena(List<ArenaModel> models) {
        int n = models.size();
        int cap = 2 * n + 16; // room for a game's releases (the baseline's 34 models reach 80 at most): no growth
        lab = new String[cap];
        name = new String[cap];
        elo = new double[cap];
        gone = new boolean[cap];
        releasedOrdinal = new int[cap];
        meta = new boolean[cap];
        record = new ArenaModel[cap];
        for (int i = 0; i < n; i++) {
            ArenaModel m = models.get(i);
            put(i, m.lab(), m.name(), m.elo(), m.released(), m.meta());
            record[i] = m;
        }
        size = n;
        closed = models;
    }

    private void put(int i, String l, String nm, double e, Quarter q, boolean isMeta) {
        lab[i] = l;
        name[i] = nm;
        elo[i] = e;
        releasedOrdinal[i] = q.ordinal(); // (a model without a quarter fails here, as the list's scans did)
        gone[i] = false;
        meta[i] = isMeta;
        record[i] = null;
    }

    /** The models as they stand, as the state's list (the same list while nothing was written since). */
    public List<ArenaModel> models() {
        List<ArenaModel> l = closed;
        if (l == null) {
            ArenaModel[] a = new ArenaModel[size - dead];
            int k = 0;
            for (int i = 0; i < size; i++) {
                if (gone[i]) {
                    continue; // a tombstone
                }
                ArenaModel m = record[i];
                if (m == null) {
                    m = new ArenaModel(lab[i], name[i], elo[i], Quarter.ofOrdinal(releasedOrdinal[i]), meta[i]); // a value: an equal quarter
                    record[i] = m;
                }
                a[k++] = m;
            }
            l = FrozenList.adopt(a, k);
            closed = l;
        }
        return l;
    }

    /** How many models the arena holds. */
    public int size() {
        return size - dead;
    }

    /** Adds a model at the end (as {@code list.add}). */
    public void add(String l, String nm, double e, Quarter q, boolean isMeta) {
        if (size == elo.length && dead > 0) {
            compact();
        }
        if (size == elo.length) {
            int cap = size * 2;
            lab = Arrays.copyOf(lab, cap);
            name = Arrays.copyOf(name, cap);
            elo = Arrays.copyOf(elo, cap);
            gone = Arrays.copyOf(gone, cap);
            releasedOrdinal = Arrays.copyOf(releasedOrdinal, cap);
            meta = Arrays.copyOf(meta, cap);
            record = Arrays.copyOf(record, cap);
        }
        put(size++, l, nm, e, q, isMeta);
        if (!isMeta) { // a model appended: the scans, had they run on, would take it in last
            if (frontierMade && (e > frontier || e != e)) { // as frontier()'s loop does for one more model
                frontier = e;
            }
            if (oldestMade && q.ordinal() < oldest) {
                oldest = q.ordinal();
            }
            if (rankMade && e > rankElo) { // as ofMeta's loop counts it
                rankAbove++;
            }
        } // Meta's models count in none of the three
        closed = null;
    }

    /** Removes Meta's models (as {@code list.removeIf(ArenaModel::meta)}). */
    public void removeMeta() {
        removeWhere(true, Integer.MIN_VALUE);
    }

    /** Removes the other labs' models released before quarter ordinal {@code before} (retired). */
    public void retireOthersReleasedBefore(int before) {
        removeWhere(false, before);
    }

    /**
     * Removes Meta's models ({@code metaOnes}), or the others released before {@code before}; the rest keep their
     * order. A removed model is left as a tombstone (no record, Elo -infinity, not Meta's, released at
     * Integer.MAX_VALUE: no rank, frontier, oldest release or removal ever counts it, so the scans need no test),
     * and the arrays are compacted only when they are full or the list is made.
     */
    private void removeWhere(boolean metaOnes, int before) {
        boolean any = false;
        // Retiring the others' models: the frontier and the oldest release of the ones that stay are found in the
        // same pass, in the list's order (what frontier() and oldestRivalRelease() would find after it). Removing
        // Meta's models changes neither, nor the count of the others' models above an Elo.
        double f = 0;
        int o = Integer.MAX_VALUE;
        double re = rankElo;
        int above = rankAbove;
        for (int i = 0; i < size; i++) {
            boolean drop = metaOnes ? meta[i] : !meta[i] && releasedOrdinal[i] < before;
            if (drop) {
                if (!metaOnes && elo[i] > re) {
                    above--; // no longer counted by ofMeta(re)
                }
                lab[i] = null;
                name[i] = null;
                record[i] = null;
                elo[i] = Double.NEGATIVE_INFINITY;
                meta[i] = false;
                releasedOrdinal[i] = Integer.MAX_VALUE;
                gone[i] = true;
                dead++;
                any = true;
            } else if (!metaOnes && !meta[i]) { // a model that stays (or a tombstone, which counts in neither)
                double e = elo[i];
                if (e > f || e != e) {
                    f = e;
                }
                if (releasedOrdinal[i] < o) {
                    o = releasedOrdinal[i];
                }
            }
        }
        if (any) {
            closed = null;
            if (!metaOnes) {
                frontier = f;
                frontierMade = true;
                oldest = o;
                oldestMade = true;
                rankAbove = above;
            }
        }
    }

    /** Tombstones among the first {@link #size} slots. */
    private int dead;

    /** Drops the tombstones, the models keeping their order. */
    private void compact() {
        int k = 0;
        for (int i = 0; i < size; i++) {
            if (!gone[i]) {
                if (k != i) {
                    lab[k] = lab[i];
                    name[k] = name[i];
                    elo[k] = elo[i];
                    releasedOrdinal[k] = releasedOrdinal[i];
                    meta[k] = meta[i];
                    record[k] = record[i];
                    gone[k] = false;
                }
                k++;
            }
        }
        for (int i = k; i < size; i++) {
            lab[i] = null;
            name[i] = null;
            record[i] = null;
            gone[i] = false;
        }
        size = k;
        dead = 0;
    }

    /** 1 + the models above {@code e}, Meta's included. */
    public int inField(double e) {
        int rank = 1;
        for (int i = 0; i < size; i++) {
            if (elo[i] > e) {
                rank++;
            }
        }
        return rank;
    }

    /**
     * 1 + the other labs' models above {@code e}: counted by a scan when asked for another Elo than last time,
     * else kept up to date as the others' models come and go (Meta asks with its best Elo every quarter).
     */
    public int ofMeta(double e) {
        if (rankMade && Double.doubleToRawLongBits(e) == Double.doubleToRawLongBits(rankElo)) {
            return 1 + rankAbove;
        }
        int above = 0;
        for (int i = 0; i < size; i++) {
            if (!meta[i] && elo[i] > e) {
                above++;
            }
        }
        rankElo = e;
        rankAbove = above;
        rankMade = true;
        return 1 + above;
    }

    /** The Elo the count below was made for, and the count: the others' models above it (tombstones never are). */
    private double rankElo = Double.NaN;
    private int rankAbove;
    private boolean rankMade;

    /** The quarter (ordinal) of the other labs' oldest model, or Integer.MAX_VALUE when none. */
    public int oldestRivalRelease() {
        if (oldestMade) { // worked out again only after the arena changed
            return oldest;
        }
        int o = Integer.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            if (!meta[i] && releasedOrdinal[i] < o) {
                o = releasedOrdinal[i];
            }
        }
        oldest = o;
        oldestMade = true;
        return o;
    }

    private int oldest;
    private boolean oldestMade;

    /** The best Elo of the other labs (0 when none): worked out again only after the arena changed. */
    public double frontier() {
        if (frontierMade) {
            return frontier;
        }
        double f = 0;
        for (int i = 0; i < size; i++) {
            if (!meta[i]) {
                double e = elo[i];
                if (e > f || e != e) { // Math.max(f, e) written out (C1 calls it): NaN wins, +0.0 stays over -0.0
                    f = e;
                }
            }
        }
        frontier = f;
        frontierMade = true;
        return f;
    }

    private double frontier;
    private boolean frontierMade;
}
