package org.scalelab.training.device;

import org.scalelab.training.DeviceKind;

/**
 * The choice between GPU and CPU, before ND4J loads. Pure: what the build holds and what the CUDA check says come
 * in as arguments, so every branch is testable on a machine without a GPU.
 */
public final class DeviceSelector {
    private DeviceSelector() {
    }

    /**
     * @param kind     CPU or GPU
     * @param gpu      the device the CUDA check found; null on the CPU
     * @param reason   why this device: one line
     * @param fellBack true when a GPU was wanted (auto, CUDA backend in the build) but cannot train here
     */
    public record Decision(DeviceKind kind, GpuInfo gpu, String reason, boolean fellBack) {
    }

    /** Throws {@link DeviceUnavailableException} when {@code --device gpu} cannot be honoured. */
    public static Decision decide(DeviceMode mode, boolean cudaInBuild, CudaCheck check) {
        if (mode == DeviceMode.CPU) {
            return new Decision(DeviceKind.CPU, null, "chosen with --device cpu", false);
        }
        if (!cudaInBuild) {
            if (mode == DeviceMode.GPU) {
                throw new DeviceUnavailableException("--device gpu: this build has no CUDA backend; build it with "
                        + "mvn -Pcuda package and run target-cuda/scalelab.jar");
            }
            return new Decision(DeviceKind.CPU, null, "this build has no CUDA backend (the -Pcuda build has one)", false);
        }
        CudaCheck.Result r = check.run();
        if (r.ok()) {
            return new Decision(DeviceKind.GPU, r.gpu(), "the CUDA backend started on " + r.gpu().name(), false);
        }
        if (mode == DeviceMode.GPU) {
            throw new DeviceUnavailableException("--device gpu: the CUDA backend cannot start: " + r.reason());
        }
        return new Decision(DeviceKind.CPU, null, "the CUDA backend cannot start: " + r.reason() + "; training on the CPU",
                true);
    }
}
