package org.scalelab.training.cluster.spark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * A real Spark standalone cluster on 127.0.0.1 for tests, with no Spark installation: a Master and a Worker started as
 * child JVMs from the jars of the Spark edition's {@code lib/} folder, which also serves as the cluster's Spark home
 * ({@code SPARK_HOME/jars}, the class path the Worker gives its executors). ScaleLab's own jar is not there: the driver
 * ships it, as it does to a real cluster.
 */
final class StandaloneCluster implements AutoCloseable {
    private static final long START_SECONDS = 120;

    private final Path dir;
    private final Process master;
    private final Process worker;
    private final int port;

    private StandaloneCluster(Path dir, Process master, Process worker, int port) {
        this.dir = dir;
        this.master = master;
        this.worker = worker;
        this.port = port;
    }

    /** Starts a Master and one Worker with {@code cores} cores and {@code memoryMb} of memory for executors. */
    static StandaloneCluster start(Path dir, Path lib, int cores, int memoryMb) throws IOException, InterruptedException {
        Path home = Files.createDirectories(dir.resolve("spark-home"));
        Path jars = Files.createDirectories(home.resolve("jars"));
        try (Stream<Path> s = Files.list(lib)) {
            for (Path jar : s.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar.toAbsolutePath());
            }
        }
        int port = freePort();
        Process master = java(dir, home, "master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", Integer.toString(port), "--webui-port", Integer.toString(freePort()));
        StandaloneCluster cluster = null;
        try {
            awaitPort(port, master, dir.resolve("master.log"));
            Process worker = java(dir, home, "worker", "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                    "--cores", Integer.toString(cores), "--memory", memoryMb + "m", "--webui-port",
                    Integer.toString(freePort()), "--work-dir", dir.resolve("work").toString(), "spark://127.0.0.1:" + port);
            cluster = new StandaloneCluster(dir, master, worker, port);
            cluster.awaitLog(worker, dir.resolve("worker.log"), "Successfully registered with master");
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (cluster != null) {
                cluster.close();
            } else {
                master.destroyForcibly();
            }
            throw e;
        }
    }

    String url() {
        return "spark://127.0.0.1:" + port;
    }

    Path workDir() {
        return dir.resolve("work");
    }

    /** The executor JVMs the Worker runs now. */
    List<ProcessHandle> executors() {
        return worker.toHandle().descendants()
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains(
                        "org.apache.spark.executor.CoarseGrainedExecutorBackend")).orElse(false))
                .toList();
    }

    /** The executor id a Worker-launched executor was given ({@code --executor-id N}). */
    static Optional<String> executorId(ProcessHandle executor) {
        List<String> args = executor.info().arguments().map(List::of).orElse(List.of());
        int i = args.indexOf("--executor-id");
        return i >= 0 && i + 1 < args.size() ? Optional.of(args.get(i + 1)) : Optional.empty();
    }

    String logs() {
        StringBuilder b = new StringBuilder();
        for (String name : List.of("master.log", "worker.log")) {
            b.append("== ").append(name).append('\n').append(tail(dir.resolve(name)));
        }
        return b.toString();
    }

    static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())) + "\n";
        } catch (IOException e) {
            return "(" + file + ": " + e.getMessage() + ")\n";
        }
    }

    @Override
    public void close() {
        for (Process p : List.of(worker, master)) {
            p.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroy();
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Process java(Path dir, Path home, String name, String main, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(JavaModuleOptions.defaultModuleOptions().split(" ")));
        cmd.add("-Xmx256m");
        cmd.add("-cp");
        cmd.add(home.resolve("jars") + "/*");
        cmd.add(main);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.12");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return pb.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void awaitPort(int port, Process p, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the Spark master exited:\n" + tail(log));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (IOException e) {
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("the Spark master did not open port " + port + ":\n" + tail(log));
    }

    private void awaitLog(Process p, Path log, String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("the Spark worker exited:\n" + logs());
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the Spark worker did not register:\n" + logs());
    }
}
