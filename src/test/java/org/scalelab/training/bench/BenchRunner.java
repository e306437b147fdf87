package org.scalelab.training.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.scalelab.training.backend.BackendChoice;
import org.scalelab.training.backend.NativeBackend;

/**
 * Test-scope runner for the measurements in docs/performance.md (not a unit test: nothing here is timed in
 * {@code mvn test}). Arguments are {@code key=value}:
 * <pre>
 * nets=plain28,mbconv32  modes=fit,output  batch=64  threads=2  jobs=1  workspace=ENABLED|NONE
 * warmup=5  iters=30  rounds=1  cache=NONE|HOST|DEVICE
 * </pre>
 * {@code jobs=N} runs N networks at once, each on its own Java thread with its own copy of the data, and reports
 * the aggregate images/s: all jobs' images ÷ the time from a common start until the last one finishes.
 * Each line also says how many cores the process used while timing (process CPU time ÷ wall time).
 * <p>
 * Run: {@code mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} then
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.scalelab.training.bench.BenchRunner ...}.
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

        int threads = TrainingBench.applyThreads(options.threads());
        String backend = TrainingBench.backendDescription(options.workspaceMode());
        System.out.println("# " + backend + " (chosen: " + choice.reason() + "); threads " + threads + ", jobs " + jobs
                + ", cache " + cache + ", OMP_NUM_THREADS=" + System.getenv("OMP_NUM_THREADS"));
        for (int r = 0; r < rounds; r++) {
            for (String net : nets) {
                for (String mode : options.modes()) {
                    long cpu0 = cpuNanos();
                    Timing t = measure(net, mode, options, jobs, cache);
                    long cpu = cpuNanos() - cpu0;
                    BenchResult res = new BenchResult(net, mode, t.imagesPerSecond, options.batch(), threads, backend);
                    System.out.printf(Locale.ROOT, "RESULT %s %s batch=%d threads=%d jobs=%d ws=%s cache=%s images_per_second=%.1f cores_used=%.2f%n",
                            net, mode, options.batch(), threads, jobs, options.workspaceMode(), cache, t.imagesPerSecond,
                            cpu / (double) t.totalNanos);
                    System.out.println(res.toJson());
                }
            }
        }
    }

    private record Timing(double imagesPerSecond, long totalNanos) {
    }

    /** The whole run, warm-up included, for the CPU figure; images/s from the timed part only. */
    private static Timing measure(String net, String mode, TrainingBench.Options options, int jobs, CacheMode cache)
            throws Exception {
        long t0 = System.nanoTime();
        if (jobs == 1) {
            TrainingBench.Prepared p = TrainingBench.prepare(net, options);
            p.net().setCacheMode(cache);
            double ips = TrainingBench.imagesPerSecond(p, mode, options);
            return new Timing(ips, System.nanoTime() - t0);
        }
        CyclicBarrier ready = new CyclicBarrier(jobs + 1);
        long[] ends = new long[jobs];
        List<Thread> workers = new ArrayList<>();
        Throwable[] failure = new Throwable[1];
        for (int j = 0; j < jobs; j++) {
            int job = j;
            Thread w = new Thread(() -> {
                try {
                    TrainingBench.applyThreads(options.threads()); // OpenMP's limit is per calling thread
                    TrainingBench.Prepared p = TrainingBench.prepare(net, options);
                    p.net().setCacheMode(cache);
                    for (int i = 0; i < options.warmupIterations(); i++) {
                        p.step(mode);
                    }
                    ready.await();
                    for (int i = 0; i < options.timedIterations(); i++) {
                        p.step(mode);
                    }
                    ends[job] = System.nanoTime();
                } catch (Throwable e) {
                    failure[0] = e;
                    ready.reset();
                }
            }, "bench-job-" + j);
            workers.add(w);
            w.start();
        }
        ready.await();
        long start = System.nanoTime();
        for (Thread w : workers) {
            w.join();
        }
        if (failure[0] != null) {
            throw new IllegalStateException("a job failed", failure[0]);
        }
        long last = Arrays.stream(ends).max().orElseThrow();
        double images = (double) jobs * options.timedIterations() * options.batch();
        return new Timing(images / ((last - start) / 1e9), System.nanoTime() - t0);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
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
