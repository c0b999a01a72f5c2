package dev.capex.save;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file's content so that a crash, a kill or a full disk at any instant leaves either the
 * old content or the new one, never a mix: the new content goes to a temporary file in the same
 * directory, is flushed to the disk (fsync), and is then renamed over the target in one atomic step.
 * A reader never sees a half-written save; an interrupted write leaves at most a hidden temporary file.
 */
public final class AtomicFile {

    /** The steps of a write, in order; a test can make any of them fail. */
    public enum Step { CREATE_TEMP, WRITE_FIRST_HALF, WRITE_REST, FORCE, CLOSE, MOVE, SYNC_DIRECTORY }

    /** Called before each step: the real one does nothing, a test throws to simulate a crash there. */
    @FunctionalInterface
    public interface Steps {
        void before(Step step) throws IOException;

        Steps REAL = step -> {
        };
    }

    private static final java.util.concurrent.atomic.AtomicLong COUNTER = new java.util.concurrent.atomic.AtomicLong();

    private AtomicFile() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, Steps.REAL);
    }

    public static void write(Path target, byte[] content, Steps steps) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        steps.before(Step.CREATE_TEMP);
        // Not Files.createTempFile: it makes the file readable by its owner only, and a save is an
        // ordinary file (the umask decides). CREATE_NEW never opens somebody else's file.
        Path tmp = dir.resolve("." + abs.getFileName() + "." + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet()
                + ".tmp");
        Files.deleteIfExists(tmp); // left by a killed process that had this pid: nobody else can own the name
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
                int half = content.length / 2;
                steps.before(Step.WRITE_FIRST_HALF);
                writeFully(ch, ByteBuffer.wrap(content, 0, half));
                steps.before(Step.WRITE_REST);
                writeFully(ch, ByteBuffer.wrap(content, half, content.length - half));
                steps.before(Step.FORCE);
                ch.force(true);
                steps.before(Step.CLOSE);
            }
            steps.before(Step.MOVE);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Only on file systems without an atomic rename; the temporary file is in the same directory.
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            steps.before(Step.SYNC_DIRECTORY);
            syncDirectory(dir);
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** The temporary files of writes: ".NAME.PID-N.tmp" beside the target. */
    private static final java.util.regex.Pattern TEMP = java.util.regex.Pattern.compile("\\..+\\.(\\d+)-\\d+\\.tmp");

    /**
     * Checks, before any work is done, that {@code target} can be written: its directory exists or can be
     * made, a file can be created in it under the longest name a write uses, and the target is not a
     * directory. Nothing is left behind. Throws with the operating system's reason otherwise.
     */
    public static void probe(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            throw new java.nio.file.FileSystemException(target.toString(), null, "is a directory");
        }
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + abs.getFileName() + "." + ProcessHandle.current().pid() + "-" + Long.MAX_VALUE
                + ".tmp");
        Files.deleteIfExists(tmp);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
            ch.write(ByteBuffer.wrap(new byte[] {'{'}));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Removes the temporary files that interrupted writes (a kill, a crash, a power cut) left in
     * {@code dir}: those whose process is gone. A write in progress in a running process is left alone.
     * Returns how many were removed; a file that cannot be removed is skipped.
     */
    public static int cleanStale(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (var files = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path f : files) {
                java.util.regex.Matcher m = TEMP.matcher(f.getFileName().toString());
                if (!m.matches() || !Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                long pid;
                try {
                    pid = Long.parseLong(m.group(1));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                try {
                    Files.deleteIfExists(f);
                    removed++;
                } catch (IOException e) {
                    // left for next time
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            // an unreadable directory: nothing to clean that we could clean
        }
        return removed;
    }

    private static void writeFully(FileChannel ch, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }

    /** Makes the rename itself durable (Linux); some systems cannot open a directory, which is harmless. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the rename is done; only its durability across a power cut is less certain
        }
    }
}
