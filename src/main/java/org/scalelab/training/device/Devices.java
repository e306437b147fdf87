package org.scalelab.training.device;

import java.util.Optional;

/**
 * The device of this process, decided once, before ND4J loads: every entry point that trains (the CLI's training
 * commands, {@code bench}, {@code device}, the workbench) calls {@link #start} first. In the default build that is
 * the CPU and its best nd4j-native build; in the {@code -Pcuda} build it is the GPU when the CUDA backend starts (a
 * check in a child process, see {@link ChildProcessCudaCheck}), the CPU otherwise, with the reason.
 */
public final class Devices {
    private static DeviceReport report;

    private Devices() {
    }

    /**
     * Starts ND4J on the device {@code mode} asks for, or returns the device already started. Throws
     * {@link DeviceUnavailableException} (one line: why, and what to do) when {@code --device gpu} cannot be
     * honoured, or when ND4J cannot start at all.
     */
    public static synchronized DeviceReport start(DeviceMode mode) {
        if (report == null) {
            ClassLoader loader = Devices.class.getClassLoader();
            report = new DeviceStartup(mode, Nd4jBackends.cudaPresent(loader), new ChildProcessCudaCheck(), loader).start();
        } else if (mode != DeviceMode.AUTO && !mode.name().equals(report.kind().name())) {
            if (mode == DeviceMode.GPU && !Nd4jBackends.cudaPresent(Devices.class.getClassLoader())) {
                DeviceSelector.decide(mode, false, () -> CudaCheck.Result.failed("not asked")); // throws the build's reason
            }
            throw new DeviceUnavailableException("--device " + mode.id() + ": this process already trains on the "
                    + report.kind() + " (ND4J's backend is chosen once per process)");
        }
        return report;
    }

    /** The device started so far, if any. */
    public static synchronized Optional<DeviceReport> current() {
        return Optional.ofNullable(report);
    }
}
