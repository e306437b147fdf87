package org.scalelab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalelab.training.service.TrainingPort;
import org.scalelab.training.store.RunFilter;

/** The workbench opens the real device, store and data off the calling thread, through the CLI's set-up. */
class WorkbenchTrainingTest {
    @TempDir
    Path dir;

    @Test
    void opensAnEmptyDatabaseAndReportsItsBackend() {
        Path db = dir.resolve("w.db");
        try (TrainingPort backend = WorkbenchTraining.open(db)) {
            assertEquals(db, backend.database());
            assertEquals(List.of(), backend.runs(RunFilter.all()));
            assertTrue(backend.device().startsWith("CPU, "), backend.device());
            assertTrue(Files.exists(db));
        }
    }

    @Test
    void anUnopenableDatabaseIsReportedByEveryCall() throws Exception {
        Path notADirectory = dir.resolve("file");
        Files.writeString(notADirectory, "x");
        try (TrainingPort backend = WorkbenchTraining.open(notADirectory.resolve("w.db"))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> backend.runs(RunFilter.all()));
            assertTrue(e.getMessage().startsWith("experiment database " + notADirectory.resolve("w.db") + ": cannot create"),
                    e.getMessage());
        }
    }
}
