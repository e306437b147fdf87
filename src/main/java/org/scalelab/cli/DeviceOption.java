package org.scalelab.cli;

import org.scalelab.training.device.DeviceMode;
import org.scalelab.training.device.DeviceReport;
import org.scalelab.training.device.DeviceUnavailableException;
import org.scalelab.training.device.Devices;
import picocli.CommandLine.Option;

/** {@code --device auto|cpu|gpu}, shared by the commands that start ND4J. */
final class DeviceOption {

    @Option(names = "--device", paramLabel = "auto|cpu|gpu",
            description = "Where to train: auto (the GPU when this build has the CUDA backend and it starts, else the CPU),"
                    + " cpu, or gpu (fail instead of falling back). Default: -Dscalelab.device, else $SCALELAB_DEVICE,"
                    + " else auto.")
    String device;

    DeviceMode mode() {
        try {
            return device != null ? DeviceMode.parse(device) : DeviceMode.configured();
        } catch (IllegalArgumentException e) {
            throw new UserError((device != null ? "--device: " : "-D" + DeviceMode.PROPERTY + " or $" + DeviceMode.VARIABLE
                    + ": ") + e.getMessage());
        }
    }

    /** Starts ND4J on the device asked for; a device that cannot be had is a one-line user error. */
    DeviceReport start() {
        try {
            return Devices.start(mode());
        } catch (DeviceUnavailableException e) {
            throw new UserError(e.getMessage());
        }
    }
}
