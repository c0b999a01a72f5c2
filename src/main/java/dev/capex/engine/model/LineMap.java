package dev.capex.engine.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map from the lines of a statement (an enum) to sums in millions, held as an array by
 * ordinal: what {@link Statements} keeps instead of an {@code EnumMap<K, Long>} with a boxed Long per
 * line. It reads, iterates (in ordinal order), compares, hashes and prints as that EnumMap would; a
 * line is either in it (possibly with 0) or absent.
 */
public final class LineMap<K extends Enum<K>> extends AbstractMap<K, Long> {
    private final K[] keys;
    private final long[] values;
    private final boolean[] present;
    private final int size;

    /**
     * The lines {@code present[k]} with {@code values[k]}, by the ordinal of {@code keys[k]}; both arrays are
     * copied, so the caller may go on writing to its own.
     */
    public LineMap(K[] keys, long[] values, boolean[] present) {
        this(keys, values.clone(), present.clone(), true);
    }

    /**
     * The same map over the caller's arrays themselves, not copies: for a caller that hands them over and
     * never writes to them again (the engine at the close of a quarter).
     */
    public static <K extends Enum<K>> LineMap<K> adopt(K[] keys, long[] values, boolean[] present) {
        return new LineMap<>(keys, values, present, true);
    }

    private LineMap(K[] keys, long[] values, boolean[] present, boolean checked) {
        if (values.length != keys.length || present.length != keys.length) {
            throw new IllegalArgumentException("expected " + keys.length + " lines");
        }
        this.keys = keys;
        this.values = values;
        this.present = present;
        int n = 0;
        for (boolean p : present) {
            if (p) {
                n++;
            }
        }
        this.size = n;
    }

    /** The sum on {@code line}, 0 when the line is absent (no boxing). */
    public long getLong(K line) {
        return values[line.ordinal()];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return index(key) >= 0;
    }

    @Override
    public Long get(Object key) {
        int i = index(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public Long getOrDefault(Object key, Long fallback) {
        int i = index(key);
        return i < 0 ? fallback : values[i];
    }

    private int index(Object key) {
        if (key instanceof Enum<?> e && e.getDeclaringClass() == keys.getClass().getComponentType()) {
            int i = e.ordinal();
            return present[i] ? i : -1;
        }
        return -1;
    }

    @Override
    public Set<Map.Entry<K, Long>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Map.Entry<K, Long>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        while (from < keys.length && !present[from]) {
                            from++;
                        }
                        return from;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Map.Entry<K, Long> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<K, Long> e = new SimpleImmutableEntry<>(keys[next], values[next]);
                        next = advance(next + 1);
                        return e;
                    }
                };
            }
        };
    }
}
