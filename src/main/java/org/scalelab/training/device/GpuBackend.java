package org.scalelab.training.device;

import java.lang.reflect.Method;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.factory.Nd4jBackend;
import org.nd4j.nativeblas.NativeOps;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Starts ND4J on its CUDA backend in this process, or throws. Used by the start-up check's child process (see
 * {@link ChildProcessCudaCheck}) and, once that check has passed, by the process that trains.
 *
 * <p>What suits the GPU: the cuDNN build of libnd4j when the class path has it (convolutions, batch norm and
 * pooling through cuDNN; chosen by JavaCPP's platform extension, like the CPU builds), float32 as on the CPU,
 * workspaces on as on the CPU. The CPU backend is hidden from ND4J first, so that a CUDA failure is reported as
 * such instead of becoming a silent CPU run. Everything CUDA-specific is reached by reflection or through ND4J's
 * own interfaces: the default build compiles and runs without any CUDA jar.
 */
final class GpuBackend {
    private GpuBackend() {
    }

    /** Call before ND4J loads; returns the device ND4J trains on. Throws whatever the CUDA backend threw. */
    static GpuInfo start(String platform, ClassLoader loader) throws Exception {
        if (!Nd4jBackends.cudaPresent(loader)) {
            throw new ClassNotFoundException(Nd4jBackends.CUDA_BACKEND);
        }
        Nd4jBackends.CudaBuild build = Nd4jBackends.CudaBuild.best(platform, loader);
        if (build == null) {
            throw new IllegalStateException("no nd4j-cuda-11.6 natives for " + platform + " on the class path");
        }
        System.setProperty(NativeBackend.EXTENSION_PROPERTY, build.extension());
        Nd4jBackends.hide(Nd4jBackends.CPU_BACKEND);
        // ND4J's own check, asked directly: when it fails, ND4J prints a stack trace and says only that no backend
        // was found; asked here, it throws the cause (a missing libcuda.so.1, no device, ...).
        Nd4jBackend cuda = (Nd4jBackend) Class.forName(Nd4jBackends.CUDA_BACKEND, true, loader).getConstructor().newInstance();
        cuda.canRun();
        INDArray a = Nd4j.rand(DataType.FLOAT, 128, 128);
        double sum = a.mmul(a).sumNumber().doubleValue();
        if (!Double.isFinite(sum)) {
            throw new IllegalStateException("a 128x128 matrix product on the GPU gave " + sum);
        }
        String backend = Nd4j.getBackend().getClass().getName();
        if (!backend.equals(Nd4jBackends.CUDA_BACKEND)) {
            throw new IllegalStateException("ND4J loaded " + backend + " instead of its CUDA backend");
        }
        return info(build.describe(platform), build == Nd4jBackends.CudaBuild.CUDNN);
    }

    /** The device this thread's arrays live on, as ND4J's CUDA backend reports it. */
    static GpuInfo info(String build, boolean cudnn) {
        NativeOps ops = NativeOpsHolder.getInstance().getDeviceNativeOps();
        int device = Nd4j.getAffinityManager().getDeviceForCurrentThread();
        String cuda = "runtime " + version(cudartVersion("cudaRuntimeGetVersion")) + ", driver "
                + version(cudartVersion("cudaDriverGetVersion"));
        return new GpuInfo(ops.getDeviceName(device), ops.getDeviceMajor(device), ops.getDeviceMinor(device),
                ops.getDeviceTotalMemory(device), ops.getDeviceFreeMemory(device), cuda,
                cudnn ? cudnnVersion() : "", build, ops.getAvailableDevices());
    }

    /** CUDA encodes 11.6 as 11060; -1 where it cannot be asked. */
    static String version(int v) {
        return v <= 0 ? "?" : (v / 1000) + "." + (v % 1000) / 10;
    }

    private static int cudartVersion(String method) {
        try {
            Method m = Class.forName("org.bytedeco.cuda.global.cudart").getMethod(method, int[].class);
            int[] v = {0};
            Object rc = m.invoke(null, (Object) v);
            return rc instanceof Integer code && code == 0 ? v[0] : -1;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return -1;
        }
    }

    /** cuDNN encodes 8.3.2 as 8302. */
    private static String cudnnVersion() {
        try {
            long v = (Long) Class.forName("org.bytedeco.cuda.global.cudnn").getMethod("cudnnGetVersion").invoke(null);
            return (v / 1000) + "." + (v % 1000) / 100 + "." + v % 100;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return "?";
        }
    }
}
