package dev.capex.report.levers;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.levers.LeverRule;
import dev.capex.engine.levers.LeverRules;
import java.util.List;
import java.util.Map;

/**
 * How a player writes one lever's decision: its dashboard form (fields filled from the scenario and the
 * state, the decision built from what was typed, the values that rebuild a queued decision to edit it)
 * and its plain-text command (the word, its usage and how its words become the decision). The forms only
 * translate what the player wrote into decisions; the engine's rule decides what they do. The lever's
 * name is the engine's ({@link LeverRules}); the forms are listed in {@link LeverForms}.
 *
 * @param <D> the decision's record
 */
public abstract class LeverForm<D extends Decision> {
    private final Class<D> decision;
    private final String type;
    private final java.util.function.Supplier<String> title;
    private final java.util.function.Supplier<String> family;
    private final java.util.function.Supplier<String> what;
    private final List<String> terms;
    private final Usage usage;

    protected LeverForm(Class<D> decision, String title, String family, String what, List<String> terms,
            Usage usage) {
        this(decision, () -> title, () -> family, () -> what, terms, usage);
    }

    /**
     * A form whose title, group and sentence are read in the player's language each time they are shown
     * (write them as {@code () -> Msg.t(KEY)}).
     */
    protected LeverForm(Class<D> decision, java.util.function.Supplier<String> title,
            java.util.function.Supplier<String> family, java.util.function.Supplier<String> what, List<String> terms,
            Usage usage) {
        this.decision = decision;
        this.type = LeverRules.ALL.stream().filter(r -> r.decision() == decision).map(LeverRule::type).findFirst()
                .orElseThrow(() -> new IllegalStateException("no engine rule for " + decision.getSimpleName()));
        this.title = title;
        this.family = family;
        this.what = what;
        this.terms = terms;
        this.usage = usage;
    }

    /** The lever's name, as the engine's registry spells it. */
    public final String type() {
        return type;
    }

    public final Class<D> decision() {
        return decision;
    }

    public final String title() {
        return title.get();
    }

    /** The group the dashboard lists it under. */
    public final String family() {
        return family.get();
    }

    /** One sentence on what the lever does. */
    public final String what() {
        return what.get();
    }

    /** The glossary terms that explain it. */
    public final List<String> terms() {
        return terms;
    }

    /** The plain-text command. */
    public final Usage usage() {
        return usage;
    }

    /** The form's fields, with lists filled from the scenario and the state. */
    public abstract List<Field> fields(Choices c);

    /** The decision the form's values make; a value that cannot be read is a {@link BadValue}. */
    public abstract D build(Map<String, String> v);

    /** The field values that rebuild a decision of this lever (to edit it). */
    protected abstract Map<String, String> values(D d);

    public final Map<String, String> valuesOf(Decision d) {
        return values(decision.cast(d));
    }

    /** What applying a decision of this lever did, in a sentence (from the outcome its rule reported). */
    public abstract String outcome(GameEvent.Outcome o);

    /** The decision a typed command makes ({@code w[0]} is the command word, the rest its arguments). */
    public abstract D parse(String[] w) throws BadCommand;

    /** Checks a command has at least {@code n} words, or says how to write it. */
    protected final void need(String[] w, int n) throws BadCommand {
        if (w.length < n) {
            throw new BadCommand(usage.line());
        }
    }
}
