package dev.capex.engine.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list over an array it owns: what the engine's working state closes a written list into,
 * so the state's parts take it without {@code List.copyOf}'s two copies. It reads, compares, hashes and
 * prints as {@code List.of} of the same elements does; nulls are refused as there.
 */
public final class FrozenList<E> extends AbstractList<E> implements RandomAccess {
    private final Object[] elements;
    private final int size;

    private FrozenList(Object[] elements, int size) {
        this.elements = elements;
        this.size = size;
    }

    /**
     * The first {@code size} elements of {@code elements}, the array itself (not a copy): for a caller that
     * hands it over and never writes to it again.
     */
    public static <E> FrozenList<E> adopt(Object[] elements, int size) {
        Objects.checkFromIndexSize(0, size, elements.length);
        for (int i = 0; i < size; i++) {
            Objects.requireNonNull(elements[i]);
        }
        return new FrozenList<>(elements, size);
    }

    /**
     * {@code list} itself when it is a FrozenList, else a FrozenList of its elements (for the state's records,
     * whose lists are all FrozenLists: one class, so the engine's reads of them compile to an array load).
     */
    public static <E> FrozenList<E> copyOf(List<E> list) {
        if (list instanceof FrozenList<E> f) {
            return f;
        }
        Object[] a = list.toArray();
        for (Object o : a) {
            Objects.requireNonNull(o);
        }
        return new FrozenList<>(a, a.length);
    }

    /**
     * The array behind the list, for a reader that must not write it (the engine's working lists read through it
     * until their first write: one array read per element instead of a call on the list).
     */
    public Object[] elementsForReading() {
        return elements;
    }

    /** Copies the elements into {@code dest} from its start (which must have room for them). */
    public void copyInto(Object[] dest) {
        System.arraycopy(elements, 0, dest, 0, size);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        Objects.checkIndex(index, size);
        return (E) elements[index];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int indexOf(Object o) {
        for (int i = 0; i < size; i++) { // by position: no iterator
            if (Objects.equals(o, elements[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(elements, size);
    }
}
