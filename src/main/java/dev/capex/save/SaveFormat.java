package dev.capex.save;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.capex.engine.Engine;
import dev.capex.engine.model.GameState;
import java.util.function.UnaryOperator;

/**
 * The versions of the save format, oldest first. Never reorder, never remove, never reuse a number:
 * a save names its version and every version ever written must stay readable (or be refused by name).
 * Each version says what changed and how a save of the version before it is migrated (a function
 * from the previous version's JSON to this version's JSON), in the manner of OpenTTD's saveload.h.
 * To change the format: add a constant at the end with its migration, move {@link #CURRENT} to it,
 * keep a fixture of the previous version in src/test/resources/saves/ and test the migration.
 */
public enum SaveFormat {
    /**
     * 1: the first format (2026). Program version, created time, team, scenario id, the scenario
     * itself and the SHA-256 of its canonical text, seed, parent (save and quarter) of a branch, and for
     * each quarter played: its decisions, the decisions the engine refused, the state digest and the
     * headline figures. The state digest is the SHA-256 of the state's text
     * ({@code dev.capex.engine.LegacyStateText}, what {@code GameState.toString()} printed). Nothing to
     * migrate from.
     */
    V1(1, null) {
        @Override
        public String digest(GameState s) {
            return Engine.legacyDigest(s);
        }
    },

    /**
     * 2 (2026-11): the state digest is the SHA-256 of the state's canonical binary encoding
     * ({@code dev.capex.engine.StateEncoding}), independent of field names and {@code toString}; the
     * fields are those of version 1. The JSON needs no change to be read, but a version-1 save's digests
     * can only be recomputed by replaying it: a loaded version-1 save keeps {@code formatVersion} 1 and
     * is verified with the version-1 digest; {@code SaveMigration.toCurrent} (after a replay) rewrites
     * it in version 2, which {@code capex replay --upgrade}, {@code capex branch} and
     * {@code capex play --continue} do.
     */
    V2(2, json -> json) {
        @Override
        public String digest(GameState s) {
            return Engine.digest(s);
        }
    };

    /** The version this program writes. */
    public static final SaveFormat CURRENT = V2;

    /** The oldest version this program still reads (older ones are refused with a message). */
    public static final SaveFormat OLDEST_READABLE = V1;

    private final int number;
    private final UnaryOperator<ObjectNode> fromPrevious;

    SaveFormat(int number, UnaryOperator<ObjectNode> fromPrevious) {
        this.number = number;
        this.fromPrevious = fromPrevious;
    }

    /** The state digest that saves of this version record after each quarter. */
    public abstract String digest(GameState s);

    public int number() {
        return number;
    }

    /** The version with this number, or null if this program does not know it. */
    public static SaveFormat of(int number) {
        for (SaveFormat f : values()) {
            if (f.number == number) {
                return f;
            }
        }
        return null;
    }

    /**
     * Migrates a save's JSON from version {@code from} to {@link #CURRENT}, one version at a time, and
     * sets its formatVersion. A save already at the current version is returned unchanged.
     */
    public static ObjectNode migrate(ObjectNode save, SaveFormat from) {
        java.util.Map<Integer, UnaryOperator<ObjectNode>> steps = new java.util.TreeMap<>();
        for (SaveFormat f : values()) {
            if (f.fromPrevious != null) {
                steps.put(f.number, f.fromPrevious);
            }
        }
        return migrate(save, from.number, CURRENT.number, steps);
    }

    /**
     * The migration loop on its own, so that it can be tested before a second version exists:
     * applies {@code steps.get(v)} (previous version's JSON to version v) for v from {@code from + 1}
     * to {@code to}, setting formatVersion after each step.
     */
    static ObjectNode migrate(ObjectNode save, int from, int to, java.util.Map<Integer, UnaryOperator<ObjectNode>> steps) {
        ObjectNode node = save;
        for (int v = from + 1; v <= to; v++) {
            UnaryOperator<ObjectNode> step = steps.get(v);
            if (step == null) {
                throw new IllegalStateException("no migration to save format " + v);
            }
            node = step.apply(node);
            node.put("formatVersion", v);
        }
        return node;
    }
}
