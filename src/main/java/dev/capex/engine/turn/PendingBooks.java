package dev.capex.engine.turn;

import java.util.Arrays;
import java.util.List;

/**
 * Book values written by depreciation but not yet put into the list's records, by position: depreciation
 * changes every asset's book every quarter, and a record for each is made only when the records are read
 * again ({@link WorkingFleet#flushBooks}, {@link WorkingBooks#flushBooks}: before the state is built, before
 * a rule reads or removes the records). The positions hold because the lists are only appended to between
 * two flushes (a removal flushes first).
 */
final class PendingBooks {
    private long[] book = new long[0];
    private boolean[] pending = new boolean[0];
    private int count;
    /** Room beyond the list's size when the arrays are made. */
    private static final int ROOM = 24;

    /** The book at {@code i}: the pending one, else the record's. */
    long book(int i, long recordBook) {
        return i < pending.length && pending[i] ? book[i] : recordBook;
    }

    /**
     * Writes the book at {@code i} of a list of {@code size} records: room is made once for the list and
     * the records a game adds (a quarter adds one or two), not grown from nothing in every game.
     */
    void set(int i, long value, int size) {
        if (i >= pending.length) {
            int n = Math.max(Math.max(i + 1, size + ROOM), pending.length * 2);
            book = Arrays.copyOf(book, n);
            pending = Arrays.copyOf(pending, n);
        }
        book[i] = value;
        if (!pending[i]) {
            pending[i] = true;
            count++;
        }
    }

    /** A record with another book value ({@code GpuCohort::withBook}, {@code DepreciatingAsset::withBook}). */
    interface WithBook<E> {
        E withBook(E record, long bookM);
    }

    /** Puts the pending book values into {@code records}' records (new records at those positions only). */
    <E> void flushInto(List<E> records, WithBook<E> with) {
        if (count == 0) {
            return;
        }
        int n = Math.min(pending.length, records.size());
        for (int i = 0; i < n; i++) {
            if (pending[i]) {
                records.set(i, with.withBook(records.get(i), book[i]));
            }
        }
        clear();
    }

    private void clear() {
        Arrays.fill(pending, false);
        count = 0;
    }
}
