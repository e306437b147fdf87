package org.scalelab.training;

/**
 * Which kind of device trained a run, stored with it so that timings are only compared within one kind: a GPU's
 * images/s say nothing about a CPU's. {@link #MIXED} marks a run resumed on another kind of device than the one
 * that trained its first epochs; its overall images/s belong to neither.
 */
public enum DeviceKind {
    CPU, GPU, MIXED;

    /**
     * The kind a device description names by its first word ({@code "GPU, NVIDIA ..."}, {@code "CPU, nd4j-native
     * ..."}). Anything else counts as the CPU: ScaleLab trained only there before it could use a GPU.
     */
    public static DeviceKind of(String description) {
        if (description != null) {
            for (DeviceKind k : values()) {
                if (description.regionMatches(true, 0, k.name(), 0, k.name().length())) {
                    return k;
                }
            }
        }
        return CPU;
    }
}
