package dev.capex.engine.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reason's values are its own, cannot be changed, and compare and print as any list of the same values. */
class ReasonTest {
    @Test
    void valuesCompareHashAndPrintAsAList() {
        Reason r = Reason.of(Reason.Kind.LEND_LEVERAGE, "Apollo", 3.5, 4.0, Reason.of(Reason.Kind.LENDER, "Apollo"));
        List<Object> same = new ArrayList<>(List.of("Apollo", 3.5, 4.0, Reason.of(Reason.Kind.LENDER, "Apollo")));
        assertEquals(same, r.args());
        assertEquals(r.args(), same);
        assertEquals(same.hashCode(), r.args().hashCode());
        assertEquals(same.toString(), r.args().toString());
        assertEquals(new Reason(Reason.Kind.LEND_LEVERAGE, same), r);
        assertEquals(new Reason(Reason.Kind.LEND_LEVERAGE, same).hashCode(), r.hashCode());
        assertEquals(new Reason(Reason.Kind.LEND_LEVERAGE, same).toString(), r.toString());
        assertEquals(List.of(), Reason.of(Reason.Kind.EMPTY).args());
        assertEquals(Reason.of(Reason.Kind.EMPTY), new Reason(Reason.Kind.EMPTY, List.of()));
    }

    @Test
    void valuesCannotBeChangedFromOutsideOrThroughTheList() {
        List<Object> given = new ArrayList<>(List.of("x"));
        Reason r = new Reason(Reason.Kind.STRUCTURE, given);
        given.set(0, "y");
        given.add("z");
        assertEquals(List.of("x"), r.args());
        assertThrows(UnsupportedOperationException.class, () -> r.args().set(0, "y"));
        assertThrows(UnsupportedOperationException.class, () -> r.args().add("y"));
        assertThrows(UnsupportedOperationException.class, () -> r.args().remove(0));
        assertThrows(UnsupportedOperationException.class, () -> r.args().clear());
        // a reason built from another's values keeps that list (it cannot change)
        assertSame(r.args(), new Reason(Reason.Kind.STRUCTURE, r.args()).args());
    }

    @Test
    void anAbsentValueIsKept() {
        Reason r = new Reason(Reason.Kind.STRUCTURE, Arrays.asList((Object) null));
        assertEquals(1, r.args().size());
        assertNull(r.args().get(0));
        assertEquals(Reason.of(Reason.Kind.STRUCTURE, (Object) null), r);
    }
}
