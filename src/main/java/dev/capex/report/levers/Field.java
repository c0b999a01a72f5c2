package dev.capex.report.levers;

import java.util.List;

/** A field of a form: a list of options (options non-null) or a number typed in a text box. */
public record Field(String key, String label, List<Option> options, String initial, String hint) {
    public boolean isChoice() {
        return options != null;
    }

    static Field choice(String key, String label, List<Option> options, String initial) {
        return new Field(key, label, options, initial, "");
    }

    static Field number(String key, String label, String initial, String hint) {
        return new Field(key, label, null, initial, hint);
    }
}
