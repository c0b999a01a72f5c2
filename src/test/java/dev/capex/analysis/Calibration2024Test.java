package dev.capex.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The model's 2024, replayed from Meta's balance sheet at the end of 2023 with the decisions Meta made,
 * against Meta's reported 2024 (scenarios/calibration/): each headline figure within the tolerance the
 * reference file names (3%). Rerun with: mvn -q -o test -Dtest=Calibration2024Test (the table prints),
 * or java -jar target/capex.jar calibrate.
 */
class Calibration2024Test {
    @Test
    void theModelsReplayOf2024MatchesMetasReported2024WithinThreePercent() throws Exception {
        Calibration.Result r = Calibration.run(Path.of("scenarios", "calibration", "meta-2024-reported.json"));
        System.out.println(r.markdown());
        for (Calibration.Row row : r.rows()) {
            assertTrue(row.within(), row.figure() + ": model " + row.modelM() + " against reported " + row.reportedM()
                    + String.format(java.util.Locale.ROOT, " (%+.1f%%)", row.error() * 100));
        }
    }
}
