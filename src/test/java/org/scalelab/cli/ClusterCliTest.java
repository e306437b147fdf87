package org.scalelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalelab.training.cluster.Clusters;

/** {@code --spark-master} and its options on the command line: one line and exit code 2 for what cannot be done. */
class ClusterCliTest {
    @TempDir
    Path dir;

    private CliRun sweep(String... more) {
        String[] args = new String[8 + more.length];
        String[] base = {"sweep", "--arch", "simple-cnn", "--phi", "0", "--epochs", "1", "--db=" + dir.resolve("r.db")};
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return CliRun.of(args);
    }

    private static void assertUserError(String line, CliRun run) {
        assertEquals(2, run.code(), run.err());
        assertEquals("scalelab: " + line + "\n", run.err());
    }

    @Test
    void theDefaultBuildSaysItHasNoSparkAndHowToGetIt() {
        assumeFalse(Clusters.available(), "the Spark edition has Spark");
        assertUserError("--spark-master: " + Clusters.NO_SPARK, sweep("--spark-master", "spark://127.0.0.1:7077"));
        assertUserError("--spark-master: " + Clusters.NO_SPARK, CliRun.of("search", "--arch", "simple-cnn", "--db",
                dir.resolve("s.db").toString(), "--spark-master", "local[2]"));
        assertUserError("--spark-master: " + Clusters.NO_SPARK, CliRun.of("study", "--arch", "simple-cnn", "--db",
                dir.resolve("t.db").toString(), "--out", dir.resolve("report").toString(), "--spark-master", "local[2]"));
    }

    @Test
    void theSparkEditionSaysWhenItCannotReachTheMaster() throws Exception {
        assumeTrue(Clusters.available(), "only the Spark edition connects");
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort(); // nothing listens there once closed
        }
        CliRun run = sweep("--spark-master", "spark://127.0.0.1:" + port);
        assertEquals(2, run.code(), run.err());
        assertEquals("scalelab: --spark-master: cannot reach the Spark master at spark://127.0.0.1:" + port
                + " (Connection refused)\n", run.err());
    }

    @Test
    void aMasterThatIsNoSparkUrlIsNamed() {
        assertUserError("--spark-master: 'yarn' is neither spark://HOST:PORT nor local[N]", sweep("--spark-master", "yarn"));
    }

    @Test
    void clusterOptionsNeedAMaster() {
        assertUserError("--spark-conf and --spark-task-cpus need --spark-master", sweep("--spark-conf", "spark.a=b"));
        assertUserError("--spark-conf: 'executor.memory=4g' is not spark.KEY=VALUE",
                sweep("--spark-master", "local[1]", "--spark-conf", "executor.memory=4g"));
        assertUserError("--spark-task-cpus: cores per task 0 must lie in 1..256",
                sweep("--spark-master", "local[1]", "--spark-task-cpus", "0"));
    }

    @Test
    void theClusterDecidesHowManyRunsTrainAtOnce() {
        assertUserError("--parallel: with --spark-master the executors' cores decide how many runs train at once"
                + " (--spark-task-cpus sets the cores of each)", sweep("--spark-master", "local[1]", "--parallel", "2"));
    }
}
