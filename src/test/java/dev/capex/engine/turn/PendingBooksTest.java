package dev.capex.engine.turn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Depreciation's arrays stand in for the records' book values and charges between two flushes: after any
 * mix of appends, records replaced, removed or inserted by others (a removal or insertion after a flush, as
 * the rules do), reads, depreciation and flushes, every book read and every record flushed is the one the
 * plain rule gives (a book written and not yet flushed, else the record's; the charge always the record's).
 */
class PendingBooksTest {
    record R(long book, long charge) {
    }

    static final class Twin extends PendingBooks<R> {
        @Override
        long bookOf(R r) {
            return r.book();
        }

        @Override
        long chargeOf(R r) {
            return r.charge();
        }

        @Override
        R withBook(R r, long bookM) {
            return new R(bookM, r.charge());
        }
    }

    /** The plain rule: the records, and the books written by position and not yet in them. */
    static final class Model {
        final List<R> records = new ArrayList<>();
        final List<Long> pending = new ArrayList<>(); // null: none

        long book(int i) {
            Long p = i < pending.size() ? pending.get(i) : null;
            return p != null ? p : records.get(i).book();
        }

        void set(int i, long v) {
            while (pending.size() <= i) {
                pending.add(null);
            }
            pending.set(i, v);
        }

        long depreciate() {
            long sum = 0;
            for (int i = 0; i < records.size(); i++) {
                long b = book(i);
                long d = Math.min(b, records.get(i).charge());
                if (d != 0) {
                    sum += d;
                    set(i, b - d);
                }
            }
            return sum;
        }

        void flush() {
            for (int i = 0; i < Math.min(pending.size(), records.size()); i++) {
                if (pending.get(i) != null) {
                    records.set(i, new R(pending.get(i), records.get(i).charge()));
                }
            }
            pending.clear();
        }
    }

    private static R random(Random r) {
        return new R(r.nextInt(5) == 0 ? 0 : r.nextInt(2_000), 1 + r.nextInt(300));
    }

    @Test
    void theArraysFollowTheListThroughEveryKindOfWrite() {
        for (long seed = 1; seed <= 40; seed++) {
            Random r = new Random(seed);
            List<R> start = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0; i--) {
                start.add(random(r));
            }
            WorkingList<R> list = new WorkingList<>(start);
            Model m = new Model();
            m.records.addAll(start);
            Twin t = new Twin();
            for (int step = 0; step < 400; step++) {
                int op = r.nextInt(10);
                int n = list.size();
                switch (op) {
                    case 0, 1 -> {
                        R x = random(r);
                        list.add(x);
                        m.records.add(x);
                    }
                    case 2 -> {
                        if (n > 0) { // a record replaced by another rule, its book pending or not
                            int i = r.nextInt(n);
                            R x = random(r);
                            list.set(i, x);
                            m.records.set(i, x);
                        }
                    }
                    case 3 -> { // a removal flushes first
                        if (n > 0) {
                            t.flushInto(list);
                            m.flush();
                            int i = r.nextInt(n);
                            list.remove(i);
                            m.records.remove(i);
                        }
                    }
                    case 4 -> { // an insertion before known positions, after a flush
                        t.flushInto(list);
                        m.flush();
                        int i = r.nextInt(n + 1);
                        R x = random(r);
                        list.add(i, x);
                        m.records.add(i, x);
                    }
                    case 5 -> {
                        t.flushInto(list);
                        m.flush();
                        assertEquals(m.records, List.copyOf(list), "seed " + seed + " step " + step);
                    }
                    case 6 -> {
                        if (n > 0) {
                            int i = r.nextInt(n);
                            long v = r.nextInt(1_000);
                            t.set(list, i, v);
                            m.set(i, v);
                        }
                    }
                    default -> assertEquals(m.depreciate(), t.depreciate(list), "seed " + seed + " step " + step);
                }
                boolean read = r.nextInt(3) == 0; // now and then: several writes between reads
                for (int i = 0; read && i < list.size(); i++) {
                    assertEquals(m.book(i), t.book(list, i), "seed " + seed + " step " + step + " position " + i);
                }
                if (r.nextInt(3) == 0) { // the sum of the books, read on its own now and then
                    long sum = 0;
                    for (int i = 0; i < list.size(); i++) {
                        sum += m.book(i);
                    }
                    assertEquals(sum, t.bookSum(list), "seed " + seed + " step " + step + ", the books' sum");
                }
            }
            t.flushInto(list);
            m.flush();
            assertEquals(m.records, List.copyOf(list), "seed " + seed);
        }
    }
}
