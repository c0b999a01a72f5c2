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
    public static <E> List<E> adopt(Object[] elements, int size) {
        Objects.checkFromIndexSize(0, size, elements.length);
        for (int i = 0; i < size; i++) {
            Objects.requireNonNull(elements[i]);
        }
        return new FrozenList<>(elements, size);
    }

    /** {@code list} itself when it is a FrozenList, else {@code List.copyOf(list)} (for the state's records). */
    public static <E> List<E> copyOf(List<E> list) {
        return list instanceof FrozenList<E> ? list : List.copyOf(list);
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
    public Object[] toArray() {
        return Arrays.copyOf(elements, size);
    }
}
