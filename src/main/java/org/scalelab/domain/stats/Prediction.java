package org.scalelab.domain.stats;

/**
 * A fitted curve's accuracy at some MACs, with two bands of half-widths at the fit's level (95% by default):
 * {@code confidence} for the curve itself (where the mean accuracy lies), {@code prediction} for one new run
 * (the curve's uncertainty plus the scatter of single runs around it). Both are NaN when the fit has no
 * residual degrees of freedom. {@link #lower}/{@link #upper} clamp to [0, 1].
 */
public record Prediction(double macs, double value, double confidence, double prediction) {

    public boolean hasBand() {
        return Double.isFinite(confidence) && Double.isFinite(prediction);
    }

    /** Lower end of the prediction band (a new run), clamped to 0. */
    public double lower() {
        return Math.max(0, value - prediction);
    }

    /** Upper end of the prediction band (a new run), clamped to 1. */
    public double upper() {
        return Math.min(1, value + prediction);
    }

    public double confidenceLower() {
        return Math.max(0, value - confidence);
    }

    public double confidenceUpper() {
        return Math.min(1, value + confidence);
    }

    /** Whether a measured accuracy lies inside the prediction band. */
    public boolean covers(double accuracy) {
        return hasBand() && accuracy >= value - prediction && accuracy <= value + prediction;
    }
}
