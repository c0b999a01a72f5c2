package dev.capex.engine.turn;

import dev.capex.engine.model.FrozenList;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;

/**
 * A list of the working state that shares the state's immutable list until the quarter first writes to
 * it (copy on write). {@link #closed} gives the list to put back into the state: the state's own list,
 * not a copy, when nothing was written (a record's {@code List.copyOf} keeps an immutable list as it is),
 * so a part the quarter did not change costs no copy in and none out.
 * Writing the element already at a position is no write. Predicates of {@link #removeIf} are tested once
 * per element, in order, as {@code ArrayList.removeIf} does.
 */
public final class WorkingList<E> extends AbstractList<E> implements RandomAccess {
    /** The state's list (immutable): read until the first write. */
    private final FrozenList<E> base;
    /** The elements once written to (null before), the first {@code size} of them used. */
    private Object[] own;
    /** What {@link #get} reads: the state's array until the first write, then {@code own} (never written through). */
    private Object[] reads;
    private int size;
    /** True once {@link #closed} handed {@code own} to the state. */
    private boolean shared;
    /** Counts every write (set, add, remove, clear, removeIf that removed): a cache over the list compares it. */
    private int writes;
    /** Room for a few more elements when a list is first written (a quarter often adds more than one). */
    private static final int HEADROOM = 4;

    public WorkingList(List<E> base) {
        this.base = FrozenList.copyOf(base); // the state's lists are FrozenLists already: no copy
        this.size = base.size();
        this.reads = this.base.elementsForReading();
    }

    /** The list to close a part with: the state's own list when this quarter did not write to it. */
    public static <E> List<E> closed(List<E> list) {
        if (list instanceof WorkingList<E> w) {
            if (w.own == null) {
                return w.base;
            }
            w.shared = true; // the state now holds the array: a later write copies it first
            return FrozenList.adopt(w.own, w.size);
        }
        return list;
    }

    /** True when this quarter has not written to {@code list} (a working list still the state's). */
    public static boolean unchanged(List<?> list) {
        return list instanceof WorkingList<?> w && w.own == null;
    }

    /**
     * The elements of {@code list} as they are now, unaffected by later writes to it: a working list's
     * state list itself when nothing was written yet (no copy), else a copy.
     */
    public static <E> List<E> snapshot(List<E> list) {
        if (list instanceof WorkingList<E> w && w.own == null) {
            return w.base;
        }
        return List.copyOf(list);
    }

    @Override
    public int indexOf(Object o) {
        for (int i = 0; i < size; i++) { // by position: no iterator
            if (Objects.equals(o, get(i))) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /** A plain iterator by position (no allocation left once inlined). */
    @Override
    public Iterator<E> iterator() {
        return new Iterator<>() {
            private int next;
            private int last = -1;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public E next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                last = next;
                return get(next++);
            }

            @Override
            public void remove() {
                if (last < 0) {
                    throw new IllegalStateException();
                }
                WorkingList.this.remove(last);
                next = last;
                last = -1;
            }
        };
    }

    /** How many writes the list has had: unchanged while the list is (for caches over it). */
    public int writes() {
        return writes;
    }

    private void write(int extra) {
        writes++;
        if (own == null) {
            own = new Object[size + extra + HEADROOM];
            base.copyInto(own);
            reads = own;
        } else if (shared) {
            own = Arrays.copyOf(own, size + extra + HEADROOM);
            reads = own;
            shared = false;
        } else if (size + extra > own.length) {
            own = Arrays.copyOf(own, Math.max(size + extra, own.length + (own.length >> 1)));
            reads = own;
        }
        modCount++;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        Objects.checkIndex(index, size);
        return (E) reads[index];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E set(int index, E element) {
        Objects.checkIndex(index, size);
        if (own == null || shared) {
            E old = get(index);
            if (old == element) {
                return old;
            }
            write(0);
            modCount--; // a set is not a structural change
        }
        E old = (E) own[index];
        own[index] = element;
        writes++;
        return old;
    }

    @Override
    public boolean add(E element) {
        write(1);
        own[size++] = element;
        return true;
    }

    @Override
    public void add(int index, E element) {
        Objects.checkIndex(index, size + 1);
        write(1);
        System.arraycopy(own, index, own, index + 1, size - index);
        own[index] = element;
        size++;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E remove(int index) {
        Objects.checkIndex(index, size);
        write(0);
        E old = (E) own[index];
        System.arraycopy(own, index + 1, own, index, size - index - 1);
        own[--size] = null;
        return old;
    }

    @Override
    public void clear() {
        if (size == 0) {
            return;
        }
        write(0);
        Arrays.fill(own, 0, size, null);
        size = 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        int i = 0;
        while (i < size && !filter.test(get(i))) {
            i++;
        }
        if (i == size) {
            return false;
        }
        write(0);
        int kept = i; // elements before i stay; element i goes; the rest are tested once each, in order
        for (int j = i + 1; j < size; j++) {
            E e = (E) own[j];
            if (!filter.test(e)) {
                own[kept++] = e;
            }
        }
        Arrays.fill(own, kept, size, null);
        size = kept;
        return true;
    }
}
