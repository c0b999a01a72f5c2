package dev.capex.report.levers;

/** A choice in a list: the id the decision carries, the text the list shows, details shown beside. */
public record Option(String id, String label, String detail) {
    /** The label and details come from the scenario: shown escaped, never as terminal controls. */
    public Option {
        label = dev.capex.scenario.Printable.line(label);
        detail = detail == null ? null : dev.capex.scenario.Printable.text(detail);
    }

    @Override
    public String toString() {
        return label;
    }
}
