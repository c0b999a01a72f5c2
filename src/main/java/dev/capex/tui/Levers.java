package dev.capex.tui;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario;
import dev.capex.report.levers.Choices;
import dev.capex.report.levers.Field;
import dev.capex.report.levers.LeverForm;
import dev.capex.report.levers.LeverForms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The dashboard's levers: each lever's form ({@link LeverForms}: its fields, how they become a
 * {@link Decision}, the glossary terms that explain it) with its menu key, for a scenario and a state.
 */
public final class Levers {
    private Levers() {
    }

    /** A lever: its decision type, title, family, menu key, fields, the terms it uses, and its builder. */
    public record Lever(String type, String title, String family, char key, String what, List<Field> fields,
            List<String> terms, Function<Map<String, String>, Decision> build) {
    }

    /** Every lever, in the order of the engine's registry, for this scenario and state (menu keys a, b, c...). */
    public static List<Lever> all(Scenario sc, GameState s) {
        Choices c = new Choices(sc, s);
        List<Lever> out = new ArrayList<>();
        for (LeverForm<?> f : LeverForms.ALL) {
            out.add(new Lever(f.type(), f.title(), f.family(), (char) ('a' + out.size()), f.what(), f.fields(c),
                    f.terms(), f::build));
        }
        return out;
    }

    public static Lever byType(List<Lever> levers, String type) {
        for (Lever l : levers) {
            if (l.type().equals(type)) {
                return l;
            }
        }
        throw new IllegalArgumentException("no lever " + type);
    }

    /** The field values that rebuild a queued decision (to edit it). */
    public static Map<String, String> valuesOf(Decision d) {
        return LeverForms.of(d).valuesOf(d);
    }
}
