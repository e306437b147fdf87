package org.scalelab.training.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.scalelab.training.dl4j.BuildSettings;

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

    /**
     * How to measure.
     *
     * @param batch            images per iteration (64 in the peer)
     * @param warmupIterations untimed iterations first (5 in the peer)
     * @param timedIterations  timed iterations (30 in the peer)
     * @param threads          ND4J's thread limit on the measuring thread (its parallel loops and OpenMP; see
     *                         docs/performance.md); 0 leaves ND4J's own choice, {@code OMP_NUM_THREADS} or else the
     *                         number of cores
     * @param modes            {@value #FIT} and/or {@value #OUTPUT}, measured in this order for each network
     * @param workspaceMode    DL4J's workspaces for training and inference (ENABLED is ScaleLab's default)
     */
    public record Options(int batch, int warmupIterations, int timedIterations, int threads, List<String> modes,
                          WorkspaceMode workspaceMode) {
        public Options {
            if (batch < 1 || warmupIterations < 0 || timedIterations < 1 || threads < 0) {
                throw new IllegalArgumentException("batch " + batch + ", warm-up " + warmupIterations + ", timed "
                        + timedIterations + " and threads " + threads + ": need batch ≥ 1, warm-up ≥ 0, timed ≥ 1, threads ≥ 0");
            }
            if (modes == null || modes.isEmpty() || !List.of(FIT, OUTPUT).containsAll(modes)) {
                throw new IllegalArgumentException("modes " + modes + ": expected " + FIT + " and/or " + OUTPUT);
            }
            if (workspaceMode == null) {
                throw new IllegalArgumentException("workspace mode is required");
            }
            modes = List.copyOf(modes);
        }

        /** The peer's settings: batch 64, 5 warm-up and 30 timed iterations, both modes; ND4J's threads; workspaces on. */
        public static Options defaults() {
            return new Options(64, 5, 30, 0, List.of(FIT, OUTPUT), WorkspaceMode.ENABLED);
        }

        public Options withBatch(int newBatch) {
            return new Options(newBatch, warmupIterations, timedIterations, threads, modes, workspaceMode);
        }

        public Options withIterations(int warmup, int timed) {
            return new Options(batch, warmup, timed, threads, modes, workspaceMode);
        }

        public Options withThreads(int newThreads) {
            return new Options(batch, warmupIterations, timedIterations, newThreads, modes, workspaceMode);
        }

        public Options withModes(List<String> newModes) {
            return new Options(batch, warmupIterations, timedIterations, threads, newModes, workspaceMode);
        }

        public Options withWorkspaceMode(WorkspaceMode mode) {
            return new Options(batch, warmupIterations, timedIterations, threads, modes, mode);
        }
    }

    private TrainingBench() {
    }

    /**
     * Measures every network in every mode of the options, in order, one after the other on the calling thread;
     * ND4J's thread limits are restored afterwards.
     * Names are {@link ReferenceNets#PLAIN28}, {@link ReferenceNets#MBCONV32} or presets; an unknown name throws
     * {@link IllegalArgumentException} before anything is measured.
     */
    public static List<BenchResult> run(List<String> nets, Options options) {
        nets.forEach(ReferenceNets::input); // fail fast on a bad name
        DeviceReport device = Devices.start(DeviceMode.configured());
        int masterBefore = Nd4j.getEnvironment().maxMasterThreads();
        int ompBefore = NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
        try {
            int threads = applyThreads(options.threads());
            String backend = device.kind() == DeviceKind.GPU
                    ? device.describe() + ", workspaces " + options.workspaceMode()
                    : backendDescription(options.workspaceMode());
            List<BenchResult> results = new ArrayList<>();
            for (String net : nets) {
                for (String mode : options.modes()) {
                    double ips = imagesPerSecond(prepare(net, options), mode, options);
                    results.add(new BenchResult(net, mode, ips, options.batch(), threads, backend));
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
        ComputationGraph graph = ReferenceNets.build(net, settings);
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
    }

    /** Warm-up, then timed iterations on the calling thread. */
    static double imagesPerSecond(Prepared p, String mode, Options options) {
        for (int i = 0; i < options.warmupIterations(); i++) {
            p.step(mode);
        }
        long start = System.nanoTime();
        for (int i = 0; i < options.timedIterations(); i++) {
            p.step(mode);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return options.timedIterations() * (double) options.batch() / seconds;
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
            Nd4j.getEnvironment().setMaxThreads(threads);
            Nd4j.getEnvironment().setMaxMasterThreads(threads);
            NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
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
