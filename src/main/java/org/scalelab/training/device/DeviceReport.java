package org.scalelab.training.device;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scalelab.training.DeviceKind;

/**
 * What this process trains on, found at start-up: shown by {@code scalelab device}, in the status bar and at the top
 * of each training command, and stored with every run ({@link #describe()}).
 *
 * @param kind        CPU or GPU
 * @param mode        what was asked for
 * @param reason      why this device, one line; on a fallback it says why the GPU cannot be used
 * @param fellBack    a GPU was wanted and the build has the CUDA backend, but it cannot train here
 * @param cpuBuild    the nd4j-native build in use; null on the GPU
 * @param cpu         the host's CPU (ND4J's threads matter only when it trains)
 * @param gpu         the CUDA device; null on the CPU
 * @param nd4jBackend the ND4J backend class that loaded, e.g. {@code CpuBackend}, {@code JCublasBackend}
 */
public record DeviceReport(DeviceKind kind, DeviceMode mode, String reason, boolean fellBack, BackendChoice cpuBuild,
                           CpuInfo cpu, GpuInfo gpu, String nd4jBackend) {

    /** Stored with each run: {@code CPU, nd4j-native linux-x86_64-onednn-avx2, oneDNN layer helpers on} or {@code GPU, NVIDIA ... (compute 9.0, 79.1 GiB), nd4j-cuda-11.6 linux-x86_64-cudnn}. */
    public String describe() {
        return kind == DeviceKind.GPU ? "GPU, " + gpu.describe() + ", " + gpu.build() : "CPU, " + cpuBuild.describe();
    }

    /** For the status bar: short, with the threads on the CPU and the reason when the GPU could not be used. */
    public String summary() {
        return summary(cpu.threads() + " threads");
    }

    /** {@link #summary()} with the CPU's threads told by the caller (e.g. {@code 1 job × 1 thread}). */
    public String summary(String cpuThreads) {
        String s = kind == DeviceKind.GPU ? "GPU, " + gpu.describe()
                : "CPU, " + cpuBuild.describe() + " · " + cpuThreads;
        return fellBack ? s + " · no GPU: " + shortReason() : s;
    }

    /** The fallback reason without the trailing "; training on the CPU". */
    private String shortReason() {
        String r = reason.replaceFirst("^the CUDA backend cannot start: ", "");
        return r.replaceFirst("; training on the CPU$", "");
    }

    /** The human-readable report of {@code scalelab device}. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("device:   " + kind + " (" + reason + ")");
        out.add("asked:    --device " + mode.id());
        out.add("ND4J:     " + nd4jBackend);
        if (gpu != null) {
            out.add(String.format(Locale.ROOT, "GPU:      %s, compute capability %d.%d", gpu.name(), gpu.major(), gpu.minor()));
            out.add(String.format(Locale.ROOT, "memory:   %s total, %s free", CpuInfo.gib(gpu.totalBytes()),
                    CpuInfo.gib(gpu.freeBytes())));
            out.add("CUDA:     " + gpu.cuda() + (gpu.cudnn().isEmpty() ? "" : "; cuDNN " + gpu.cudnn()));
            out.add("build:    " + gpu.build() + (gpu.devices() > 1 ? " (" + gpu.devices() + " devices; ScaleLab uses one)" : ""));
        }
        if (cpuBuild != null) {
            out.add("build:    " + cpuBuild.describe() + " (" + cpuBuild.reason() + ")");
        }
        out.add("CPU:      " + (cpu.model().isEmpty() ? "unknown model" : cpu.model()) + ", " + cpu.cores() + " cores"
                + (cpu.flags().isEmpty() ? "" : ", " + String.join(" ", cpu.flags())));
        if (kind == DeviceKind.CPU) {
            out.add("threads:  " + cpu.threads() + " ND4J (OpenMP) threads");
        }
        out.add("memory:   JVM heap up to " + CpuInfo.gib(cpu.heapMaxBytes()) + ", native (off-heap) up to "
                + CpuInfo.gib(cpu.offHeapMaxBytes()) + ", machine " + CpuInfo.gib(cpu.physicalBytes()));
        return out;
    }
}
