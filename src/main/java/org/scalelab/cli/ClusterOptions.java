package org.scalelab.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scalelab.training.cluster.ClusterSettings;
import picocli.CommandLine.Option;

/** {@code --spark-master} and its companions: train a sweep's or a search's runs on an Apache Spark cluster. */
final class ClusterOptions {

    @Option(names = "--spark-master", paramLabel = "spark://HOST:PORT|local[N]",
            description = "Train on an Apache Spark cluster (the Spark edition, target-spark/scalelab.jar): one task per "
                    + "run, each result stored in this database as it arrives. local[N] runs the same tasks here.")
    String master;

    @Option(names = "--spark-task-cpus", paramLabel = "N", defaultValue = "1",
            description = "Cores each run takes on the cluster, which is also its ND4J thread count (spark.task.cpus). "
                    + "Default: ${DEFAULT-VALUE}.")
    int taskCpus = 1;

    @Option(names = "--spark-conf", paramLabel = "spark.KEY=VALUE",
            description = "A further Spark setting, e.g. spark.executor.memory=4g; may be repeated.")
    List<String> conf = new ArrayList<>();

    /** The cluster asked for, if any. */
    Optional<ClusterSettings> settings() {
        if (master == null) {
            if (!conf.isEmpty() || taskCpus != 1) {
                throw new UserError("--spark-conf and --spark-task-cpus need --spark-master");
            }
            return Optional.empty();
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (String c : conf) {
            try {
                Map.Entry<String, String> e = ClusterSettings.confEntry(c);
                settings.put(e.getKey(), e.getValue());
            } catch (IllegalArgumentException e) {
                throw new UserError("--spark-conf: " + e.getMessage());
            }
        }
        try {
            return Optional.of(new ClusterSettings(master.strip(), taskCpus, settings));
        } catch (IllegalArgumentException e) {
            throw new UserError((e.getMessage().startsWith("cores") ? "--spark-task-cpus: " : "--spark-master: ")
                    + e.getMessage());
        }
    }
}
