package org.scalelab.platform;

import java.util.List;

/**
 * The JVM options Apache Spark needs on Java 17 ({@code --add-opens ...}), taken from Spark's own list
 * ({@code org.apache.spark.launcher.JavaModuleOptions}) so they follow the Spark version. A driver JVM needs them from
 * its start, so the launcher starts the JVM again with them; executors get them from Spark itself. Empty in a build
 * without Spark.
 */
public final class SparkModuleOptions {
    static final String SPARK_LIST = "org.apache.spark.launcher.JavaModuleOptions";

    private SparkModuleOptions() {
    }

    /** Spark's options when this build has Spark and they are not in effect in this JVM; otherwise none. */
    public static List<String> missing() {
        List<String> all = required();
        // Spark's options open sun.nio.ch (among others) to the class path; if that one is open, they were given.
        boolean given = Object.class.getModule().isOpen("sun.nio.ch", SparkModuleOptions.class.getModule());
        return given ? List.of() : all;
    }

    /**
     * Whether spark-submit started this JVM: it gave Spark's options already, and the class path a new JVM would need is
     * spark-submit's own business, so ScaleLab does not start itself again.
     */
    public static boolean underSparkSubmit() {
        return System.getProperty("SPARK_SUBMIT") != null;
    }

    /** Spark's options, or none in a build without Spark. */
    public static List<String> required() {
        try {
            Class<?> list = Class.forName(SPARK_LIST, false, SparkModuleOptions.class.getClassLoader());
            String options = (String) list.getMethod("defaultModuleOptions").invoke(null);
            return List.of(options.strip().split("\\s+"));
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            return List.of();
        }
    }
}
