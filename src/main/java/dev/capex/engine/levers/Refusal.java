package dev.capex.engine.levers;

import java.util.function.Supplier;

/**
 * Why a decision is not applied, in words a player understands. Thrown by a lever's checks (no stack
 * trace is taken). The message may be written when it is first read: {@link LeverRules#apply} reads it
 * at once, and a bot's search for a lender's limit never does, so it formats no refusal it does not need.
 */
public final class Refusal extends Exception {
    private Supplier<String> writer;
    private String message;

    public Refusal(String message) {
        super(null, null, false, false);
        this.message = message;
    }

    public Refusal(Supplier<String> writer) {
        super(null, null, false, false);
        this.writer = writer;
    }

    @Override
    public String getMessage() {
        if (message == null && writer != null) {
            message = writer.get();
            writer = null;
        }
        return message;
    }
}
