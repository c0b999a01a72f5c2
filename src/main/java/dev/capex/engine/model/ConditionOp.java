package dev.capex.engine.model;

/** How a condition compares its metric with its value. Spelled as in scenario files. */
public enum ConditionOp {
    lt, le, gt, ge;

    public boolean holds(double v, double value) {
        return switch (this) {
            case lt -> v < value;
            case le -> v <= value;
            case gt -> v > value;
            case ge -> v >= value;
        };
    }
}
