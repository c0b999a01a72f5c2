package dev.capex.plantedcycle.b;

/** The other half of a planted package cycle (test tree only). */
public final class B {
    public static int plus(int x, int y) {
        return x + y;
    }

    public static int four() {
        return dev.capex.plantedcycle.a.A.twice(2);
    }
}
