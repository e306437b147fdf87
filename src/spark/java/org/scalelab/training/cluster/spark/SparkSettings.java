package org.scalelab.training.cluster.spark;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.scalelab.training.cluster.ClusterException;
import org.scalelab.training.cluster.ClusterSettings;

/**
 * The Spark configuration of a ScaleLab driver. ScaleLab owns what keeps runs correct and comparable: one task per
 * run with {@code spark.task.cpus} cores, speculation off (a variant never trains twice at once), OpenMP on each
 * executor limited to the task's threads and waiting passively. Spark's system properties (spark-submit's settings)
 * and then the user's {@code --spark-conf} settings come first and may set anything else (executor memory and cores,
 * the driver's host, the UI).
 */
final class SparkSettings {
    /** Settings ScaleLab sets itself; --spark-conf may not. */
    static final Set<String> OWNED = Set.of("spark.master", "spark.task.cpus", "spark.speculation",
            "spark.executorEnv.OMP_NUM_THREADS", "spark.executorEnv.OMP_WAIT_POLICY");

    private SparkSettings() {
    }

    static SparkConf of(ClusterSettings s) {
        for (Map.Entry<String, String> e : s.conf().entrySet()) {
            if (OWNED.contains(e.getKey())) {
                throw new ClusterException("--spark-conf " + e.getKey() + ": ScaleLab sets it (" + why(e.getKey()) + ")",
                        true);
            }
        }
        // spark.* system properties first: under spark-submit they carry its --conf settings and spark.jars
        SparkConf conf = new SparkConf(true);
        if (!conf.contains("spark.app.name")) {
            conf.setAppName("ScaleLab");
        }
        s.conf().forEach(conf::set);
        conf.setMaster(s.master());
        conf.set("spark.task.cpus", Integer.toString(s.taskCpus()));
        conf.set("spark.speculation", "false");
        conf.set("spark.executorEnv.OMP_NUM_THREADS", Integer.toString(s.taskCpus()));
        conf.set("spark.executorEnv.OMP_WAIT_POLICY", "PASSIVE");
        if (!s.local() && !conf.contains("spark.driver.host") && MasterProbe.loopback(s.master())) {
            conf.set("spark.driver.host", "127.0.0.1"); // a master on this machine has its workers here too
        }
        appJar().ifPresent(jar -> {
            Set<String> jars = new LinkedHashSet<>();
            for (String j : conf.get("spark.jars", "").split(",")) {
                if (!j.isBlank()) {
                    jars.add(j.strip());
                }
            }
            jars.add(jar.toString());
            conf.set("spark.jars", String.join(",", jars));
        });
        return conf;
    }

    private static String why(String key) {
        return switch (key) {
            case "spark.task.cpus", "spark.executorEnv.OMP_NUM_THREADS" -> "use --spark-task-cpus";
            case "spark.master" -> "use --spark-master";
            case "spark.speculation" -> "always off: a variant must never train twice at once";
            default -> "OpenMP waits passively on every executor";
        };
    }

    /**
     * The jar holding ScaleLab's classes, shipped to the executors; none when running from a classes folder (the
     * executors must then have ScaleLab on their class path already).
     */
    static java.util.Optional<Path> appJar() {
        try {
            Path p = Path.of(SparkSettings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? java.util.Optional.of(p.toAbsolutePath())
                    : java.util.Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
