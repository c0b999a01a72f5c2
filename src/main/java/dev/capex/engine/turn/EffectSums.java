package dev.capex.engine.turn;

import dev.capex.engine.model.ActiveEffect;
import dev.capex.engine.model.EffectType;
import dev.capex.engine.model.Quarter;
import java.util.Arrays;

/**
 * The sums of the effects in force, by type and target, worked out once per quarter and again only when the
 * effects change: what {@link Turn#effect} and {@link Turn#effectActive} answer. Each sum adds the
 * magnitudes in the list's order from zero, exactly as scanning the list for that type and target does,
 * so the figures are the same to the bit.
 */
final class EffectSums {
    private static final int TYPES = EffectType.values().length;

    private final WorkingList<ActiveEffect> effects;
    /** The quarter and the list's write count the sums were made for (none yet: null). */
    private Quarter madeFor;
    private int madeAtWrite;
    /** The earliest quarter (ordinal) at which an effect summed is no longer in force (none: MAX_VALUE). */
    private int nextExpiry;
    /** Targets seen ("" for the world first), and per target a row of sums and a row of presence. */
    private String[] targets = new String[2];
    private double[] sums = new double[2 * TYPES];
    private boolean[] present = new boolean[2 * TYPES];
    private int targetCount;
    /** Whether any effect of a type is in force, whatever its target (most types have none: no row is looked up). */
    private final boolean[] anyOfType = new boolean[TYPES];

    EffectSums(WorkingList<ActiveEffect> effects) {
        this.effects = effects;
    }

    double sum(EffectType type, String target, Quarter q) {
        refresh(q);
        if (!anyOfType[type.ordinal()]) {
            return 0.0; // as the scan: 0 + nothing
        }
        int row = row(target);
        return row < 0 ? 0.0 : sums[row * TYPES + type.ordinal()];
    }

    /** Whether any effect of {@code type} is in force at {@code q}, whatever its target. */
    boolean any(EffectType type, Quarter q) {
        refresh(q);
        return anyOfType[type.ordinal()];
    }

    boolean active(EffectType type, String target, Quarter q) {
        refresh(q);
        if (!anyOfType[type.ordinal()]) {
            return false;
        }
        int row = row(target);
        return row >= 0 && present[row * TYPES + type.ordinal()];
    }

    private int row(String target) {
        for (int i = 0; i < targetCount; i++) { // the scenario's own strings first: no character compared
            if (targets[i] == target) {
                return i;
            }
        }
        for (int i = 0; i < targetCount; i++) {
            String t = targets[i];
            if (t == target || t.equals(target)) {
                return i;
            }
        }
        return -1;
    }

    /** The check every lookup makes, small enough to be inlined: the sums are this quarter's (the same instance). */
    private void refresh(Quarter q) {
        if (q != madeFor || effects.writes() != madeAtWrite) {
            remake(q);
        }
    }

    /**
     * The sums made again. Kept in one method of more than the JIT's largest inlined size (C2's FreqInlineSize, 325
     * bytes of bytecode), with no helper of its own: it runs about once a quarter, and inlined it made {@link #sum}'s
     * compiled code too big to be inlined where the rules ask for an effect (C2's InlineSmallCode), so that every
     * lookup paid a call. Out of line, the lookups above inline into the rules.
     */
    private void remake(Quarter q) {
        if (effects.writes() == madeAtWrite && madeFor != null) {
            if (q.equals(madeFor)) {
                return;
            }
            int o = q.ordinal();
            if (o >= madeFor.ordinal() && o < nextExpiry) {
                // Later, and no effect summed has run out yet (one left out then stays out): the same sums.
                madeFor = q;
                return;
            }
        }
        Arrays.fill(sums, 0, targetCount * TYPES, 0.0);
        Arrays.fill(present, 0, targetCount * TYPES, false);
        targetCount = 0;
        Arrays.fill(anyOfType, false);
        int expiry = Integer.MAX_VALUE;
        for (int i = 0; i < effects.size(); i++) { // in the list's order: each sum adds as the scan did
            ActiveEffect e = effects.get(i);
            if (!q.isBefore(e.until())) {
                continue;
            }
            int until = e.until().ordinal();
            if (until < expiry) {
                expiry = until;
            }
            String target = e.target();
            int row = row(target);
            if (row < 0) { // a new target: a row of its own (written here, not in a helper: see above)
                if (targetCount == targets.length) {
                    targets = Arrays.copyOf(targets, targetCount * 2);
                    sums = Arrays.copyOf(sums, targetCount * 2 * TYPES);
                    present = Arrays.copyOf(present, targetCount * 2 * TYPES);
                }
                targets[targetCount] = target;
                Arrays.fill(sums, targetCount * TYPES, (targetCount + 1) * TYPES, 0.0);
                Arrays.fill(present, targetCount * TYPES, (targetCount + 1) * TYPES, false);
                row = targetCount++;
            }
            int k = row * TYPES + e.type().ordinal();
            sums[k] += e.magnitude();
            present[k] = true;
            anyOfType[e.type().ordinal()] = true;
        }
        madeFor = q;
        madeAtWrite = effects.writes();
        nextExpiry = expiry;
    }
}
