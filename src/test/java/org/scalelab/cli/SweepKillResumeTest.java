package org.scalelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalelab.Launcher;
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunStatus;
import org.scalelab.training.store.ExperimentStore;
import org.scalelab.training.store.RunFilter;

/**
 * Kills a sweep process with SIGKILL while a run is between epochs, starts the same sweep again, and checks
 * that every completed run is still there (not retrained) and that the interrupted run resumed from its last
 * epoch checkpoint instead of starting over.
 */
class SweepKillResumeTest {
    private static final int EPOCHS = 4;

    private static List<String> sweep(Path db) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "sweep",
                "--arch", "simple-cnn", "--phi", "0:1:1", "--rules", "compound,width", "--epochs", Integer.toString(EPOCHS),
                "--train-size", "1500", "--db", db.toString());
    }

    private static Process start(Path db, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(sweep(db)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("OMP_WAIT_POLICY", "PASSIVE");
        return pb.start();
    }

    private static List<RunRecord> runs(Path db) {
        if (!Files.exists(db)) {
            return List.of();
        }
        try (ExperimentStore store = ExperimentStore.open(db)) {
            return store.runs(RunFilter.all());
        } catch (RuntimeException e) {
            return List.of(); // the child may still be creating the schema
        }
    }

    @Test
    void killedSweepResumesFromItsLastCheckpoint(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("sweep.db");
        Path log = dir.resolve("sweep.log");
        Process first = start(db, log);
        List<RunRecord> beforeKill = null;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
        try {
            while (System.nanoTime() < deadline && first.isAlive()) {
                // Only look once the child has created its database and queued the sweep: opening the file while
                // the child is still creating it would race two schema initialisations.
                if (!Files.readString(log).contains("queued, cheapest first")) {
                    Thread.sleep(100);
                    continue;
                }
                List<RunRecord> now = runs(db);
                boolean oneDone = now.stream().anyMatch(r -> r.status() == RunStatus.DONE);
                boolean oneMidway = now.stream().anyMatch(r -> r.status() == RunStatus.RUNNING
                        && r.epochsDone() >= 1 && r.epochsDone() < EPOCHS);
                if (oneDone && oneMidway) {
                    first.toHandle().destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
                    first.waitFor(30, TimeUnit.SECONDS);
                    beforeKill = runs(db);
                    break;
                }
                Thread.sleep(100);
            }
        } finally {
            first.destroyForcibly();
        }
        if (beforeKill == null) {
            fail("never saw a finished run beside one midway; log:\n" + Files.readString(log));
        }
        Map<String, RunRecord> done = beforeKill.stream().filter(r -> r.status() == RunStatus.DONE)
                .collect(Collectors.toMap(RunRecord::id, Function.identity()));
        List<RunRecord> cut = beforeKill.stream().filter(r -> r.status() == RunStatus.RUNNING).toList();
        assertFalse(done.isEmpty());
        assertFalse(cut.isEmpty(), "a run was between epochs when killed");

        Process second = start(db, log);
        assertTrue(second.waitFor(8, TimeUnit.MINUTES), "the restarted sweep finishes");
        String output = Files.readString(log);
        assertEquals(0, second.exitValue(), output);
        assertTrue(output.contains("resuming " + cut.size() + " interrupted run(s)"), output);

        List<RunRecord> after = runs(db);
        assertEquals(3, after.size(), "compound and width at phi 0 are one network: 3 distinct runs");
        assertTrue(after.stream().allMatch(r -> r.status() == RunStatus.DONE), after.toString());
        for (RunRecord before : done.values()) {
            RunRecord now = find(after, before.id()).orElseThrow();
            assertEquals(before.result(), now.result(), "a completed run is kept, not retrained");
            assertEquals(before.epochs(), now.epochs());
        }
        for (RunRecord interrupted : cut) {
            RunRecord now = find(after, interrupted.id()).orElseThrow();
            List<EpochMetrics> kept = now.epochs().subList(0, interrupted.epochsDone());
            assertEquals(interrupted.epochs(), kept, "epochs before the kill survive unchanged");
            assertEquals(numbers(1, EPOCHS), now.epochs().stream().map(EpochMetrics::epoch).toList());
            assertTrue(output.contains("resuming after its last checkpoint"), output);
        }
    }

    private static Optional<RunRecord> find(List<RunRecord> runs, String id) {
        return runs.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private static List<Integer> numbers(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            out.add(i);
        }
        return out;
    }
}
