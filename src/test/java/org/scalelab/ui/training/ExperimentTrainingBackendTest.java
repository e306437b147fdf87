package org.scalelab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production backend opens the real store and data off the calling thread, in the CLI's order. */
class ExperimentTrainingBackendTest {
    @TempDir
    Path dir;

    @Test
    void opensAnEmptyDatabaseAndReportsItsBackend() {
        Path db = dir.resolve("w.db");
        try (ExperimentTrainingBackend backend = ExperimentTrainingBackend.open(db)) {
            assertEquals(db, backend.database());
            assertEquals(List.of(), backend.doneRuns("fashion-mnist-bundled"));
            assertTrue(backend.device().startsWith("CPU, "), backend.device());
            assertTrue(Files.exists(db));
        }
    }

    @Test
    void anUnopenableDatabaseIsReportedByEveryCall() throws Exception {
        Path notADirectory = dir.resolve("file");
        Files.writeString(notADirectory, "x");
        try (ExperimentTrainingBackend backend = ExperimentTrainingBackend.open(notADirectory.resolve("w.db"))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> backend.doneRuns("x"));
            assertTrue(e.getMessage().startsWith("experiment database " + notADirectory.resolve("w.db") + ": cannot create"),
                    e.getMessage());
        }
    }
}
