package org.scalelab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalelab.training.cluster.Clusters;
import org.scalelab.training.store.RunFilter;

/**
 * The Spark edition's window port moves its jobs to Spark (local mode: the same driver code as a standalone master)
 * and back, on the same database, and a master that cannot be reached leaves them where they were.
 */
class WorkbenchClusterTest {
    @TempDir
    Path dir;

    @Test
    void theWindowsJobsMoveToSparkAndBackWithEveryStoredRunKept() throws Exception {
        assertTrue(Clusters.available(), "the Spark edition has Spark");
        Path db = WorkbenchTrainingTest.withOneStoredRun(dir.resolve("w.db"));
        try (SwitchingTraining port = WorkbenchTraining.switching(db, null)) {
            assertTrue(port.device().startsWith("CPU, "), port.device());
            assertEquals(SwitchingTraining.Move.MOVED, port.moveTo("local[1]", 0));
            assertEquals("CPU, Spark local[1], 1 core(s) per run", port.device());
            assertEquals(1, port.runs(RunFilter.all()).size(), "the stored run stays");

            assertEquals(SwitchingTraining.Move.MOVED, port.moveTo(null, 0));
            assertTrue(!port.device().contains("Spark"), port.device());
            // Spark allows one context per process: this works only because the first one was stopped.
            assertEquals(SwitchingTraining.Move.MOVED, port.moveTo("local[1]", 0));

            int free;
            try (ServerSocket s = new ServerSocket(0)) {
                free = s.getLocalPort();
            }
            String gone = "spark://127.0.0.1:" + free;
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> port.moveTo(gone, 0));
            assertTrue(e.getMessage().startsWith("cannot reach the Spark master at " + gone), e.getMessage());
            assertEquals("local[1]", port.master());
            assertEquals("CPU, Spark local[1], 1 core(s) per run", port.device(), "back where the jobs were");
            assertEquals(1, port.runs(RunFilter.all()).size());
        }
    }
}
