package dev.capex.scenario;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An opt-in trace of where start-up time goes: {@code -Dcapex.startupTrace=true} prints each phase's
 * duration (and the time since the first mark, which is taken as main() starts, and the thread CPU time the
 * phase took, which a loaded machine moves less) to
 * standard error; {@code -Dcapex.startupTrace=FILE} appends the lines to FILE instead (for the
 * dashboard, whose screen would hide them). Off by default, and then it costs one boolean test per mark.
 * {@code -Dcapex.exitAfterFirstFrame=true} ends {@code capex play} as soon as its first frame is drawn (the
 * terminal restored): the process's CPU time to the first frame, measured with {@code /usr/bin/time}.
 */
public final class StartupTrace {
    private static final String TARGET = System.getProperty("capex.startupTrace");
    private static final boolean ON = TARGET != null && !TARGET.isEmpty() && !TARGET.equals("false");
    private static final long FIRST = System.nanoTime();
    private static long last = FIRST;
    /**
     * Each thread's CPU time at its previous mark (nanoseconds): steadier than wall time on a loaded machine. A
     * thread's first mark counts its CPU time since it began.
     */
    private static final ThreadLocal<long[]> LAST_CPU = ThreadLocal.withInitial(() -> new long[] {0});

    private static long cpu() {
        java.lang.management.ThreadMXBean t = java.lang.management.ManagementFactory.getThreadMXBean();
        return t.isCurrentThreadCpuTimeSupported() ? t.getCurrentThreadCpuTime() : 0;
    }

    private StartupTrace() {
    }

    public static boolean on() {
        return ON;
    }

    /** Records that {@code phase} just ended: its duration since the previous mark and the time since the JVM started. */
    public static synchronized void mark(String phase) {
        if (!ON) {
            return;
        }
        long now = System.nanoTime();
        long cpuNow = cpu();
        long[] lastCpu = LAST_CPU.get();
        String line = String.format("capex startup: %-28s %6.1f ms   (%6.1f ms since the first mark, %s; thread CPU %5.1f ms)",
                phase, (now - last) / 1e6, (now - FIRST) / 1e6, Thread.currentThread().getName(), (cpuNow - lastCpu[0]) / 1e6);
        last = System.nanoTime();
        lastCpu[0] = cpu();
        if (TARGET.equals("true")) {
            PrintStream err = System.err;
            err.println(line);
        } else {
            try {
                Files.writeString(Path.of(TARGET), line + System.lineSeparator(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                // a trace that cannot be written is not worth failing for
            }
        }
    }
}
