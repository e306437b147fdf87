package org.scalelab.training.cluster.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkEnv;
import org.deeplearning4j.config.DL4JClassLoading;
import org.scalelab.platform.NativeCaches;
import org.scalelab.training.device.DeviceMode;
import org.scalelab.training.device.Devices;

/**
 * What one executor JVM sets up once, before its first run: the native libraries of JavaCPP (ND4J) unpacked into a
 * cache folder of its own (the executor's working folder, which the worker gives each executor; concurrent
 * executors of one machine then never share a half-unpacked folder), ND4J started on the CPU with DL4J's oneDNN
 * helpers found, and a scratch folder for checkpoints. In {@code local[N]} the executor is the driver, whose launcher set up the caches already.
 */
final class ExecutorSide {
    private static final String HELPER_SHIM = "org.nd4j.nativeblas.Nd4jCpu$Environment";
    private static ExecutorSide instance;

    private final String worker;
    private final String device;
    private final Path scratch;

    private ExecutorSide(String worker, String device, Path scratch) {
        this.worker = worker;
        this.device = device;
        this.scratch = scratch;
    }

    static synchronized ExecutorSide get() {
        if (instance == null) {
            SparkEnv env = SparkEnv.get();
            String id = env.executorId();
            boolean driver = "driver".equals(id);
            Path work = Path.of("").toAbsolutePath();
            if (!driver && System.getProperty(NativeCaches.JAVACPP_PROPERTY) == null) {
                System.setProperty(NativeCaches.JAVACPP_PROPERTY, work.resolve("scalelab-natives").toString());
            }
            // DL4J finds its oneDNN helpers through ScaleLab's shim class (org.nd4j.nativeblas.Nd4jCpu), which Spark
            // loads with the application's jar in a class loader below DL4J's own: let DL4J look there.
            DL4JClassLoading.setDl4jClassloaderFromClass(ExecutorSide.class);
            String device = Devices.start(DeviceMode.CPU).describe();
            if (!DL4JClassLoading.classPresentOnClasspath(HELPER_SHIM)) {
                device = device.replace("oneDNN layer helpers on", "oneDNN layer helpers off (DL4J cannot see "
                        + HELPER_SHIM + ")");
            }
            String host = env.blockManager().blockManagerId().host();
            try {
                Path scratch = driver ? Files.createTempDirectory("scalelab-runs-")
                        : Files.createDirectories(work.resolve("scalelab-runs"));
                instance = new ExecutorSide(host + " (executor " + id + ")", device, scratch);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    String worker() {
        return worker;
    }

    String device() {
        return device;
    }

    Path scratch() {
        return scratch;
    }
}
