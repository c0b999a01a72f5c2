package dev.capex.engine.levers;

import dev.capex.engine.event.Reason;

/**
 * Why a decision is not applied, as a fact: a {@link Reason.Kind} and its values, which the shell renders
 * in the player's language (the engine writes no sentence). Thrown by a lever's checks (no stack trace is
 * taken).
 */
public final class Refusal extends Exception {
    private final Reason reason;

    public Refusal(Reason reason) {
        super(null, null, false, false);
        assert reason.wellFormed() : "the values of " + reason.kind() + " are " + reason.kind().types() + ", not "
                + reason.args();
        this.reason = reason;
    }

    public Refusal(Reason.Kind kind, Object... args) {
        this(Reason.of(kind, args));
    }

    public Reason reason() {
        return reason;
    }

    public Reason.Kind kind() {
        return reason.kind();
    }

    /** The kind's name: the engine writes no sentence (the shell renders the reason). */
    @Override
    public String getMessage() {
        return reason.kind().name();
    }
}
