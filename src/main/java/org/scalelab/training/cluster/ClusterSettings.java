package org.scalelab.training.cluster;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Where a cluster sweep trains and how.
 *
 * @param master   {@code spark://HOST:PORT} (several masters for a standby set: {@code spark://H1:P1,H2:P2}), or
 *                 {@code local[N]} / {@code local[*]} / {@code local} to run the same tasks in this process
 * @param taskCpus cores each task takes, which is also its ND4J (OpenMP) thread count
 * @param conf     further Spark settings, given by the user ({@code --spark-conf KEY=VALUE}); they never override what
 *                 ScaleLab must own (see the Spark trainer)
 */
public record ClusterSettings(String master, int taskCpus, Map<String, String> conf) {
    private static final Pattern STANDALONE = Pattern.compile("spark://[^:/,\\s]+:\\d{1,5}(,[^:/,\\s]+:\\d{1,5})*");
    private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|[1-9]\\d{0,3})])?");
    public static final int MAX_TASK_CPUS = 256;
    /** The workbench's cluster, from its {@code --spark-master}: its jobs train there with one core each. */
    public static final String PROPERTY = "scalelab.sparkMaster";

    public ClusterSettings {
        if (master == null || !(STANDALONE.matcher(master).matches() || LOCAL.matcher(master).matches())) {
            throw new IllegalArgumentException("'" + master + "' is neither spark://HOST:PORT nor local[N]");
        }
        if (taskCpus < 1 || taskCpus > MAX_TASK_CPUS) {
            throw new IllegalArgumentException("cores per task " + taskCpus + " must lie in 1.." + MAX_TASK_CPUS);
        }
        conf = Map.copyOf(new TreeMap<>(conf));
    }

    /** Whether the tasks run in this process ({@code local[N]}) instead of on a cluster's executors. */
    public boolean local() {
        return master.startsWith("local");
    }

    /** {@code KEY=VALUE} as given to {@code --spark-conf}. */
    public static Map.Entry<String, String> confEntry(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1 || !text.substring(0, eq).strip().startsWith("spark.")) {
            throw new IllegalArgumentException("'" + text + "' is not spark.KEY=VALUE");
        }
        return Map.entry(text.substring(0, eq).strip(), text.substring(eq + 1).strip());
    }
}
