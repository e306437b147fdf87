package org.scalelab.training;

/**
 * The outcome of a finished run.
 *
 * @param testAccuracy     top-1 on the test set, a fraction in [0, 1]
 * @param imagesPerSecond  training throughput over all epochs
 * @param latencyMillis    measured inference time per image (batch 1, after warm-up)
 * @param device           what trained it, e.g. {@code CPU nd4j-native linux-x86_64-onednn-avx512, 2 threads}
 */
public record RunResult(double testAccuracy, double trainSeconds, double imagesPerSecond, double latencyMillis,
                        String device) {
}
