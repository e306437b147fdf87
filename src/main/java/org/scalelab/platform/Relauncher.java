package org.scalelab.platform;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts this program again in a child process with OpenMP told to wait passively. ND4J's OpenMP threads spin
 * while they wait for work by default; as soon as anything else wants the CPU (the window, a second training
 * job, another program) the spinning threads and the working ones starve each other, a measured 10× slowdown
 * on two cores. libgomp reads {@code OMP_WAIT_POLICY} only from the environment when it loads, and Java cannot
 * change its own environment, hence the child. The same child gets the JVM options a Spark driver needs
 * ({@link SparkModuleOptions}), which must be given when a JVM starts.
 */
public final class Relauncher {
    static final String VARIABLE = "OMP_WAIT_POLICY";
    static final String VALUE = "PASSIVE";
    /** Tells the child whom to follow: if the parent is killed, even with SIGKILL, the child stops too. */
    static final String PARENT = "SCALELAB_PARENT_PID";

    private Relauncher() {
    }

    /**
     * Whether this process should hand over to a child with the variable set, or (a Spark driver) with the JVM options
     * Spark needs on Java 17.
     */
    public static boolean needed(String[] args) {
        if (Boolean.getBoolean("scalelab.inProcess") || SparkModuleOptions.underSparkSubmit()) {
            return false;
        }
        return System.getenv(VARIABLE) == null
                || List.of(args).stream().anyMatch(a -> a.startsWith("--spark-master")) && !SparkModuleOptions.missing().isEmpty();
    }

    /** In a child: exit when the parent process ends, so no orphan keeps training after its parent was killed. */
    public static void followParent() {
        String pid = System.getenv(PARENT);
        if (pid == null) {
            return;
        }
        try {
            ProcessHandle.of(Long.parseLong(pid)).ifPresentOrElse(
                    parent -> parent.onExit().thenRun(() -> System.exit(143)), () -> System.exit(143));
        } catch (NumberFormatException e) {
            // Not set by us; nothing to follow.
        }
    }

    /**
     * Runs {@code mainClass} with these arguments in the child to its end and returns its exit code; empty if this
     * JVM cannot be started again.
     */
    public static Optional<Integer> run(Class<?> mainClass, String[] args) {
        Optional<String> command = ProcessHandle.current().info().command();
        if (command.isEmpty()) {
            return Optional.empty();
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(command.get());
        String exe = Path.of(command.get()).getFileName().toString();
        if (exe.equals("java") || exe.equals("java.exe")) {
            cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
            cmd.addAll(SparkModuleOptions.missing());
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add(mainClass.getName());
        }
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().put(VARIABLE, VALUE);
        // jpackage's launcher marks its own environment; a child launcher that inherits the mark would read its
        // arguments as a raw java command line.
        pb.environment().remove("_JPACKAGE_LAUNCHER");
        pb.environment().put(PARENT, Long.toString(ProcessHandle.current().pid()));
        try {
            Process child = pb.start();
            Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
            return Optional.of(child.waitFor());
        } catch (java.io.IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }
}
