package org.scalelab.training;

/** What one epoch measured. Accuracies are fractions in [0, 1]; NaN where not measured. */
public record EpochMetrics(int epoch, double loss, double trainAccuracy, double validationAccuracy,
                           double imagesPerSecond, double seconds) {
}
