package org.scalelab.training.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.scalelab.training.store.Requests.checkpointAfter;
import static org.scalelab.training.store.Requests.epoch;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunStatus;

/**
 * kill -9 in the middle of training: every epoch whose recordEpoch had returned is still there after a
 * restart, its count and checkpoint agree with it, and start-up marks the run INTERRUPTED.
 */
class CrashConsistencyTest {
    /** Enough commits that the kill lands in a busy write loop, few enough to stay fast. */
    private static final int KILL_AFTER = 25;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void epochsThatWereCommittedSurviveKillNine() throws Exception {
        Path db = dir.resolve("scalelab.db");
        String runId;
        try (ExperimentStore store = ExperimentStore.open(db)) {
            long experiment = store.createExperiment("crash", "").id();
            runId = store.enqueue(experiment, Requests.miniEffnet(1), 1, 1).id();
            store.markRunning(runId, "child JVM");
        }

        int lastPrinted = killMidway(db, runId);

        assertTrue(lastPrinted >= KILL_AFTER, "the child printed up to epoch " + lastPrinted);
        try (ExperimentStore store = ExperimentStore.open(db)) {
            List<EpochMetrics> epochs = store.epochs(runId);
            int stored = epochs.size();
            // The kill may fall between a commit and its line: then one more epoch is stored than was printed.
            assertTrue(stored == lastPrinted || stored == lastPrinted + 1,
                    lastPrinted + " epochs were reported committed, " + stored + " are stored");
            assertEquals(IntStream.rangeClosed(1, stored).mapToObj(Requests::epoch).toList(), epochs);
            assertEquals(Optional.of(checkpointAfter(stored)), store.checkpoint(runId));
            assertEquals(stored, RawSqlite.number(db, "SELECT epochs_done FROM runs WHERE id = '" + runId + "'"));

            List<RunRecord> interrupted = store.markInterrupted();

            assertEquals(List.of(runId), interrupted.stream().map(RunRecord::id).toList());
            assertEquals(RunStatus.INTERRUPTED, store.find(runId).orElseThrow().status());
            assertEquals(stored, interrupted.get(0).epochsDone());
        }
        assertEquals("ok\n", RawSqlite.text(db, "PRAGMA integrity_check"));
    }

    /** Starts the child, kills it forcibly after {@link #KILL_AFTER} epochs and returns the last one it printed. */
    private int killMidway(Path db, String runId) throws Exception {
        Path errors = dir.resolve("child-stderr.txt");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), EpochWritingProcess.class.getName(),
                db.toString(), runId)
                .redirectError(errors.toFile())
                .start();
        int last = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (!line.startsWith(EpochWritingProcess.COMMITTED)) {
                    fail("unexpected output from the child: " + line);
                }
                last = Integer.parseInt(line.substring(EpochWritingProcess.COMMITTED.length()));
                if (last == KILL_AFTER) {
                    // SIGKILL, as Process.destroyForcibly sends; that one also closes our end of the pipe,
                    // losing lines the child wrote before it died, so the handle sends it instead.
                    child.toHandle().destroyForcibly();
                }
            }
        } finally {
            child.destroyForcibly().waitFor();
        }
        if (last < KILL_AFTER) {
            fail("the child stopped by itself after epoch " + last + ":\n" + Files.readString(errors));
        }
        return last;
    }
}
