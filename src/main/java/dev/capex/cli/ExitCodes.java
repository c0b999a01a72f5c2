package dev.capex.cli;

/** The exit codes of every command (see docs/cli.md). */
public final class ExitCodes {
    private ExitCodes() {
    }

    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int USAGE = 2;
    public static final int BAD_INPUT = 3;
    public static final int NO_TERMINAL = 4;
    public static final int REPLAY_MISMATCH = 5;
    /** A file could not be written: the game's save, or a command's output (the reason is given). */
    public static final int CANNOT_WRITE = 6;

    /** A command that ends with a clear message and an exit code, never a stack trace. */
    public static final class Failure extends RuntimeException {
        private final int code;

        public Failure(int code, String message) {
            super(message, null, false, false);
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    public static String programVersion() {
        String v = ExitCodes.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
