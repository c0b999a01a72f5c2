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
 *
 * <p>What a quarter asks is kept up to date as models come and go instead of being counted by a scan each
 * time: the other labs' models are also listed by release quarter ({@code byRelease}), so a retirement visits
 * only the models it retires and the oldest release is the first of the list; Meta's rank with its best Elo is a
 * count moved by each model that comes or goes; the frontier is carried on as models are appended and found by a
 * scan again only when a retired model could have been it. Each answer is the one the list's scan gives
 * (WorkingArenaTest).
 *
 * <p>The slots are a ring: the list runs from slot {@code first} for {@code size} slots, wrapping past the last
 * array slot to slot 0. Retirements bury the oldest models, which stand at the front of the list, so the buried
 * slots at the front leave the ring at once and are taken again by later releases. Only a full ring is touched:
 * its tombstones dropped in place ({@link #compact}), or, with none, the ring grown into new arrays ({@link #grow}).
 */
public final class WorkingArena {
    /** The list's first slot, and how many slots (models and tombstones) the list spans from it, wrapping. */
    private int first;
    private int size;
    private String[] lab;
    private String[] name;
    /**
     * 1 + the scenario competitor's position for a model a rival released in the game ({@link #addRelease}), whose lab
     * and model names are then the index's (the competitor's name, {@link ScenarioIndex#modelName} for its release
     * quarter) and not written into {@code lab} and {@code name}; 0 for a model added by its names (those arrays hold
     * them). Two reference stores fewer a release: bytes carry none of the collector's barriers (and take a quarter of
     * an int array's room: a competitor past the 126th is added by its names).
     */
    private byte[] rivalPlusOne;
    /** What decodes {@code rivalPlusOne} (null: no release is added by position). */
    private final ScenarioIndex ix;
    private double[] elo;
    /** Whether a slot is a tombstone (a removed model). */
    private boolean[] gone;
    private int[] releasedOrdinal;
    private boolean[] meta;
    /**
     * Each model's record when one is made (the state's, or made by {@link #models}), else null. An arena copied from
     * the template has none until {@link #models} is first asked (a batch's games never ask): then each slot still
     * holding what the template's slot holds takes the template's record (the state's own), see {@link #makeRecords}.
     */
    private ArenaModel[] record;
    /** The template this arena was copied from (its records not copied yet), else null. */
    private Template openedFrom;
    /** The list {@link #models} last gave (or the state's), while no write came after it; else null. */
    private List<ArenaModel> closed;
    /**
     * The slots of the other labs' models in the arena, by release quarter (oldest first) from {@code head} to
     * {@code end}: the ones before {@code head} are retired.
     */
    private int[] byRelease;
    private int head;
    private int end;
    /** Meta's models in the arena, and the slot of the only one when there is one (else -1). */
    private int metaLive;
    private int onlyMeta = -1;

    WorkingArena(List<ArenaModel> models) {
        this(models, null);
    }

    /**
     * The arena of {@code models}; copied from {@code shelf}'s template when that was made from this very list (every
     * game of a batch opens on the scenario's one opening arena), else made model by model and, when the shelf holds
     * none yet, left there as the template.
     */
    WorkingArena(List<ArenaModel> models, ScenarioIndex shelf) {
        ix = shelf;
        Template t = shelf == null ? null : shelf.arenaTemplate();
        if (t != null && t.models == models) {
            int n = t.size;
            int cap = capacityFor(n);
            lab = Arrays.copyOf(t.lab, cap);
            name = Arrays.copyOf(t.name, cap);
            rivalPlusOne = new byte[cap]; // the opening's models by their names
            elo = Arrays.copyOf(t.elo, cap);
            gone = new boolean[cap];
            releasedOrdinal = Arrays.copyOf(t.releasedOrdinal, cap);
            meta = Arrays.copyOf(t.meta, cap);
            openedFrom = t; // record stays null until models() needs it
            byRelease = Arrays.copyOf(t.byRelease, cap);
            size = n;
            end = t.end;
            metaLive = t.metaLive;
            onlyMeta = t.onlyMeta;
            closed = models;
            return;
        }
        build(models);
        if (shelf != null && t == null) {
            shelf.shelveArena(new Template(models, size, lab, name, elo, releasedOrdinal, meta, record, byRelease, end,
                    metaLive, onlyMeta));
        }
    }

    /**
     * A fresh arena's arrays (no tombstones, nothing retired, no cache made, the list from slot 0), copied once and
     * never written: what {@link #WorkingArena(List, ScenarioIndex)} copies for another game opening on the same list.
     */
    static final class Template {
        final List<ArenaModel> models;
        final int size;
        final String[] lab;
        final String[] name;
        final double[] elo;
        final int[] releasedOrdinal;
        final boolean[] meta;
        final ArenaModel[] record;
        final int[] byRelease;
        final int end;
        final int metaLive;
        final int onlyMeta;

        Template(List<ArenaModel> models, int size, String[] lab, String[] name, double[] elo, int[] releasedOrdinal,
                boolean[] meta, ArenaModel[] record, int[] byRelease, int end, int metaLive, int onlyMeta) {
            this.models = models;
            this.size = size;
            this.lab = Arrays.copyOf(lab, size);
            this.name = Arrays.copyOf(name, size);
            this.elo = Arrays.copyOf(elo, size);
            this.releasedOrdinal = Arrays.copyOf(releasedOrdinal, size);
            this.meta = Arrays.copyOf(meta, size);
            this.record = Arrays.copyOf(record, size);
            this.byRelease = Arrays.copyOf(byRelease, end);
            this.end = end;
            this.metaLive = metaLive;
            this.onlyMeta = onlyMeta;
        }
    }

    /**
     * The ring's first size for an opening of {@code n} models: room for a game's releases beside them. Twice the
     * opening and 32 more: the baseline's games (an opening field of 34, about 87 releases a game, the retired leaving
     * from the front, Meta's replaced models left as tombstones) then never fill it, so no compaction runs (with 16
     * more, about one a game: each a pass over the ring and the release list made again, about 4% of a game in the
     * paired harness). Bigger rings cost allocation (30 bytes a slot) for games that do not need it.
     */
    static int capacityFor(int n) {
        return 2 * n + 32;
    }

    private void build(List<ArenaModel> models) {
        int n = models.size();
        allocate(capacityFor(n));
        for (int i = 0; i < n; i++) {
            ArenaModel m = models.get(i);
            put(i, m.lab(), m.name(), m.elo(), m.released(), m.meta());
            record[i] = m;
        }
        first = 0;
        size = n;
        closed = models;
        indexSlots();
    }

    private void allocate(int cap) {
        lab = new String[cap];
        name = new String[cap];
        rivalPlusOne = new byte[cap];
        elo = new double[cap];
        gone = new boolean[cap];
        releasedOrdinal = new int[cap];
        meta = new boolean[cap];
        record = new ArenaModel[cap];
        byRelease = new int[cap];
    }

    private void put(int i, String l, String nm, double e, Quarter q, boolean isMeta) {
        lab[i] = l;
        name[i] = nm;
        rivalPlusOne[i] = 0;
        put(i, e, q, isMeta);
    }

    /** Puts what every model has into slot {@code i}: its Elo, release quarter, Meta's or not; no record yet. */
    private void put(int i, double e, Quarter q, boolean isMeta) {
        elo[i] = e;
        releasedOrdinal[i] = q.ordinal(); // (a model without a quarter fails here, as the list's scans did)
        gone[i] = false;
        meta[i] = isMeta;
        if (record != null) {
            record[i] = null;
        }
    }

    /** The slot after slot {@code j} in the ring. */
    private int next(int j) {
        return j + 1 == elo.length ? 0 : j + 1;
    }

    /** Lists the other labs' models by release quarter and counts Meta's, from the list's slots. */
    private void indexSlots() {
        head = 0;
        end = 0;
        metaLive = 0;
        onlyMeta = -1;
        for (int p = 0, j = first; p < size; p++, j = next(j)) {
            if (gone[j]) {
                continue;
            }
            if (meta[j]) {
                metaLive++;
                onlyMeta = metaLive == 1 ? j : -1;
            } else {
                insertByRelease(j);
            }
        }
    }

    /** Puts rival slot {@code i} into the release list after every slot released in its quarter or before. */
    private void insertByRelease(int i) {
        if (end == byRelease.length) { // the retired ones at its front make room (there are fewer rivals than slots)
            System.arraycopy(byRelease, head, byRelease, 0, end - head);
            end -= head;
            head = 0;
        }
        int o = releasedOrdinal[i];
        int k = end;
        while (k > head && releasedOrdinal[byRelease[k - 1]] > o) { // a release in an earlier quarter than the last: rare
            k--;
        }
        if (k < end) {
            System.arraycopy(byRelease, k, byRelease, k + 1, end - k);
        }
        byRelease[k] = i;
        end++;
    }

    /** The models as they stand, as the state's list (the same list while nothing was written since). */
    public List<ArenaModel> models() {
        List<ArenaModel> l = closed;
        if (l == null) {
            if (record == null) {
                makeRecords();
            }
            ArenaModel[] a = new ArenaModel[size - dead];
            int k = 0;
            for (int p = 0, i = first; p < size; p++, i = next(i)) {
                if (gone[i]) {
                    continue; // a tombstone
                }
                ArenaModel m = record[i];
                if (m == null) {
                    Quarter released = Quarter.ofOrdinal(releasedOrdinal[i]); // a value: an equal quarter
                    int rival = rivalPlusOne[i] - 1;
                    m = rival < 0 ? new ArenaModel(lab[i], name[i], elo[i], released, meta[i])
                            : new ArenaModel(ix.competitorName(rival), ix.modelName(rival, released), elo[i], released, false);
                    record[i] = m;
                }
                a[k++] = m;
            }
            l = FrozenList.adopt(a, k);
            closed = l;
        }
        return l;
    }

    /**
     * The records of an arena copied from the template, made when first needed: a slot that holds what the template's
     * slot holds (the same names, Elo, quarter, Meta's or not: a value equal to the template's record) takes the
     * template's record, the state's own; any other is made from its slot by {@link #models}.
     */
    private void makeRecords() {
        record = new ArenaModel[elo.length];
        Template t = openedFrom;
        for (int i = 0, n = Math.min(t.size, elo.length); i < n; i++) {
            if (!gone[i] && rivalPlusOne[i] == 0 && lab[i] == t.lab[i] && name[i] == t.name[i]
                    && Double.doubleToRawLongBits(elo[i]) == Double.doubleToRawLongBits(t.elo[i])
                    && releasedOrdinal[i] == t.releasedOrdinal[i] && meta[i] == t.meta[i]) {
                record[i] = t.record[i];
            }
        }
        openedFrom = null;
    }

    /** How many models the arena holds. */
    public int size() {
        return size - dead;
    }

    /** Adds a model at the end (as {@code list.add}). */
    public void add(String l, String nm, double e, Quarter q, boolean isMeta) {
        int slot = takeSlot();
        put(slot, l, nm, e, q, isMeta);
        added(slot, e, isMeta);
    }

    /**
     * Adds, at the end, the model scenario competitor {@code rival} releases in {@code q} with Elo {@code e}: as
     * {@code add(competitor's name, ix.modelName(rival, q), e, q, false)}, its names read from the index when a
     * record is made. Needs the arena made with the scenario's index.
     */
    public void addRelease(int rival, double e, Quarter q) {
        if (rival >= Byte.MAX_VALUE) { // past what a byte holds: by its names
            add(ix.competitorName(rival), ix.modelName(rival, q), e, q, false);
            return;
        }
        int slot = takeSlot();
        rivalPlusOne[slot] = (byte) (rival + 1);
        put(slot, e, q, false);
        added(slot, e, false);
    }

    /** The slot at the end of the list for one more model (the ring compacted or grown first when full). */
    private int takeSlot() {
        if (size == elo.length) { // the ring is full: its tombstones dropped in place, or the ring grown if it has none
            if (dead > 0) {
                compact();
            } else {
                grow(elo.length * 2);
            }
        }
        int slot = first + size;
        if (slot >= elo.length) {
            slot -= elo.length;
        }
        size++;
        return slot;
    }

    /** The counts kept up to date for a model just put into {@code slot}. */
    private void added(int slot, double e, boolean isMeta) {
        if (isMeta) { // Meta's models count in none of the rank, the frontier and the oldest release
            metaLive++;
            onlyMeta = metaLive == 1 ? slot : -1;
        } else { // appended: the scans, had they run on, would take it in last
            insertByRelease(slot);
            if (frontierMade && (e > frontier || e != e)) { // as frontier()'s loop does for one more model
                frontier = e;
            }
            if (rankMade && e > rankElo) { // as ofMeta's loop counts it
                rankAbove++;
            }
        }
        closed = null;
    }

    /** Removes Meta's models (as {@code list.removeIf(ArenaModel::meta)}): no rank, frontier or release changes. */
    public void removeMeta() {
        if (metaLive == 0) {
            return;
        }
        if (onlyMeta >= 0) {
            bury(onlyMeta);
        } else {
            for (int p = 0, i = first; p < size; p++, i = next(i)) {
                if (meta[i]) {
                    bury(i);
                }
            }
        }
        metaLive = 0;
        onlyMeta = -1;
        closed = null;
        dropBuriedFront();
    }

    /**
     * Removes the other labs' models released before quarter ordinal {@code before} (retired): the first ones of
     * the release list. Meta's rank with the Elo last asked loses the retired models above it; the frontier is
     * found again only if a retired model's Elo was not below it (else the best that stays is the same double).
     */
    public void retireOthersReleasedBefore(int before) {
        int h = head;
        while (h < end && releasedOrdinal[byRelease[h]] < before) {
            int i = byRelease[h++];
            double e = elo[i];
            if (rankMade && e > rankElo) {
                rankAbove--; // no longer counted by ofMeta(rankElo)
            }
            if (!(e < frontier)) { // it may have been the frontier (or a NaN was about)
                frontierMade = false;
            }
            bury(i);
        }
        if (h != head) {
            head = h;
            closed = null;
            dropBuriedFront();
        }
    }

    /**
     * Leaves slot {@code i} as a tombstone (no record, Elo -infinity, not Meta's, released at Integer.MAX_VALUE: no
     * rank, frontier or removal ever counts it, so the scans need no test).
     */
    private void bury(int i) {
        lab[i] = null;
        name[i] = null;
        if (record != null) {
            record[i] = null;
        }
        elo[i] = Double.NEGATIVE_INFINITY;
        meta[i] = false;
        releasedOrdinal[i] = Integer.MAX_VALUE;
        gone[i] = true;
        dead++;
    }

    /** The tombstones at the front of the list leave the ring: their slots are free for later releases. */
    private void dropBuriedFront() {
        while (size > 0 && gone[first]) { // (its marks stay until a release takes the slot: put clears them)
            first = next(first);
            size--;
            dead--;
        }
    }

    /** Tombstones in the list's span of the ring. */
    private int dead;

    /**
     * Drops the tombstones in place: the models move back along the ring, keeping their order, so the list spans
     * the ring from {@code first} with no gaps (no array is made); the slots left behind are cleared.
     */
    private void compact() {
        int w = first;
        for (int p = 0, r = first; p < size; p++, r = next(r)) {
            if (!gone[r]) {
                if (w != r) {
                    lab[w] = lab[r];
                    name[w] = name[r];
                    rivalPlusOne[w] = rivalPlusOne[r];
                    elo[w] = elo[r];
                    releasedOrdinal[w] = releasedOrdinal[r];
                    meta[w] = meta[r];
                    if (record != null) {
                        record[w] = record[r];
                    }
                    gone[w] = false;
                }
                w = next(w);
            }
        }
        int live = size - dead;
        for (int p = live; p < size; p++, w = next(w)) { // the slots the models left
            lab[w] = null;
            name[w] = null;
            if (record != null) {
                record[w] = null;
            }
            gone[w] = false;
        }
        size = live;
        dead = 0;
        indexSlots();
    }

    /** Grows the ring (full, without tombstones) to {@code cap} slots: the list laid out from slot 0 of new arrays. */
    private void grow(int cap) {
        String[] oldLab = lab;
        String[] oldName = name;
        byte[] oldRival = rivalPlusOne;
        double[] oldElo = elo;
        int[] oldReleased = releasedOrdinal;
        boolean[] oldMeta = meta;
        ArenaModel[] oldRecord = record;
        int tail = Math.min(size, oldElo.length - first); // the list's slots up to the ring's end, then from slot 0
        allocate(cap);
        unwrap(oldLab, lab, tail);
        unwrap(oldName, name, tail);
        unwrap(oldRival, rivalPlusOne, tail);
        unwrap(oldElo, elo, tail);
        unwrap(oldReleased, releasedOrdinal, tail);
        unwrap(oldMeta, meta, tail);
        if (oldRecord != null) {
            unwrap(oldRecord, record, tail);
        } else {
            record = null; // none made yet: made from the slots when first needed
        }
        first = 0;
        indexSlots();
    }

    /** Copies the list's span of the ring in {@code from} ({@code tail} slots to its end, the rest from 0) to the start of {@code to}. */
    private void unwrap(Object from, Object to, int tail) {
        System.arraycopy(from, first, to, 0, tail);
        System.arraycopy(from, 0, to, tail, size - tail);
    }

    /** 1 + the models above {@code e}, Meta's included. */
    public int inField(double e) {
        int rank = 1;
        for (int p = 0, i = first; p < size; p++, i = next(i)) {
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
        for (int p = 0, i = first; p < size; p++, i = next(i)) {
            above += elo[i] > e & !meta[i] ? 1 : 0; // both tested: no branch to mispredict
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

    /** The quarter (ordinal) of the other labs' oldest model, or Integer.MAX_VALUE when none: the release list's first. */
    public int oldestRivalRelease() {
        return head < end ? releasedOrdinal[byRelease[head]] : Integer.MAX_VALUE;
    }

    /** The best Elo of the other labs (0 when none): worked out again only when it may have left. */
    public double frontier() {
        if (frontierMade) {
            return frontier;
        }
        double f = 0;
        for (int p = 0, i = first; p < size; p++, i = next(i)) {
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
