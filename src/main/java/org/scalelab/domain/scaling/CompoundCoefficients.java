package org.scalelab.domain.scaling;

/**
 * The paper's α (depth), β (width), γ (resolution): at compound coefficient φ, d = α^φ, w = β^φ, r = γ^φ.
 * The paper keeps α·β²·γ² ≈ 2 so that FLOPs roughly double per unit of φ.
 */
public record CompoundCoefficients(double alpha, double beta, double gamma) {
    /** The grid-search result for EfficientNet-B0 (paper §4). */
    public static final CompoundCoefficients EFFICIENTNET = new CompoundCoefficients(1.2, 1.1, 1.15);
    /** The largest |φ| accepted. */
    public static final double MAX_PHI = 20;

    public CompoundCoefficients {
        check(alpha, "alpha");
        check(beta, "beta");
        check(gamma, "gamma");
    }

    private static void check(double v, String name) {
        if (!Double.isFinite(v) || v < 1 || v > 4) {
            throw new IllegalArgumentException(name + " " + v + " must lie in [1, 4] (the paper requires α, β, γ ≥ 1)");
        }
    }

    /** α·β²·γ², the FLOPs growth per unit of φ before rounding (2 in the paper's constraint). */
    public double flopsBase() {
        return alpha * beta * beta * gamma * gamma;
    }

    public Multipliers at(double phi) {
        if (!Double.isFinite(phi) || Math.abs(phi) > MAX_PHI) {
            throw new IllegalArgumentException("phi " + phi + " must be a number in [-20, 20]");
        }
        return new Multipliers(Math.pow(alpha, phi), Math.pow(beta, phi), Math.pow(gamma, phi));
    }

    /** (α·β²·γ²)^φ: the FLOPs multiplier the rule predicts; rounding makes the real one differ. */
    public double predictedFlopsMultiplier(double phi) {
        return Math.pow(flopsBase(), phi);
    }
}
