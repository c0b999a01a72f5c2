package dev.capex.save;

/** A save file that cannot be used, with a one-line message naming the file and what is wrong. */
public final class SaveException extends Exception {
    private final String file;
    private final String problem;

    public SaveException(String file, String problem) {
        super(file + ": " + problem, null, false, false);
        this.file = file;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    /** What is wrong, without the file name. */
    public String problem() {
        return problem;
    }
}
