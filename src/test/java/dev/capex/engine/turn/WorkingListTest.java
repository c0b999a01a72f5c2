package dev.capex.engine.turn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The working state's copy-on-write list behaves as an ArrayList copy of the state's list would. */
class WorkingListTest {

    @Test
    void aListNotWrittenToClosesIntoTheStatesOwnListAndItsSnapshotIsThatList() {
        List<String> state = dev.capex.engine.model.FrozenList.copyOf(List.of("a", "b", "c")); // as the state holds it
        WorkingList<String> w = new WorkingList<>(state);
        assertEquals(List.of("a", "b", "c"), w);
        assertFalse(w.removeIf(s -> s.equals("z")));
        w.set(1, state.get(1)); // the same element: no write
        assertTrue(WorkingList.unchanged(w));
        assertSame(state, WorkingList.closed(w));
        assertSame(state, WorkingList.snapshot(w));
        assertSame(state, dev.capex.engine.model.FrozenList.copyOf(WorkingList.closed(w)), "a record keeps it");
    }

    @Test
    void writesNeverReachTheStatesListAndASnapshotTakenBeforeThemStaysAsItWas() {
        List<String> state = List.of("a", "b", "c");
        WorkingList<String> w = new WorkingList<>(state);
        List<String> before = WorkingList.snapshot(w);
        w.add("d");
        w.remove(0);
        w.set(0, "B");
        assertEquals(List.of("a", "b", "c"), state);
        assertEquals(List.of("a", "b", "c"), before);
        assertEquals(List.of("B", "c", "d"), w);
        assertFalse(WorkingList.unchanged(w));
        List<String> closed = WorkingList.closed(w);
        assertEquals(List.of("B", "c", "d"), closed);
        assertNotSame(state, closed);
        assertThrows(UnsupportedOperationException.class, () -> closed.add("x"));
        assertNotSame(WorkingList.snapshot(w), w);
    }

    @Test
    void writesAfterClosingNeverReachTheClosedList() {
        WorkingList<String> w = new WorkingList<>(List.of("a", "b"));
        w.add("c");
        List<String> closed = WorkingList.closed(w);
        w.set(0, "A");
        w.add("d");
        w.remove(1);
        assertEquals(List.of("a", "b", "c"), closed);
        assertEquals(List.of("A", "c", "d"), w);
        assertEquals(List.of("A", "c", "d"), WorkingList.closed(w));
        assertEquals(List.of("a", "b", "c"), closed);
        assertEquals(List.of("a", "b", "c").hashCode(), closed.hashCode());
        assertEquals("[a, b, c]", closed.toString());
        assertSame(closed, dev.capex.engine.model.FrozenList.copyOf(closed), "the state's records keep it as it is");
        assertThrows(UnsupportedOperationException.class, () -> closed.set(0, "x"));
    }

    @Test
    void removeIfTestsEachElementOnceInOrderAsArrayListDoes() {
        WorkingList<Integer> w = new WorkingList<>(List.of(1, 2, 3, 4, 5, 6));
        List<Integer> seen = new ArrayList<>();
        assertTrue(w.removeIf(i -> {
            seen.add(i);
            return i % 2 == 0;
        }));
        assertEquals(List.of(1, 2, 3, 4, 5, 6), seen);
        assertEquals(List.of(1, 3, 5), w);
        Iterator<Integer> it = w.iterator();
        it.next();
        it.remove();
        assertEquals(3, it.next());
        assertEquals(List.of(3, 5), w);
    }

    @Test
    void randomEditsGiveWhatAnArrayListGives() {
        Random r = new Random(9);
        for (int round = 0; round < 300; round++) {
            List<Integer> state = new ArrayList<>();
            for (int i = r.nextInt(6); i > 0; i--) {
                state.add(r.nextInt(10));
            }
            List<Integer> frozen = List.copyOf(state);
            WorkingList<Integer> w = new WorkingList<>(frozen);
            List<Integer> a = new ArrayList<>(frozen);
            for (int step = r.nextInt(12); step > 0; step--) {
                int op = r.nextInt(6);
                int v = r.nextInt(10);
                if (op == 0) {
                    w.add(v);
                    a.add(v);
                } else if (op == 1 && !a.isEmpty()) {
                    int i = r.nextInt(a.size());
                    assertEquals(a.remove(i), w.remove(i));
                } else if (op == 2 && !a.isEmpty()) {
                    int i = r.nextInt(a.size());
                    assertEquals(a.set(i, v), w.set(i, v));
                } else if (op == 3) {
                    int i = r.nextInt(a.size() + 1);
                    a.add(i, v);
                    w.add(i, v);
                } else if (op == 4) {
                    assertEquals(a.removeIf(x -> x < v / 2), w.removeIf(x -> x < v / 2));
                } else if (op == 5 && v == 0) {
                    a.clear();
                    w.clear();
                }
                assertEquals(a, w);
                assertEquals(a.size(), w.size());
            }
            assertEquals(a, WorkingList.closed(w));
            assertEquals(frozen, List.copyOf(state), "the state's list is never written");
        }
    }
}
