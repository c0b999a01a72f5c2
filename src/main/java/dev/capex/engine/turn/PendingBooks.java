package dev.capex.engine.turn;

import java.util.Arrays;

/**
 * The book values and quarterly charges of a working list's depreciating records (GPU cohorts, other
 * assets) as arrays by position, the twin of the list that depreciation reads and writes: depreciation
 * changes every asset's book every quarter, and a record for each is made only when the records are read
 * again ({@link WorkingFleet#flushBooks}, {@link WorkingBooks#flushBooks}: before the state is built, before
 * a rule reads or removes the records). A book written here and not yet in its record is pending.
 * <p>
 * The arrays follow the list by its write count ({@link WorkingList#writes}): while the list has had no
 * write, or only appends since they were last made (as many writes as new elements, the last known record
 * still at its place), the new records are read in; after any other write (a record replaced, removed or
 * inserted) every position is read again from its record, a pending book kept as it stands (the positions
 * hold because the lists are only appended to between two flushes: a removal flushes first).
 */
abstract class PendingBooks<E> {
    private static final long[] NONE = new long[0];
    private long[] book = NONE;
    private long[] charge = NONE;
    private boolean[] pending = new boolean[0];
    /** What kind of record is at each position, by the subclass's {@link #kindOf} (null when it has none). */
    private byte[] kind;
    private int count;
    /** Positions [0, known) are read from the list; at its write count knownWrites, with {@code last} at known - 1. */
    private int known;
    private int knownWrites;
    private Object last;
    /** Room beyond the list's size when the arrays are made. */
    private static final int ROOM = 24;

    /** A record's book value. */
    abstract long bookOf(E record);

    /** A record's charge a quarter. */
    abstract long chargeOf(E record);

    /** A record with another book value ({@code GpuCohort::withBook}, {@code DepreciatingAsset::withBook}). */
    abstract E withBook(E record, long bookM);

    /** Whether the records have kinds ({@link #kindOf}). */
    boolean kinds() {
        return false;
    }

    /** A record's kind (0 .. 127), kept beside its book. */
    byte kindOf(E record) {
        return 0;
    }

    /** The arrays made to follow {@code list} as it stands now. */
    final void sync(WorkingList<E> list) {
        if (list.writes() != knownWrites || list.size() != known) { // the check inlines; the reading does not need to
            follow(list);
        }
    }

    private void follow(WorkingList<E> list) {
        int n = list.size();
        int w = list.writes();
        int from = 0;
        if (n >= known && w - knownWrites == n - known && (known == 0 || list.get(known - 1) == last)) {
            from = known; // appended only: the known positions stand
        }
        if (n > book.length) {
            int size = Math.max(n + ROOM, book.length * 2);
            book = Arrays.copyOf(book, size);
            charge = Arrays.copyOf(charge, size);
            pending = Arrays.copyOf(pending, size);
            if (kinds()) {
                kind = kind == null ? new byte[size] : Arrays.copyOf(kind, size);
            }
        }
        boolean k = kinds();
        for (int i = from; i < n; i++) {
            E r = list.get(i);
            charge[i] = chargeOf(r);
            if (!pending[i]) {
                book[i] = bookOf(r);
            }
            if (k) {
                kind[i] = kindOf(r);
            }
        }
        known = n;
        knownWrites = w;
        last = n > 0 ? list.get(n - 1) : null;
    }

    /** The book at {@code i} of {@code list} now: the pending one, else the record's. */
    final long book(WorkingList<E> list, int i) {
        sync(list);
        java.util.Objects.checkIndex(i, known);
        return book[i];
    }

    /** The sum of the books of {@code list} now (longs: the same as summing {@link #book} position by position). */
    final long bookSum(WorkingList<E> list) {
        sync(list);
        long sum = 0;
        long[] b = book;
        for (int i = 0, n = known; i < n; i++) {
            sum += b[i];
        }
        return sum;
    }

    /** Writes the book at {@code i} of {@code list} (its record is made when the records are next read). */
    final void set(WorkingList<E> list, int i, long value) {
        sync(list);
        java.util.Objects.checkIndex(i, known);
        write(i, value);
    }

    private void write(int i, long value) {
        book[i] = value;
        if (!pending[i]) {
            pending[i] = true;
            count++;
        }
    }

    /**
     * One quarter's depreciation of every record of {@code list}: each book falls by its charge, to zero at
     * most; returns the sum of the charges (longs: the same in any order). A record with nothing left to
     * charge stays as it is (not pending).
     */
    final long depreciate(WorkingList<E> list) {
        sync(list);
        long sum = 0;
        long[] b = book;
        long[] c = charge;
        for (int i = 0, n = known; i < n; i++) {
            long v = b[i];
            long d = Math.min(v, c[i]);
            if (d != 0) {
                sum += d;
                write(i, v - d);
            }
        }
        return sum;
    }

    /** How many positions are known (after {@link #sync}, the list's size). */
    final int known() {
        return known;
    }

    final long bookAt(int i) {
        return book[i];
    }

    final long chargeAt(int i) {
        return charge[i];
    }

    final byte kindAt(int i) {
        return kind[i];
    }

    /** Writes the book at a known position (after {@link #sync}). */
    final void setAt(int i, long value) {
        write(i, value);
    }

    /** Puts the pending book values into {@code list}'s records (new records at those positions only). */
    final void flushInto(WorkingList<E> list) {
        if (count == 0) {
            return;
        }
        sync(list);
        int n = Math.min(pending.length, list.size());
        for (int i = 0; i < n; i++) {
            if (pending[i]) {
                list.set(i, withBook(list.get(i), book[i]));
            }
        }
        Arrays.fill(pending, false);
        count = 0;
        // the records now hold the books: the arrays stand as they are
        knownWrites = list.writes();
        last = known > 0 ? list.get(known - 1) : null;
    }
}
