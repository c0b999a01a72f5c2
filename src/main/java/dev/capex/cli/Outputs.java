package dev.capex.cli;

import dev.capex.save.AtomicFile;
import dev.capex.scenario.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * The files commands write (compare --out, report --out and its CSV, branch --out): never over one of
 * the command's own inputs nor over an existing save, unless --force; always whole (atomically, through
 * {@link AtomicFile}); a failure says why (exit 6).
 */
final class Outputs {
    private Outputs() {
    }

    /**
     * Refuses {@code out} (exit 2) when it names one of {@code inputs} or an existing save file, unless
     * {@code force}.
     */
    static void check(String option, Path out, boolean force, Collection<Path> inputs) {
        if (force) {
            return;
        }
        for (Path in : inputs) {
            if (same(out, in)) {
                throw new ExitCodes.Failure(ExitCodes.USAGE, option + " " + out + " is also an input of this command; "
                        + "writing it would destroy it: choose another file (or add --force)");
            }
        }
        if (isSave(out)) {
            throw new ExitCodes.Failure(ExitCodes.USAGE, option + " " + out + " is a saved game; it is never "
                    + "overwritten: choose another file (or add --force)");
        }
    }

    /** Writes the text whole, or exits 6 with the operating system's reason; the old file stays whole on failure. */
    static void write(Path out, String text) {
        try {
            AtomicFile.cleanStale(out.toAbsolutePath().getParent());
            AtomicFile.write(out, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ExitCodes.Failure(ExitCodes.CANNOT_WRITE, out + ": cannot be written: " + Limits.reason(e));
        }
    }

    static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // compare the names below
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** Whether the file exists and starts like a save (its "format" field names capex-save). */
    static boolean isSave(Path p) {
        if (!Files.isRegularFile(p)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(p)) {
            String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            return head.matches("(?s)\\s*\\{.*\"format\"\\s*:\\s*\"capex-save\".*");
        } catch (IOException e) {
            return false;
        }
    }
}
