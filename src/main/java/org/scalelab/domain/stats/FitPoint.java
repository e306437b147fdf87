package org.scalelab.domain.stats;

/**
 * One measured network for a scaling-law fit: its MACs and accuracy (a fraction). Repeated seeds of one
 * network are separate points at the same MACs.
 */
public record FitPoint(double macs, double accuracy) {
    public FitPoint {
        if (!Double.isFinite(macs) || macs < 1) {
            throw new IllegalArgumentException("MACs " + macs + " must be at least 1");
        }
        if (!Double.isFinite(accuracy) || accuracy < 0 || accuracy > 1) {
            throw new IllegalArgumentException("accuracy " + accuracy + " must be a fraction in [0, 1]");
        }
    }
}
