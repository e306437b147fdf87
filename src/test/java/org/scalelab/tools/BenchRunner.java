package org.scalelab.tools;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.nd4j.linalg.factory.Nd4j;
import org.scalelab.training.bench.BenchResult;
import org.scalelab.training.bench.ReferenceNets;
import org.scalelab.training.bench.TrainingBench;
import org.scalelab.training.device.BackendChoice;
import org.scalelab.training.device.NativeBackend;

/**
 * Test-scope runner for the measurements in docs/performance.md (not a unit test: nothing here is timed in
 * {@code mvn test}). Arguments are {@code key=value}:
 * <pre>
 * nets=plain28,mbconv32  modes=fit,output  batch=64  threads=2  jobs=1  workspace=ENABLED|NONE
 * warmup=5  iters=30  rounds=1  cache=NONE|HOST|DEVICE  bnhelper=on|off
 * </pre>
 * {@code jobs=N} runs N networks at once, each on its own Java thread with its own copy of the data, and reports
 * the aggregate images/s: all jobs' images ÷ the time from a common start until the last one finishes.
 * Each line also says how many cores the process used while timing (process CPU time ÷ wall time) and how many
 * everything else on the machine used meanwhile ({@code others_cores}, from /proc/stat): on a shared machine that
 * tells a slow run from a disturbed one. {@code bnhelper=off} removes the BN layers' oneDNN helpers after the
 * build (an experiment; the conv helpers stay).
 * <p>
 * Run: {@code mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} then
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.scalelab.tools.BenchRunner ...}.
 * Choose the native build with {@code -Dscalelab.nd4j.build=...} and turn the layer helpers off with
 * {@code -Dorg.eclipse.deeplearning4j.helpers.disable=true}.
 */
public final class BenchRunner {
    private BenchRunner() {
    }

    public static void main(String[] args) throws Exception {
        BackendChoice choice = NativeBackend.configure(); // before ND4J loads
        Map<String, String> a = parse(args);
        List<String> nets = Arrays.asList(a.getOrDefault("nets", String.join(",", ReferenceNets.DEFAULT_NETS)).split(","));
        TrainingBench.Options options = TrainingBench.Options.defaults()
                .withModes(Arrays.asList(a.getOrDefault("modes", "fit,output").split(",")))
                .withBatch(Integer.parseInt(a.getOrDefault("batch", "64")))
                .withThreads(Integer.parseInt(a.getOrDefault("threads", "0")))
                .withIterations(Integer.parseInt(a.getOrDefault("warmup", "5")), Integer.parseInt(a.getOrDefault("iters", "30")))
                .withWorkspaceMode(WorkspaceMode.valueOf(a.getOrDefault("workspace", "ENABLED")));
        int jobs = Integer.parseInt(a.getOrDefault("jobs", "1"));
        int rounds = Integer.parseInt(a.getOrDefault("rounds", "1"));
        CacheMode cache = CacheMode.valueOf(a.getOrDefault("cache", "NONE"));

        boolean bnHelpers = !"off".equals(a.getOrDefault("bnhelper", "on"));

        int threads = TrainingBench.applyThreads(options.threads());
        String backend = TrainingBench.backendDescription(options.workspaceMode());
        System.out.println("# " + backend + " (chosen: " + choice.reason() + "); threads " + threads + ", jobs " + jobs
                + ", cache " + cache + ", BN helpers " + (bnHelpers ? "as configured" : "removed") + ", dtype "
                + Nd4j.defaultFloatingPointType() + ", OMP_NUM_THREADS=" + System.getenv("OMP_NUM_THREADS"));
        for (int r = 0; r < rounds; r++) {
            for (String net : nets) {
                for (String mode : options.modes()) {
                    Timing t = measure(net, mode, options, jobs, cache, bnHelpers);
                    BenchResult res = new BenchResult(net, mode, t.imagesPerSecond(), options.batch(), threads, backend);
                    System.out.printf(Locale.ROOT, "RESULT %s %s batch=%d threads=%d jobs=%d ws=%s cache=%s"
                                    + " images_per_second=%.1f cores_used=%.2f others_cores=%.2f%n",
                            net, mode, options.batch(), threads, jobs, options.workspaceMode(), cache,
                            t.imagesPerSecond(), t.coresUsed(), t.othersCores());
                    System.out.println(res.toJson());
                }
            }
        }
    }

    /**
     * Over the timed part only: images/s, the cores this process used, and the cores everything else on the
     * machine used (from /proc/stat; negative noise is possible, NaN where /proc/stat is missing).
     */
    private record Timing(double imagesPerSecond, double coresUsed, double othersCores) {
    }

    private record Sample(long nanos, long processCpuNanos, long machineBusyTicks) {
        static Sample now() {
            return new Sample(System.nanoTime(), cpuNanos(), procStatBusyTicks());
        }

        Timing until(Sample end, double images) {
            double seconds = (end.nanos - nanos) / 1e9;
            double ours = (end.processCpuNanos - processCpuNanos) / 1e9 / seconds;
            double machine = machineBusyTicks < 0 ? Double.NaN
                    : (end.machineBusyTicks - machineBusyTicks) / (double) TICKS_PER_SECOND / seconds;
            return new Timing(images / seconds, ours, machine - ours);
        }
    }

    private static final int TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private static Timing measure(String net, String mode, TrainingBench.Options options, int jobs, CacheMode cache,
                                  boolean bnHelpers) throws Exception {
        double images = (double) jobs * options.timedIterations() * options.batch();
        if (jobs == 1) {
            TrainingBench.Prepared p = prepared(net, options, cache, bnHelpers);
            for (int i = 0; i < options.warmupIterations(); i++) {
                p.step(mode);
            }
            Sample start = Sample.now();
            for (int i = 0; i < options.timedIterations(); i++) {
                p.step(mode);
            }
            return start.until(Sample.now(), images);
        }
        CyclicBarrier ready = new CyclicBarrier(jobs + 1);
        List<Thread> workers = new ArrayList<>();
        Throwable[] failure = new Throwable[1];
        for (int j = 0; j < jobs; j++) {
            Thread w = new Thread(() -> {
                try {
                    TrainingBench.applyThreads(options.threads()); // OpenMP's limit is per calling thread
                    TrainingBench.Prepared p = prepared(net, options, cache, bnHelpers);
                    for (int i = 0; i < options.warmupIterations(); i++) {
                        p.step(mode);
                    }
                    ready.await();
                    for (int i = 0; i < options.timedIterations(); i++) {
                        p.step(mode);
                    }
                } catch (Throwable e) {
                    failure[0] = e;
                    ready.reset();
                }
            }, "bench-job-" + j);
            workers.add(w);
            w.start();
        }
        ready.await();
        Sample start = Sample.now();
        for (Thread w : workers) {
            w.join();
        }
        Sample end = Sample.now(); // when the last job finished
        if (failure[0] != null) {
            throw new IllegalStateException("a job failed", failure[0]);
        }
        return start.until(end, images);
    }

    /** An experiment, not a setting ScaleLab offers: drop the BN layers' oneDNN helpers, keep the conv ones. */
    private static TrainingBench.Prepared prepared(String net, TrainingBench.Options options, CacheMode cache,
                                                   boolean bnHelpers) throws ReflectiveOperationException {
        TrainingBench.Prepared p = TrainingBench.prepare(net, options);
        p.net().setCacheMode(cache);
        if (!bnHelpers) {
            java.lang.reflect.Field f = org.deeplearning4j.nn.layers.normalization.BatchNormalization.class
                    .getDeclaredField("helper");
            f.setAccessible(true);
            for (org.deeplearning4j.nn.api.Layer l : p.net().getLayers()) {
                if (l instanceof org.deeplearning4j.nn.layers.normalization.BatchNormalization) {
                    f.set(l, null);
                }
            }
        }
        return p;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** All CPUs' busy time from /proc/stat (user, nice, system, irq, softirq, steal), in ticks; -1 if unreadable. */
    private static long procStatBusyTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(f[i]);
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("expected key=value, got " + arg);
            }
            m.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return m;
    }
}
