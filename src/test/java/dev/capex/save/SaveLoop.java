package dev.capex.save;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A child process for AtomicSaveTest: saves two games (read from the files given) in turn to one file,
 * forever, until it is killed.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path f = Path.of(args[0]);
        byte[][] g = {Files.readAllBytes(Path.of(args[1])), Files.readAllBytes(Path.of(args[2]))};
        for (long i = 0; ; i++) {
            AtomicFile.write(f, g[(int) (i % 2)]);
            if (i < 10) {
                System.out.println("saved " + i);
            }
        }
    }
}
