package org.scalelab.tools;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.nd4j.linalg.factory.Nd4j;
import org.scalelab.training.bench.BenchResult;
import org.scalelab.training.bench.CpuMeter;
import org.scalelab.training.bench.ReferenceNets;
import org.scalelab.training.bench.SameDiffNets;
import org.scalelab.training.bench.TrainingBench;
import org.scalelab.training.device.BackendChoice;
import org.scalelab.training.device.NativeBackend;

/**
 * Test-scope runner for the measurements in docs/performance.md (not a unit test: nothing here is timed in
 * {@code mvn test}). Arguments are {@code key=value}:
 * <pre>
 * nets=plain28,mbconv32  modes=fit,output  batch=64  threads=2  jobs=1  layers=FAST|STOCK  workspace=ENABLED|NONE
 * warmup=5  iters=30  rounds=1  cache=NONE|HOST|DEVICE  bnhelper=on|off  builder=samediff
 * </pre>
 * {@code jobs=N} runs N networks at once, each on its own Java thread with its own copy of the data, and reports
 * the aggregate images/s: all jobs' images ÷ the time from a common start until the last one finishes (as
 * {@code bench --jobs N}).
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
                .withWorkspaceMode(WorkspaceMode.valueOf(a.getOrDefault("workspace", "ENABLED")))
                .withLayers(org.scalelab.training.dl4j.LayerSet.valueOf(a.getOrDefault("layers", "FAST")));
        int jobs = Integer.parseInt(a.getOrDefault("jobs", "1"));
        options = options.withJobs(jobs);
        int rounds = Integer.parseInt(a.getOrDefault("rounds", "1"));
        CacheMode cache = CacheMode.valueOf(a.getOrDefault("cache", "NONE"));

        boolean bnHelpers = !"off".equals(a.getOrDefault("bnhelper", "on"));
        if ("samediff".equals(a.get("builder"))) {
            sameDiff(nets, options);
            return;
        }

        int threads = TrainingBench.applyThreads(options.threads());
        String backend = TrainingBench.backendDescription(options.workspaceMode());
        System.out.println("# " + backend + " (chosen: " + choice.reason() + "); threads " + threads + ", jobs " + jobs
                + ", cache " + cache + ", BN helpers " + (bnHelpers ? "as configured" : "removed") + ", dtype "
                + Nd4j.defaultFloatingPointType() + ", OMP_NUM_THREADS=" + System.getenv("OMP_NUM_THREADS"));
        for (int r = 0; r < rounds; r++) {
            for (String net : nets) {
                for (String mode : options.modes()) {
                    CpuMeter.Usage t = measure(net, mode, options, cache, bnHelpers);
                    double ips = (double) jobs * options.timedIterations() * options.batch() / t.seconds();
                    BenchResult res = new BenchResult(net, mode, ips, options.batch(), threads, jobs, TrainingBench.BUILDER,
                            options.layers(), backend, t.coresUsed(), t.othersCores());
                    System.out.printf(Locale.ROOT, "RESULT %s %s batch=%d threads=%d jobs=%d layers=%s ws=%s cache=%s"
                                    + " images_per_second=%.1f cores_used=%.2f others_cores=%.2f%n",
                            net, mode, options.batch(), threads, jobs, options.layers(), options.workspaceMode(), cache,
                            ips, t.coresUsed(), t.othersCores());
                    System.out.println(res.toJson());
                }
            }
        }
    }

    /** The SameDiff lever (see {@link SameDiffNets}), one job on the calling thread. */
    private static void sameDiff(List<String> nets, TrainingBench.Options options) {
        int threads = TrainingBench.applyThreads(options.threads());
        for (String net : nets) {
            for (String mode : options.modes()) {
                SameDiffNets.Prepared p = SameDiffNets.prepare(net, options.batch());
                Runnable step = TrainingBench.FIT.equals(mode) ? p::fit : p::output;
                for (int i = 0; i < options.warmupIterations(); i++) {
                    step.run();
                }
                CpuMeter meter = CpuMeter.start();
                for (int i = 0; i < options.timedIterations(); i++) {
                    step.run();
                }
                CpuMeter.Usage t = meter.stop();
                System.out.printf(Locale.ROOT, "RESULT %s %s batch=%d threads=%d builder=SameDiff images_per_second=%.1f"
                                + " cores_used=%.2f others_cores=%.2f%n", net, mode, options.batch(), threads,
                        options.timedIterations() * (double) options.batch() / t.seconds(), t.coresUsed(), t.othersCores());
            }
        }
    }

    private static CpuMeter.Usage measure(String net, String mode, TrainingBench.Options options, CacheMode cache,
                                          boolean bnHelpers) {
        java.util.function.Supplier<TrainingBench.Prepared> network = () -> prepared(net, options, cache, bnHelpers);
        return options.jobs() == 1 ? TrainingBench.timeOnThisThread(network.get(), mode, options)
                : TrainingBench.timeJobs(network, mode, options);
    }

    /** An experiment, not a setting ScaleLab offers: drop the BN layers' oneDNN helpers, keep the conv ones. */
    private static TrainingBench.Prepared prepared(String net, TrainingBench.Options options, CacheMode cache,
                                                   boolean bnHelpers) {
        TrainingBench.Prepared p = TrainingBench.prepare(net, options);
        p.net().setCacheMode(cache);
        if (!bnHelpers) {
            try {
                removeBnHelpers(p);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return p;
    }

    private static void removeBnHelpers(TrainingBench.Prepared p) throws ReflectiveOperationException {
        java.lang.reflect.Field f = org.deeplearning4j.nn.layers.normalization.BatchNormalization.class
                .getDeclaredField("helper");
        f.setAccessible(true);
        for (org.deeplearning4j.nn.api.Layer l : p.net().getLayers()) {
            if (l instanceof org.deeplearning4j.nn.layers.normalization.BatchNormalization) {
                f.set(l, null);
            }
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
