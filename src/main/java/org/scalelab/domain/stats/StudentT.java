package org.scalelab.domain.stats;

/**
 * Student's t distribution for whole degrees of freedom, enough for confidence bands: the two-sided
 * probability A(t|ν) = P(|T| ≤ t) by the finite trigonometric series of Abramowitz &amp; Stegun 26.7.3–26.7.4
 * (θ = atan(t/√ν)), and its inverse by bisection.
 */
public final class StudentT {
    /** Beyond this the distribution is the normal one to far more digits than a band needs. */
    private static final int MAX_DOF = 10_000;

    private StudentT() {
    }

    /** P(|T| ≤ t) for ν degrees of freedom, t ≥ 0. */
    public static double twoSided(double t, int dof) {
        if (dof < 1) {
            throw new IllegalArgumentException("degrees of freedom " + dof + " must be at least 1");
        }
        if (t <= 0) {
            return 0;
        }
        if (Double.isInfinite(t)) {
            return 1;
        }
        int nu = Math.min(dof, MAX_DOF);
        double theta = Math.atan(t / Math.sqrt(nu));
        double s = Math.sin(theta);
        double c = Math.cos(theta);
        double c2 = c * c;
        if (nu % 2 == 1) {
            if (nu == 1) {
                return 2 * theta / Math.PI;
            }
            // cosθ + (2/3)cos³θ + (2·4)/(3·5)cos⁵θ + … up to cos^(ν−2)θ
            double term = c;
            double sum = c;
            for (int k = 1; 2 * k + 1 <= nu - 2; k++) {
                term *= c2 * (2.0 * k) / (2.0 * k + 1);
                sum += term;
            }
            return Math.min(1, 2 / Math.PI * (theta + s * sum));
        }
        // 1 + (1/2)cos²θ + (1·3)/(2·4)cos⁴θ + … up to cos^(ν−2)θ
        double term = 1;
        double sum = 1;
        for (int k = 1; 2 * k <= nu - 2; k++) {
            term *= c2 * (2.0 * k - 1) / (2.0 * k);
            sum += term;
        }
        return Math.min(1, s * sum);
    }

    /** The t with P(|T| ≤ t) = level: 12.706 for ν = 1 at 95%, 2.228 for ν = 10. */
    public static double quantile(double level, int dof) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level " + level + " must lie in (0, 1)");
        }
        double lo = 0;
        double hi = 1;
        while (twoSided(hi, dof) < level) {
            lo = hi;
            hi *= 2;
            if (hi > 1e12) {
                return Double.POSITIVE_INFINITY;
            }
        }
        for (int i = 0; i < 200 && hi - lo > 1e-13 * hi; i++) {
            double mid = (lo + hi) / 2;
            if (twoSided(mid, dof) < level) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}
