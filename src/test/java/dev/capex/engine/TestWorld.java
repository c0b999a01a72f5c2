package dev.capex.engine;

import dev.capex.engine.model.Scenario;
import dev.capex.scenario.ScenarioLoader;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The baseline scenario for tests, and small helpers that build modified copies of it (records are
 * immutable: a copy is rebuilt with one component changed). Tests never edit scenarios/meta-2025.json.
 */
final class TestWorld {
    private TestWorld() {
    }

    private static final Scenario BASELINE = load();

    private static Scenario load() {
        try {
            return ScenarioLoader.load(Path.of("scenarios", "meta-2025.json"));
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the baseline scenario: " + e, e);
        }
    }

    /** scenarios/meta-2025.json, loaded once. */
    static Scenario baseline() {
        return BASELINE;
    }

    /** A copy of a record with one component replaced (by name). */
    @SuppressWarnings("unchecked")
    static <R extends Record> R with(R record, String component, Object value) {
        try {
            RecordComponent[] rc = record.getClass().getRecordComponents();
            Object[] args = new Object[rc.length];
            Class<?>[] types = new Class<?>[rc.length];
            boolean found = false;
            for (int i = 0; i < rc.length; i++) {
                types[i] = rc[i].getType();
                if (rc[i].getName().equals(component)) {
                    args[i] = value;
                    found = true;
                } else {
                    args[i] = rc[i].getAccessor().invoke(record);
                }
            }
            if (!found) {
                throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component " + component);
            }
            Constructor<?> c = record.getClass().getDeclaredConstructor(types);
            c.setAccessible(true);
            return (R) c.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of a list with the items that match changed. */
    static <T> List<T> replace(List<T> items, Predicate<T> which, UnaryOperator<T> change) {
        List<T> out = new ArrayList<>();
        for (T t : items) {
            out.add(which.test(t) ? change.apply(t) : t);
        }
        return out;
    }

    /** The scenario with every site's powered capacity (online and under construction) removed. */
    static Scenario withoutPoweredCapacity(Scenario sc) {
        List<Scenario.SiteSpec> sites = replace(sc.sites(), s -> true, s -> with(with(with(with(s, "onlineGw", 0.0),
                "underConstructionGw", 0.0), "constructionSpentM", 0L), "onlineBookValueM", 0L));
        return with(sc, "sites", sites);
    }
}
