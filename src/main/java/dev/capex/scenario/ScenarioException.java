package dev.capex.scenario;

import java.util.List;

/** A scenario that cannot be used, with every problem found and where it is. */
public final class ScenarioException extends Exception {
    private final List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid scenario" : problems.get(0).toString(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One problem: file, line and column (0 when unknown), the field's path, and what was expected. */
    public record Problem(String file, int line, int column, String field, String message) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(file);
            if (line > 0) {
                sb.append(':').append(line).append(':').append(column);
            }
            sb.append(": ");
            if (field != null && !field.isEmpty()) {
                sb.append(field).append(": ");
            }
            return sb.append(message).toString();
        }
    }
}
