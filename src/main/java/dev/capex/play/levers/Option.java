package dev.capex.play.levers;

/** A choice in a list: the id the decision carries, the text the list shows, details shown beside. */
public record Option(String id, String label, String detail) {
    @Override
    public String toString() {
        return label;
    }
}
