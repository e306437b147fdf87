package org.scalelab.training.cluster.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.scalelab.training.EpochMetrics;
import org.scalelab.training.RunRecord;
import org.scalelab.training.RunStatus;
import org.scalelab.training.store.ExperimentStore;
import org.scalelab.training.store.RunFilter;

/**
 * The Spark edition end to end, as a user runs it: the packaged jar ({@code java -jar target-spark/scalelab.jar}, which
 * relaunches itself with Spark's JVM options) drives a real standalone Master and Worker on 127.0.0.1 with two
 * one-core executors. A four-variant sweep on the cluster stores exactly what the same sweep stores when it trains in
 * one process; a second sweep survives an executor killed while it trains a run.
 */
class SparkClusterIT {
    private static final Path JAR = Path.of(System.getProperty("scalelab.jar", "target-spark/scalelab.jar"));
    private static final Path LIB = Path.of(System.getProperty("scalelab.lib", "target-spark/lib"));
    private static final long SWEEP_MINUTES = 8;
    /** Four distinct networks, tiny data: the test is about where runs train, not how well. */
    private static final List<String> SWEEP = List.of("sweep", "--arch", "simple-cnn", "--phi", "1", "--rules",
            "compound,width,depth,resolution", "--epochs", "1", "--train-size", "400");

    @TempDir
    Path dir;

    @Test
    void clusterSweepStoresWhatALocalSweepStoresAndSurvivesALostExecutor() throws Exception {
        // The reference trains in one process with the executors' OpenMP pool of one thread: libnd4j's results depend
        // on its pool size in the last bits (a 2-thread pool moves the loss by about 1e-4), not on where it runs.
        Path local = dir.resolve("local.db");
        assertEquals(0, sweep(local, List.of("--seed", "42"), "local", Map.of("OMP_NUM_THREADS", "1")).waitFor(),
                () -> log("local"));

        try (StandaloneCluster cluster = StandaloneCluster.start(dir.resolve("cluster"), LIB, 2, 2048)) {
            List<String> onCluster = List.of("--spark-master", cluster.url(), "--spark-conf", "spark.executor.cores=1",
                    "--spark-conf", "spark.executor.memory=640m", "--spark-conf", "spark.ui.enabled=false");
            Path remote = dir.resolve("cluster.db");
            List<String> first = new ArrayList<>(List.of("--seed", "42"));
            first.addAll(onCluster);
            Process p = sweep(remote, first, "cluster-1");
            assertTrue(p.waitFor(SWEEP_MINUTES, TimeUnit.MINUTES), () -> "first cluster sweep hangs\n" + log("cluster-1"));
            assertEquals(0, p.exitValue(), () -> log("cluster-1") + cluster.logs());
            assertSameRuns(runs(local), runs(remote));

            // The second sweep (another seed: four new runs) loses an executor while that executor trains a run.
            List<String> second = new ArrayList<>(List.of("--seed", "43"));
            second.addAll(onCluster);
            Process q = sweep(remote, second, "cluster-2");
            String killed = killAnExecutorOnceItTrains(cluster, q);
            assertTrue(q.waitFor(SWEEP_MINUTES, TimeUnit.MINUTES), () -> "second cluster sweep hangs\n" + log("cluster-2"));
            assertEquals(0, q.exitValue(), () -> log("cluster-2") + cluster.logs());
            try (ExperimentStore store = ExperimentStore.open(remote)) {
                List<RunRecord> all = store.runs(RunFilter.all());
                assertEquals(8, all.size(), "four runs of each sweep, each stored once");
                for (RunRecord r : all) {
                    assertEquals(RunStatus.DONE, r.status(), r.id());
                    assertEquals(1, r.epochsDone(), r.id());
                    assertTrue(Files.isRegularFile(Path.of(store.checkpoint(r.id()).orElseThrow())), r.id());
                    if (r.request().recipe().seed() == 43) {
                        assertFalse(r.result().device().endsWith("(executor " + killed + ")"),
                                "the killed executor's run was retried and trained elsewhere: " + r.result().device());
                    }
                }
            }
        }
    }

    /** Waits until an executor has started a run (it unpacks ND4J's natives for its first), then kills it. */
    private static String killAnExecutorOnceItTrains(StandaloneCluster cluster, Process sweep) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(SWEEP_MINUTES);
        while (System.nanoTime() < deadline && sweep.isAlive()) {
            for (ProcessHandle e : cluster.executors()) {
                Optional<String> id = StandaloneCluster.executorId(e);
                if (id.isPresent() && busy(cluster.workDir(), id.get())) {
                    Thread.sleep(1000);
                    e.destroyForcibly();
                    e.onExit().get(30, TimeUnit.SECONDS);
                    return id.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no executor started a run of the second sweep");
    }

    /** Whether executor {@code id} of the newest application has begun a run. */
    private static boolean busy(Path work, String id) throws IOException {
        if (!Files.isDirectory(work)) {
            return false;
        }
        try (var apps = Files.list(work)) {
            Optional<Path> newest = apps.filter(Files::isDirectory).max(Path::compareTo);
            return newest.isPresent() && Files.isDirectory(newest.get().resolve(id).resolve("scalelab-natives"));
        }
    }

    private Process sweep(Path db, List<String> extra, String name) throws IOException {
        return sweep(db, extra, name, Map.of());
    }

    private Process sweep(Path db, List<String> extra, String name, Map<String, String> env) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", JAR.toString()));
        cmd.addAll(SWEEP);
        cmd.addAll(List.of("--db", db.toString()));
        cmd.addAll(extra);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        pb.environment().putAll(env);
        return pb.start();
    }

    private String log(String name) {
        return StandaloneCluster.tail(dir.resolve(name + ".log"));
    }

    private static List<RunRecord> runs(Path db) {
        try (ExperimentStore store = ExperimentStore.open(db)) {
            return store.runs(RunFilter.all());
        }
    }

    /** Same runs, same spec, recipe and cost, and the same numbers to the last bit, except timings and device. */
    private static void assertSameRuns(List<RunRecord> expected, List<RunRecord> actual) {
        assertEquals(4, expected.size());
        Map<String, RunRecord> byId = actual.stream().collect(Collectors.toMap(RunRecord::id, Function.identity()));
        assertEquals(expected.stream().map(RunRecord::id).collect(Collectors.toSet()), byId.keySet());
        for (RunRecord e : expected) {
            RunRecord a = byId.get(e.id());
            assertEquals(RunStatus.DONE, a.status(), e.id());
            assertEquals(e.request(), a.request(), e.id());
            assertEquals(e.result().testAccuracy(), a.result().testAccuracy(), 0.0, e.id());
            assertEquals(e.epochs().size(), a.epochs().size(), e.id());
            for (int i = 0; i < e.epochs().size(); i++) {
                EpochMetrics x = e.epochs().get(i);
                EpochMetrics y = a.epochs().get(i);
                assertEquals(x.epoch(), y.epoch());
                assertEquals(x.loss(), y.loss(), 0.0, e.id() + " loss");
                assertEquals(x.trainAccuracy(), y.trainAccuracy(), 0.0, e.id() + " train accuracy");
                assertEquals(x.validationAccuracy(), y.validationAccuracy(), 0.0, e.id() + " validation accuracy");
            }
            assertTrue(a.result().device().contains("Spark executor on 127.0.0.1"), a.result().device());
        }
    }
}
