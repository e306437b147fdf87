package org.scalelab.training;

/**
 * The outcome of a finished run.
 *
 * @param testAccuracy     top-1 on the test set, a fraction in [0, 1]
 * @param imagesPerSecond  training throughput over all epochs
 * @param latencyMillis    measured inference time per image (batch 1, after warm-up)
 * @param device           what trained it, e.g. {@code CPU, nd4j-native linux-x86_64-onednn-avx512, 2 threads} or
 *                         {@code GPU, NVIDIA H100 80GB HBM3 (compute 9.0), ...}
 * @param deviceKind       CPU, GPU, or MIXED for a run resumed on another kind of device: compare timings only
 *                         between runs of one kind
 */
public record RunResult(double testAccuracy, double trainSeconds, double imagesPerSecond, double latencyMillis,
                        String device, DeviceKind deviceKind) {

    public RunResult {
        if (deviceKind == null) {
            deviceKind = DeviceKind.of(device);
        }
    }

    /** A result whose device kind is the one its description names. */
    public RunResult(double testAccuracy, double trainSeconds, double imagesPerSecond, double latencyMillis, String device) {
        this(testAccuracy, trainSeconds, imagesPerSecond, latencyMillis, device, DeviceKind.of(device));
    }
}
