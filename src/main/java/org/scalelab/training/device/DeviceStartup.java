package org.scalelab.training.device;

import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.scalelab.training.DeviceKind;

/**
 * One start of ND4J on the device {@link DeviceSelector} picks: configures the backend before ND4J loads, loads it
 * (so that a failure shows now, before any run is queued, not halfway through a sweep) and reports what it got.
 * {@link Devices#start} runs one per process with the real class path and CUDA check; tests run it with made-up ones.
 */
public final class DeviceStartup {
    private final DeviceMode mode;
    private final boolean cudaInBuild;
    private final CudaCheck check;
    private final ClassLoader loader;

    public DeviceStartup(DeviceMode mode, boolean cudaInBuild, CudaCheck check, ClassLoader loader) {
        this.mode = mode;
        this.cudaInBuild = cudaInBuild;
        this.check = check;
        this.loader = loader;
    }

    public DeviceReport start() {
        DeviceSelector.Decision d = DeviceSelector.decide(mode, cudaInBuild, check);
        if (d.kind() == DeviceKind.GPU) {
            GpuInfo gpu;
            try {
                gpu = GpuBackend.start(NativeBackend.platform(), loader);
            } catch (Exception | LinkageError e) {
                // ND4J's backend is fixed once loaded: the CPU cannot take over in this process.
                throw new DeviceUnavailableException("the GPU passed the start-up check, but ND4J's CUDA backend failed to"
                        + " start here: " + CudaFailure.explain(e) + "; nothing was trained, queued runs stay in the"
                        + " database: run again with --device cpu", e);
            }
            return new DeviceReport(DeviceKind.GPU, mode, d.reason(), false, null, cpuInfo(), gpu, backendName());
        }
        BackendChoice build = NativeBackend.configure();
        if (cudaInBuild) {
            Nd4jBackends.hide(Nd4jBackends.CUDA_BACKEND);
        }
        try {
            Nd4j.create(1);
        } catch (RuntimeException | LinkageError e) {
            throw new DeviceUnavailableException("ND4J could not start on the CPU (" + build.describe() + "): "
                    + CudaFailure.explain(e), e);
        }
        return new DeviceReport(DeviceKind.CPU, mode, d.reason(), d.fellBack(), build, cpuInfo(), null, backendName());
    }

    private static String backendName() {
        return Nd4j.getBackend().getClass().getSimpleName();
    }

    /** Call after ND4J has loaded. */
    static CpuInfo cpuInfo() {
        int threads;
        try {
            threads = NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
        } catch (RuntimeException | LinkageError e) {
            threads = Runtime.getRuntime().availableProcessors();
        }
        long physical;
        try {
            physical = Pointer.totalPhysicalBytes();
        } catch (RuntimeException | LinkageError e) {
            physical = -1;
        }
        return new CpuInfo(CpuInfo.model(java.nio.file.Path.of("/proc/cpuinfo")), CpuInfo.relevant(CpuFlags.detect()),
                Runtime.getRuntime().availableProcessors(), threads, Runtime.getRuntime().maxMemory(), Pointer.maxBytes(),
                physical);
    }
}
