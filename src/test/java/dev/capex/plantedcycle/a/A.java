package dev.capex.plantedcycle.a;

/** Half of a planted package cycle (test tree only): a uses b, b uses a. */
public final class A {
    public static int twice(int x) {
        return dev.capex.plantedcycle.b.B.plus(x, x);
    }
}
