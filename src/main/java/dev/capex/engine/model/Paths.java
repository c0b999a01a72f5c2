package dev.capex.engine.model;

import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario.PathPoint;
import java.util.List;

/** Paths given as points at quarters: linear between points, flat before the first and after the last. */
public final class Paths {
    private Paths() {
    }

    public static double value(List<PathPoint> path, Quarter q) {
        if (path == null || path.isEmpty()) {
            return 0.0;
        }
        PathPoint first = path.get(0);
        Quarter b = Quarter.parse(first.quarter());
        if (!q.isAfter(b)) {
            return first.value();
        }
        for (int i = 1; i < path.size(); i++) {
            Quarter a = b;
            b = Quarter.parse(path.get(i).quarter());
            if (!q.isAfter(b)) {
                double f = (double) q.minus(a) / Math.max(1, b.minus(a));
                return path.get(i - 1).value() + f * (path.get(i).value() - path.get(i - 1).value());
            }
        }
        return path.get(path.size() - 1).value();
    }
}
