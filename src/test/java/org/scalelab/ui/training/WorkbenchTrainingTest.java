package org.scalelab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalelab.domain.preset.Presets;
import org.scalelab.domain.scaling.Multipliers;
import org.scalelab.training.Recipe;
import org.scalelab.training.RunRequest;
import org.scalelab.training.cluster.Clusters;
import org.scalelab.training.service.TrainingPort;
import org.scalelab.training.store.ExperimentStore;
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

    /**
     * The window's port in a build without Spark: asked to move to a cluster, it says why not in the command line's
     * words, and trains on this machine again with every stored run kept.
     */
    @Test
    void withoutSparkAMoveToAClusterIsRefusedAndTheJobsStayHere() {
        assumeFalse(Clusters.available(), "the Spark edition moves (WorkbenchClusterTest)");
        Path db = withOneStoredRun(dir.resolve("w.db"));
        try (SwitchingTraining backend = WorkbenchTraining.switching(db, null)) {
            assertEquals(1, backend.runs(RunFilter.all()).size());
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> backend.moveTo("local[1]", 0));
            assertEquals(Clusters.NO_SPARK, e.getMessage());
            assertEquals(null, backend.master());
            assertTrue(backend.device().startsWith("CPU, "), backend.device());
            assertEquals(1, backend.runs(RunFilter.all()).size(), "the stored run stays");
            assertEquals(SwitchingTraining.Move.MOVED, backend.moveTo(null, 0), "reopening here works");
            assertEquals(1, backend.runs(RunFilter.all()).size());
        }
    }

    /** A database holding one run (failed, so that nothing takes it up again). */
    static Path withOneStoredRun(Path db) {
        try (ExperimentStore store = ExperimentStore.open(db)) {
            long experiment = store.createExperiment("earlier", "").id();
            String id = store.enqueue(experiment, new RunRequest("simple-cnn-28", "baseline", 0, Multipliers.IDENTITY,
                    Presets.get("simple-cnn-28"), "bundled", Recipe.defaults()), 1, 1).id();
            store.fail(id, "for the test");
        }
        return db;
    }
}
