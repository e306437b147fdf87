package org.scalelab.domain.search;

/**
 * The paper's constraint on a coefficient triple: α·β²·γ² ≈ target (2: each unit of φ roughly doubles the
 * FLOPs), here |α·β²·γ² − target| ≤ tolerance. It constrains the ideal product; the real MACs of the φ = 1
 * network differ by rounding, which {@link SearchSpace} reports per candidate. The default tolerance 0.1 admits
 * the paper's own result (1.2, 1.1, 1.15), whose product is 1.92.
 */
public record CoefficientConstraint(double target, double tolerance) {
    public static final double DEFAULT_TARGET = 2;
    public static final double DEFAULT_TOLERANCE = 0.1;
    public static final CoefficientConstraint DEFAULT = new CoefficientConstraint(DEFAULT_TARGET, DEFAULT_TOLERANCE);
    /** Products like 1.0·1.1²·1.3² are computed with float noise; a point exactly on the edge still counts. */
    private static final double EPSILON = 1e-9;

    public CoefficientConstraint {
        if (!Double.isFinite(target) || target < 1 || target > 64) {
            throw new IllegalArgumentException("target " + GridAxis.fmt(target) + " must lie in [1, 64] (α, β, γ ≥ 1 "
                    + "make the product at least 1)");
        }
        if (!Double.isFinite(tolerance) || tolerance < 0) {
            throw new IllegalArgumentException("tolerance " + GridAxis.fmt(tolerance) + " must be 0 or more");
        }
    }

    public static double product(double alpha, double beta, double gamma) {
        return alpha * beta * beta * gamma * gamma;
    }

    public boolean accepts(double product) {
        return Math.abs(product - target) <= tolerance + EPSILON;
    }
}
