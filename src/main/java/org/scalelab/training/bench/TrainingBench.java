package org.scalelab.training.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.bytedeco.javacpp.Loader;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.scalelab.domain.spec.InputSpec;
import org.scalelab.training.DeviceKind;
import org.scalelab.training.device.DeviceMode;
import org.scalelab.training.device.DeviceReport;
import org.scalelab.training.device.Devices;
import org.scalelab.training.device.NativeBackend;
import org.scalelab.training.device.NativeThreads;
import org.scalelab.training.dl4j.BuildSettings;
import org.scalelab.training.dl4j.LayerSet;

/**
 * Training and inference speed of DL4J networks in images per second, measured like the PyTorch peer
 * ({@code shared/bench/peer_torch.py}): one batch of random data and random labels, Adam at 1e-3, softmax
 * cross-entropy, a few warm-up iterations, then timed iterations on the same batch.
 * <p>
 * Call {@link Devices#start} before anything touches ND4J (the command line's first act); {@link #run}
 * calls it as well, which is too late only if ND4J is already loaded. The results say which native build and
 * which layer helpers were really in use.
 */
public final class TrainingBench {
    public static final String FIT = "fit";
    public static final String OUTPUT = "output";
    /** How the measured networks are built: DL4J's ComputationGraph, from {@link ReferenceNets}. */
    public static final String BUILDER = "ComputationGraph";

    /**
     * How to measure.
     *
     * @param batch            images per iteration (64 in the peer)
     * @param warmupIterations untimed iterations first (5 in the peer)
     * @param timedIterations  timed iterations (30 in the peer)
     * @param threads          ND4J's thread limit on each measuring thread (its parallel loops and OpenMP; see
     *                         docs/performance.md); 0 leaves ND4J's own choice ({@code OMP_NUM_THREADS} or else the
     *                         number of cores) for one job, and gives each of several jobs cores ÷ jobs, as a sweep does
     * @param jobs             networks trained at once, each on its own thread with its own network and batch (the
     *                         sweep's mode, the peer's {@code --jobs}); images/s is their sum
     * @param modes            {@value #FIT} and/or {@value #OUTPUT}, measured in this order for each network
     * @param workspaceMode    DL4J's workspaces for training and inference (ENABLED is ScaleLab's default)
     * @param layers           ScaleLab's faster layer classes (the default) or DL4J's own, to measure the difference
     */
    public record Options(int batch, int warmupIterations, int timedIterations, int threads, int jobs, List<String> modes,
                          WorkspaceMode workspaceMode, LayerSet layers) {
        public Options {
            if (batch < 1 || warmupIterations < 0 || timedIterations < 1 || threads < 0 || jobs < 1) {
                throw new IllegalArgumentException("batch " + batch + ", warm-up " + warmupIterations + ", timed "
                        + timedIterations + ", threads " + threads + " and jobs " + jobs
                        + ": need batch ≥ 1, warm-up ≥ 0, timed ≥ 1, threads ≥ 0, jobs ≥ 1");
            }
            if (modes == null || modes.isEmpty() || !List.of(FIT, OUTPUT).containsAll(modes)) {
                throw new IllegalArgumentException("modes " + modes + ": expected " + FIT + " and/or " + OUTPUT);
            }
            if (workspaceMode == null || layers == null) {
                throw new IllegalArgumentException("workspace mode and layer set are required");
            }
            modes = List.copyOf(modes);
        }

        /** The peer's settings: batch 64, 5 warm-up and 30 timed iterations, both modes, one job; ND4J's threads; workspaces on. */
        public static Options defaults() {
            return new Options(64, 5, 30, 0, 1, List.of(FIT, OUTPUT), WorkspaceMode.ENABLED, LayerSet.FAST);
        }

        public Options withBatch(int newBatch) {
            return new Options(newBatch, warmupIterations, timedIterations, threads, jobs, modes, workspaceMode, layers);
        }

        public Options withIterations(int warmup, int timed) {
            return new Options(batch, warmup, timed, threads, jobs, modes, workspaceMode, layers);
        }

        public Options withThreads(int newThreads) {
            return new Options(batch, warmupIterations, timedIterations, newThreads, jobs, modes, workspaceMode, layers);
        }

        public Options withJobs(int newJobs) {
            return new Options(batch, warmupIterations, timedIterations, threads, newJobs, modes, workspaceMode, layers);
        }

        public Options withModes(List<String> newModes) {
            return new Options(batch, warmupIterations, timedIterations, threads, jobs, newModes, workspaceMode, layers);
        }

        public Options withWorkspaceMode(WorkspaceMode mode) {
            return new Options(batch, warmupIterations, timedIterations, threads, jobs, modes, mode, layers);
        }

        public Options withLayers(LayerSet newLayers) {
            return new Options(batch, warmupIterations, timedIterations, threads, jobs, modes, workspaceMode, newLayers);
        }

        /** ND4J threads each job gets: {@link #threads} if set; else all cores for one job, cores ÷ jobs for several. */
        int threadsPerJob() {
            if (threads > 0) {
                return threads;
            }
            return jobs == 1 ? 0 : NativeThreads.perJob(jobs, Runtime.getRuntime().availableProcessors());
        }
    }

    private TrainingBench() {
    }

    /**
     * Measures every network in every mode of the options, in order, one after the other (several jobs of one network
     * and mode at a time in sweep mode); ND4J's thread limits on the calling thread are restored afterwards.
     * Names are {@link ReferenceNets#PLAIN28}, {@link ReferenceNets#MBCONV32} or presets; an unknown name throws
     * {@link IllegalArgumentException} before anything is measured.
     */
    public static List<BenchResult> run(List<String> nets, Options options) {
        nets.forEach(ReferenceNets::input); // fail fast on a bad name
        DeviceReport device = Devices.start(DeviceMode.configured());
        int masterBefore = Nd4j.getEnvironment().maxMasterThreads();
        int ompBefore = NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
        try {
            int threads = options.jobs() == 1 ? applyThreads(options.threadsPerJob()) : options.threadsPerJob();
            String backend = device.kind() == DeviceKind.GPU
                    ? device.describe() + ", workspaces " + options.workspaceMode()
                    : backendDescription(options.workspaceMode());
            List<BenchResult> results = new ArrayList<>();
            for (String net : nets) {
                for (String mode : options.modes()) {
                    CpuMeter.Usage u = options.jobs() == 1 ? timeOnThisThread(prepare(net, options), mode, options)
                            : timeJobs(() -> prepare(net, options), mode, options);
                    double images = (double) options.jobs() * options.timedIterations() * options.batch();
                    results.add(new BenchResult(net, mode, images / u.seconds(), options.batch(), threads, options.jobs(),
                            BUILDER, options.layers(), backend, u.coresUsed(), u.othersCores()));
                }
            }
            return results;
        } finally {
            Nd4j.getEnvironment().setMaxMasterThreads(masterBefore);
            NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(ompBefore);
        }
    }

    /** A fresh network with its random batch; one per measurement so that a fit never trains the next one. */
    public static Prepared prepare(String net, Options options) {
        BuildSettings settings = new BuildSettings(42L, new Adam(1e-3), 0, options.workspaceMode());
        ComputationGraph graph = ReferenceNets.build(net, settings, options.layers());
        InputSpec in = ReferenceNets.input(net);
        Nd4j.getRandom().setSeed(7);
        INDArray x = Nd4j.rand(Nd4j.defaultFloatingPointType(), options.batch(), in.channels(), in.resolution(),
                in.resolution());
        INDArray y = Nd4j.zeros(Nd4j.defaultFloatingPointType(), options.batch(), in.classes());
        java.util.Random labels = new java.util.Random(7);
        for (int i = 0; i < options.batch(); i++) {
            y.putScalar(i, labels.nextInt(in.classes()), 1.0);
        }
        return new Prepared(graph, new INDArray[] {x}, new INDArray[] {y});
    }

    /** A network ready to time; public, like {@link #prepare}, for the measurement runner among the tools. */
    public record Prepared(ComputationGraph net, INDArray[] inputs, INDArray[] labels) {
        public void step(String mode) {
            if (FIT.equals(mode)) {
                net.fit(inputs, labels);
            } else {
                net.output(false, inputs);
            }
        }

        void steps(String mode, int n) {
            for (int i = 0; i < n; i++) {
                step(mode);
            }
        }
    }

    /** Warm-up, then timed iterations on the calling thread. */
    public static CpuMeter.Usage timeOnThisThread(Prepared p, String mode, Options options) {
        p.steps(mode, options.warmupIterations());
        CpuMeter meter = CpuMeter.start();
        p.steps(mode, options.timedIterations());
        return meter.stop();
    }

    /**
     * Sweep mode: each job on its own thread limits its own ND4J threads (the limit is per thread), builds its own
     * network and warms up; all start timing together, and the time runs until the last one finishes.
     */
    public static CpuMeter.Usage timeJobs(Supplier<Prepared> network, String mode, Options options) {
        int jobs = options.jobs();
        CyclicBarrier ready = new CyclicBarrier(jobs + 1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int j = 0; j < jobs; j++) {
            Thread w = new Thread(() -> {
                try {
                    applyThreads(options.threadsPerJob());
                    Prepared p = network.get();
                    p.steps(mode, options.warmupIterations());
                    ready.await();
                    p.steps(mode, options.timedIterations());
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    ready.reset(); // releases the others and the caller
                }
            }, "scalelab-bench-" + (j + 1));
            w.setDaemon(true);
            workers.add(w);
            w.start();
        }
        CpuMeter meter;
        try {
            ready.await();
            meter = CpuMeter.start();
            for (Thread w : workers) {
                w.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring", e);
        } catch (BrokenBarrierException e) {
            meter = null;
        }
        if (failure.get() != null || meter == null) {
            throw new IllegalStateException(mode + ": a job failed: " + failure.get(), failure.get());
        }
        return meter.stop();
    }

    /**
     * Limits ND4J to {@code threads} on the calling thread and returns the limit now in effect (ND4J's
     * max master threads). What ND4J 1.0.0-M2.1 allows at run time: {@code setMaxMasterThreads} (the threads of its
     * own parallel loops) and OpenMP's limit, which is per calling thread (oneDNN and OpenBLAS use it). Its
     * {@code setMaxThreads} does nothing: the pool size is fixed at start from {@code OMP_NUM_THREADS} (or
     * {@code SD_MAX_THREADS}), so a process that must never use more threads should be started with
     * {@code OMP_NUM_THREADS} set. 0 leaves everything as it is.
     */
    public static int applyThreads(int threads) {
        if (threads > 0) {
            NativeThreads.limitCallingThread(threads);
        }
        return Nd4j.getEnvironment().maxMasterThreads();
    }

    /**
     * What was really in use, e.g. {@code nd4j-native linux-x86_64-onednn-avx512, oneDNN layer helpers on,
     * workspaces ENABLED}: the build is read from the native library JavaCPP loaded, not from the configuration.
     */
    public static String backendDescription(WorkspaceMode workspaceMode) {
        return "nd4j-native " + loadedBuild() + ", oneDNN layer helpers " + (layerHelpersOn() ? "on" : "off")
                + ", workspaces " + workspaceMode;
    }

    /** The platform folder of the loaded libnd4j, e.g. {@code linux-x86_64-onednn-avx512}; "unknown" if not found. */
    static String loadedBuild() {
        Nd4j.getEnvironment(); // makes sure the natives are loaded
        for (Map.Entry<String, String> e : Loader.getLoadedLibraries().entrySet()) {
            String path = e.getValue();
            if (path != null && path.contains("nd4jcpu")) {
                String[] parts = path.replace('\\', '/').split("/");
                for (int i = parts.length - 1; i >= 0; i--) {
                    if (parts[i].startsWith(NativeBackend.configure().platform())) {
                        return parts[i];
                    }
                }
            }
        }
        return "unknown";
    }

    /**
     * Whether layers built now get DL4J's oneDNN helpers: the property read when layers are instantiated allows
     * them, ND4J allows them, and the loaded build has oneDNN.
     */
    static boolean layerHelpersOn() {
        boolean disabled = Boolean.parseBoolean(System.getProperty(NativeBackend.HELPERS_DISABLE_PROPERTY, "true"));
        return !disabled && Nd4j.getEnvironment().helpersAllowed()
                && org.nd4j.nativeblas.Nd4jCpu.Environment.getInstance().isUseMKLDNN();
    }
}
