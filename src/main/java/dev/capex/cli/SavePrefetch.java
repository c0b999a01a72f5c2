package dev.capex.cli;

import dev.capex.analysis.Replay;
import dev.capex.save.SaveFile;
import dev.capex.save.SaveJson;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * {@code capex replay SAVE}'s save, read and replayed on a second thread while picocli builds the command's
 * model (the two need no result of each other; on two cores the replay no longer waits for the command
 * line). Only a prefetch, like {@link ScenarioPrefetch}: picocli still parses the command line; the result is
 * used only when the parsed SAVE is the file read here, and any failure here is forgotten (the main thread
 * reads the save again and reports the problem as it always did). The engine is pure, so the replay made
 * here is the one the main thread would make.
 */
final class SavePrefetch {
    /** A save and its replay. */
    record Loaded(SaveFile save, Replay.Result result) {
    }

    private static volatile String file;
    private static volatile CompletableFuture<Loaded> task;

    private SavePrefetch() {
    }

    /** Starts reading the save that {@code capex replay ARGS} names, if the arguments name exactly one. */
    static void start(String... args) {
        if (args.length < 2 || !args[0].equals("replay")) {
            return;
        }
        String named = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--lang")) {
                i++;   // its value
            } else if (a.equals("--") || a.equals("--help") || a.equals("-h")) {
                return;
            } else if (!a.startsWith("-")) {
                if (named != null) {
                    return;   // two files: picocli says what is wrong
                }
                named = a;
            }
        }
        if (named == null) {
            return;
        }
        String wanted = named;
        CompletableFuture<Loaded> t = new CompletableFuture<>();
        file = wanted;
        task = t;
        Thread th = new Thread(() -> {
            try {
                SaveFile save = SaveJson.load(Path.of(wanted));
                t.complete(new Loaded(save, Replay.run(save)));
            } catch (dev.capex.save.SaveException | RuntimeException | LinkageError e) {
                t.completeExceptionally(e);
            }
        }, "capex-prefetch-save");
        th.setDaemon(true);
        th.start();
    }

    /** The save {@code requested} and its replay, when that is the file read ahead without a problem; else null. */
    static Loaded take(String requested) {
        CompletableFuture<Loaded> t = task;
        if (t == null || !requested.equals(file)) {
            return null;
        }
        task = null;
        try {
            return t.get();
        } catch (ExecutionException e) {
            return null;   // read again by the caller, where the problem is reported
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
